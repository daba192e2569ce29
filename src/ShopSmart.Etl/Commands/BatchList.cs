using System.Globalization;

namespace ShopSmart.Etl.Commands;

/// <summary>Batch ids as a person reads them: runs of consecutive ids as ranges ("1–153, 155–305"), not 304 numbers.</summary>
public static class BatchList
{
    public static string Describe(IEnumerable<int> batchIds)
    {
        var ids = batchIds.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < ids.Count;)
        {
            var end = i;
            while (end + 1 < ids.Count && ids[end + 1] == ids[end] + 1)
            {
                end++;
            }

            // Two consecutive ids read better as "4, 5" than as "4–5".
            parts.Add(end - i >= 2 ? $"{Id(ids[i])}–{Id(ids[end])}" : string.Join(", ", ids[i..(end + 1)].Select(Id)));
            i = end + 1;
        }

        return string.Join(", ", parts);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
