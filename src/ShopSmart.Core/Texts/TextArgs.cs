using System.Collections;

namespace ShopSmart.Core.Texts;

/// <summary>
/// The named values of one sentence, written with a collection initializer:
/// <c>new TextArgs { { "customers", TextValue.Count(312) }, { "value", TextValue.Money(184_000) } }</c>.
/// </summary>
public sealed class TextArgs : IEnumerable<KeyValuePair<string, TextValue>>
{
    private readonly Dictionary<string, TextValue> _values = new(StringComparer.Ordinal);

    public static TextArgs None => [];

    public int Count => _values.Count;

    public void Add(string name, TextValue value) => _values.Add(name, value);

    public bool TryGet(string name, out TextValue value) => _values.TryGetValue(name, out value);

    public IEnumerator<KeyValuePair<string, TextValue>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
