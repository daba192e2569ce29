namespace ShopSmart.ExcelExport.Layout;

/// <summary>How a sheet prints.</summary>
public enum PageLayout
{
    /// <summary>Landscape, the whole sheet on one page: a chart is never split across pages.</summary>
    OnePage,

    /// <summary>Landscape, one page wide and as many pages tall as needed, the header row repeated on every page.</summary>
    LongList,
}
