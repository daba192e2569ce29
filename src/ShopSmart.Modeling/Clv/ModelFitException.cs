namespace ShopSmart.Modeling.Clv;

/// <summary>A model could not be fitted: both optimisers failed, or the data cannot identify the parameters.</summary>
public sealed class ModelFitException : Exception
{
    public ModelFitException()
    {
    }

    public ModelFitException(string message)
        : base(message)
    {
    }

    public ModelFitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
