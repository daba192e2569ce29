namespace ShopSmart.Modeling.Evaluation;

/// <summary>
/// Top-K recommendation quality over the customers evaluated (those with at least one hold-out purchase):
/// precision@K = hits in the top K / K, recall@K = hits / products bought, Success@K = share of customers with at
/// least one hit in the top K. A list shorter than K still divides by K.
/// </summary>
public sealed record RankingMetrics(IReadOnlyDictionary<int, double> Precision, IReadOnlyDictionary<int, double> Recall, IReadOnlyDictionary<int, double> Success, int Customers)
{
    public double SuccessAt(int k) => Success.TryGetValue(k, out var v) ? v : double.NaN;

    public static RankingMetrics Compute(
        IReadOnlyDictionary<int, List<int>> recommended, IReadOnlyDictionary<int, IReadOnlySet<int>> actual, IReadOnlyList<int> ks)
    {
        var customers = recommended.Keys.Where(actual.ContainsKey).ToList();
        var precision = new Dictionary<int, double>();
        var recall = new Dictionary<int, double>();
        var success = new Dictionary<int, double>();
        foreach (var k in ks)
        {
            double p = 0, r = 0, s = 0;
            foreach (var customer in customers)
            {
                var bought = actual[customer];
                var hits = recommended[customer].Take(k).Count(bought.Contains);
                p += hits / (double)k;
                r += bought.Count == 0 ? 0 : hits / (double)bought.Count;
                s += hits > 0 ? 1 : 0;
            }

            var n = Math.Max(1, customers.Count);
            precision[k] = customers.Count == 0 ? double.NaN : p / n;
            recall[k] = customers.Count == 0 ? double.NaN : r / n;
            success[k] = customers.Count == 0 ? double.NaN : s / n;
        }

        return new RankingMetrics(precision, recall, success, customers.Count);
    }
}
