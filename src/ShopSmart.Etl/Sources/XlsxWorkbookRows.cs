using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// A forward-only reader of an .xlsx workbook (OpenXML SpreadsheetML) on ZipArchive and XmlReader: each sheet is
/// streamed from its zip entry, never held in memory; only the sheet list, the date styles and the shared strings
/// are loaded up front. Values follow ExcelDataReader's conventions: numbers are doubles, numbers in a date style
/// are DateTimes, empty cells are null; an error cell gives its error text ("#N/A").
/// </summary>
public sealed class XlsxWorkbookRows : IWorkbookRows
{
    // A cell's <v> holds an xsd:double (sign, digits, point, exponent): no currency, grouping or parentheses to
    // look for (NumberStyles.Any matched the currency symbol at every number: ~1 % of the sheet's parse), and "1,5"
    // stays text for the row rules to judge instead of becoming 15.
    private const NumberStyles NumberStyle = NumberStyles.Float;

    private readonly ZipArchive _zip;
    private readonly List<XlsxSheet> _sheets;
    private readonly bool _date1904;

    /// <summary>The workbook asks to be recalculated when opened: a formula's saved 0 may be no result of it.</summary>
    private readonly bool _formulaResultsStale;
    private readonly bool[] _dateStyles;
    private readonly string[] _sharedStrings;
    private readonly NameTable _names = new();
    private readonly string _sheetData;
    private readonly string _row;
    private readonly string _c;
    private readonly string _v;
    private readonly string _is;
    private readonly string _r;
    private readonly string _s;
    private readonly string _t;
    private readonly string _f;
    private readonly string _hidden;

    private int _sheet;
    private XmlReader? _xml;
    private bool _sheetDone;
    private object?[] _values = new object?[16];
    private bool[] _errors = new bool[16];
    private bool _rowHasError;
    private bool[] _uncalculated = new bool[16];
    private bool _rowHasUncalculated;
    private int _rowWidth;
    private int _fieldCount;
    private long _rowNumber;

    private XlsxWorkbookRows(ZipArchive zip)
    {
        _zip = zip;
        var (sheets, date1904, fullCalcOnLoad, styles, sharedStrings) = XlsxPackage.Workbook(zip);
        _sheets = sheets;
        _date1904 = date1904;
        _formulaResultsStale = fullCalcOnLoad;
        _dateStyles = styles is null ? [] : XlsxPackage.DateStyles(zip, styles);
        _sharedStrings = sharedStrings is null ? [] : XlsxPackage.SharedStrings(zip, sharedStrings);
        _sheetData = _names.Add("sheetData");
        _row = _names.Add("row");
        _c = _names.Add("c");
        _v = _names.Add("v");
        _is = _names.Add("is");
        _r = _names.Add("r");
        _s = _names.Add("s");
        _t = _names.Add("t");
        _f = _names.Add("f");
        _hidden = _names.Add("hidden");
    }

