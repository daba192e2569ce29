namespace ShopSmart.ExcelExport.Data;

/// <summary>A decile of a lift curve (<c>ml.model_curve</c>, curve 'lift'): x = decile (1 = top scores), y = lift, value = cumulative capture.</summary>
public sealed record LiftPoint(string Model, string Candidate, int Decile, double? Lift, double? Capture)
{
    public static LiftPoint Read(FieldReader f) => new(
        f.Text("model"), f.Text("series"), (int)Math.Round(f.NullableDouble("x") ?? f.Long("point_index")), f.NullableDouble("y"), f.NullableDouble("value"));
}
