using System.Text;

namespace ShopSmart.Core.Data;

/// <summary>The warehouse's naming rule for columns written from C#: <c>CustomerKey</c> is <c>customer_key</c>.</summary>
public static class ColumnName
{
    public static string FromProperty(string propertyName)
    {
        var name = new StringBuilder(propertyName.Length + 4);
        for (var i = 0; i < propertyName.Length; i++)
        {
            var c = propertyName[i];
            if (char.IsUpper(c))
            {
                // A new word starts at an upper-case letter after a lower-case letter or digit, or before a lower-case
                // letter inside a run of capitals (PAlive -> p_alive, RocAuc -> roc_auc).
                var startsWord = i > 0 && (!char.IsUpper(propertyName[i - 1])
                    || (i + 1 < propertyName.Length && char.IsLower(propertyName[i + 1])));
                if (startsWord)
                {
                    name.Append('_');
                }

                name.Append(char.ToLowerInvariant(c));
            }
            else
            {
                name.Append(c);
            }
        }

        return name.ToString();
    }
}