    /// <summary>Opens a workbook from a seekable stream, which the reader then owns.</summary>
    /// <exception cref="InvalidDataException">Not a zip package, or one without a workbook.</exception>
    /// <exception cref="NotXlsxWorkbookException">A zip of files, an OpenDocument spreadsheet or an xlsb: not an xlsx.</exception>
    /// <exception cref="XmlException">A malformed workbook, relationships, styles or shared strings part.</exception>
    public static XlsxWorkbookRows Open(Stream stream)
    {
        var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        try
        {
            return new XlsxWorkbookRows(zip);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public string SheetName => _sheet < _sheets.Count ? _sheets[_sheet].Name : string.Empty;

    public bool SheetHidden => _sheet < _sheets.Count && _sheets[_sheet].Hidden;

    public long RowNumber => _rowNumber;

    /// <summary>
    /// The widest row of the sheet so far (up to its last cell with a value), so a row never has fewer columns than
    /// the header. ExcelDataReader instead scans the whole sheet first and gives every row the sheet's widest.
    /// </summary>
    public int FieldCount => _fieldCount;

    public bool NextSheet()
    {
        CloseSheet();
        _sheetDone = false;
        if (_sheet < _sheets.Count)
        {
            _sheet++;
        }

        return _sheet < _sheets.Count;
    }

    public object? GetValue(int ordinal) => ordinal < _rowWidth ? _values[ordinal] : null;

    public bool IsError(int ordinal) => _rowHasError && ordinal < _rowWidth && _errors[ordinal];

    public bool Date1904 => _date1904;

    public bool RowHidden { get; private set; }

    public bool IsUncalculated(int ordinal) => _rowHasUncalculated && ordinal < _rowWidth && _uncalculated[ordinal];

    public bool Read()
    {
        if (_sheetDone || (_xml is null && !OpenSheet()))
        {
            return false;
        }

        var xml = _xml!;
        while (true)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when ReferenceEquals(xml.LocalName, _row):
                    ReadRow(xml);
                    return true;
                case XmlNodeType.Element:
                    xml.Skip();
                    continue;
                case XmlNodeType.EndElement:
                    // </sheetData>: the rest of the sheet holds no cells.
                    CloseSheet();
                    _sheetDone = true;
                    return false;
                case XmlNodeType.None:
                    throw new XmlException("the sheet ends inside its sheetData.");
                default:
                    xml.Read();
                    continue;
            }
        }
    }

    public void Dispose()
    {
        CloseSheet();
        _zip.Dispose();
    }

