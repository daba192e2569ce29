using ShopSmart.Reporting.Document;

namespace ShopSmart.Reporting.Sections;

/// <summary>
/// 4. Modelling, from the latest run's ml tables (docs/model-outputs.md): each model's question, method, validation,
/// metrics against baselines and charts. Before the first run the chapter says so. One partial file per model family.
/// </summary>
public static partial class ModellingSection
{
    public const string Id = "modelling";

    public static ReportSection Build(SectionContext context)
    {
        var section = context.Section(Id);
        var modelling = context.Data.Modelling;
        if (!modelling.HasRun)
        {
            section.Warning("model.none");
            section.Paragraph("model.none.what");
            return section.Build();
        }

        Overview(context, section);
        Validation(context, section);
        Segments(context, section);
        Classifier(context, section, "purchase_propensity", "all");
        Classifier(context, section, "product_propensity", "pooled");
        Regression(context, section, "spend");
        Clv(context, section);
        Baskets(context, section);
        NextBestProduct(context, section);
        return section.Build();
    }
}
