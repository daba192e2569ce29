namespace ShopSmart.Modeling.Pipeline;

/// <summary>Where a run reports its stages (the console, a log, or nothing in tests).</summary>
public interface IModelingProgress
{
    void Stage(string model, string message);
}