    /// <summary>Opens the current sheet's part and moves to the first node inside its sheetData.</summary>
    private bool OpenSheet()
    {
        _sheetDone = true;
        if (_sheet >= _sheets.Count || _sheets[_sheet].Part is not { } part)
        {
            return false;
        }

        var xml = XlsxPackage.OpenXml(_zip, part, _names, readAhead: true);
        if (xml is null)
        {
            return false;
        }

        _xml = xml;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, _sheetData))
            {
                if (xml.IsEmptyElement)
                {
                    CloseSheet();
                    return false;
                }

                xml.Read();
                _sheetDone = false;
                return true;
            }
        }

        CloseSheet();
        return false;
    }

    private void CloseSheet()
    {
        _xml?.Dispose();
        _xml = null;
        ClearRow();
        _fieldCount = 0;
        _rowNumber = 0;
    }

    /// <summary>Reads the row element the reader is on, leaving the reader just after it.</summary>
    private void ReadRow(XmlReader xml)
    {
        ClearRow();
        var number = _rowNumber + 1;
        RowHidden = false;
        // One pass over the row's attributes (r, spans, hidden, ht…), as for a cell's.
        while (xml.MoveToNextAttribute())
        {
            var name = xml.LocalName;
            if (ReferenceEquals(name, _r) && long.TryParse(xml.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                number = parsed;
            }
            else if (ReferenceEquals(name, _hidden))
            {
                RowHidden = xml.Value is "1" or "true";
            }
        }

        xml.MoveToElement();
        _rowNumber = number;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        var nextColumn = 0;
        xml.Read();
        while (true)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when ReferenceEquals(xml.LocalName, _c):
                    nextColumn = ReadCell(xml, nextColumn) + 1;
                    continue;
                case XmlNodeType.Element:
                    xml.Skip();
                    continue;
                case XmlNodeType.EndElement:
                    xml.Read();
                    if (_rowWidth > _fieldCount)
                    {
                        _fieldCount = _rowWidth;
                    }

                    return;
                case XmlNodeType.None:
                    throw new XmlException("the sheet ends inside a row.");
                default:
                    xml.Read();
                    continue;
            }
        }
    }

    /// <summary>Reads the cell element the reader is on, leaving the reader just after it; returns its column.</summary>
    private int ReadCell(XmlReader xml, int nextColumn)
    {
        var column = nextColumn;
        string? type = null;
        var style = 0;
        while (xml.MoveToNextAttribute())
        {
            var name = xml.LocalName;
            if (ReferenceEquals(name, _r))
            {
                var index = CellReference.ColumnIndex(xml.Value);
                if (index >= 0)
                {
                    column = index;
                }
            }
            else if (ReferenceEquals(name, _t))
            {
                type = xml.Value;
            }
            else if (ReferenceEquals(name, _s))
            {
                style = int.TryParse(xml.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
            }
        }

        xml.MoveToElement();
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return column;
        }

        object? value = null;
        var formula = false;
        var savedZero = false;
        xml.Read();
        while (true)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when ReferenceEquals(xml.LocalName, _v):
                    var raw = XlsxPackage.ReadText(xml);
                    xml.Read();
                    savedZero = raw == "0";
                    value = raw.Length == 0 ? null : Convert(raw, type, style);
                    continue;
                case XmlNodeType.Element when ReferenceEquals(xml.LocalName, _is):
                    var text = XlsxPackage.StringItem(xml);
                    xml.Read();
                    value = text.Length == 0 ? null : Convert(text, type, style);
                    continue;
                case XmlNodeType.Element:
                    formula |= ReferenceEquals(xml.LocalName, _f);
                    xml.Skip(); // f (formula), extLst
                    continue;
                case XmlNodeType.EndElement:
                    xml.Read();
                    // A workbook that asks to be recalculated may hold results of 0 it never computed (xlsxwriter saves
                    // every formula so); EPPlus and templates filled by scripts ask it too, over true results, kept.
                    var unsaved = formula && _formulaResultsStale && savedZero;
                    if (value is not null && !unsaved)
                    {
                        Set(column, value, error: type == "e");
                    }
                    else if (formula && (type != "str" || unsaved))
                    {
                        // No result, an empty one where only a text result ("str") may be empty, or a 0 the workbook
                        // itself says was never calculated.
                        SetUncalculated(column);
                    }

                    return column;
                case XmlNodeType.None:
                    throw new XmlException("the sheet ends inside a cell.");
                default:
                    xml.Read();
                    continue;
            }
        }
    }

    private void ClearRow()
    {
        Array.Clear(_values, 0, _rowWidth);
        if (_rowHasError)
        {
            Array.Clear(_errors, 0, _rowWidth);
            _rowHasError = false;
        }

        if (_rowHasUncalculated)
        {
            Array.Clear(_uncalculated, 0, _rowWidth);
            _rowHasUncalculated = false;
        }

        _rowWidth = 0;
    }

    /// <summary>A formula cell with no saved result: no value, but not an empty cell either.</summary>
    private void SetUncalculated(int column)
    {
        Widen(column);
        _uncalculated[column] = true;
        _rowHasUncalculated = true;
    }

    /// <summary>Makes the row reach <paramref name="column"/>, growing the cell arrays when it is wider than any before.</summary>
    private void Widen(int column)
    {
        if (column >= _values.Length)
        {
            var size = Math.Max(column + 1, _values.Length * 2);
            Array.Resize(ref _values, size);
            Array.Resize(ref _errors, size);
            Array.Resize(ref _uncalculated, size);
        }

        if (column >= _rowWidth)
        {
            _rowWidth = column + 1;
        }
    }

    private void Set(int column, object value, bool error)
    {
        Widen(column);
        _values[column] = value;
        _errors[column] = error;
        _rowHasError |= error;
    }

    private object? Convert(string raw, string? type, int style)
    {
        switch (type)
        {
            case "s":
                if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
                {
                    return index >= 0 && index < _sharedStrings.Length ? _sharedStrings[index] : null;
                }

                return raw;
            case "inlineStr" or "str":
                return SpreadsheetText.DecodeEscapes(raw);
            case "b":
                return raw == "1";
            case "e":
                return raw;
            case "d":
                return DateTime.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite, out var date)
                    ? date
                    : raw;
            default:
                if (!double.TryParse(raw, NumberStyle, CultureInfo.InvariantCulture, out var number))
                {
                    return raw;
                }

                if ((uint)style < (uint)_dateStyles.Length && _dateStyles[style])
                {
                    return ExcelSerial.ToDateTime(number, _date1904);
                }

                return number;
        }
    }
}
