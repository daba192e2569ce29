namespace ShopSmart.Modeling.Clv;

/// <summary>One cell of a frequency-recency matrix: the model's value for a customer with x and tₓ.</summary>
public sealed record FrequencyRecencyCell(int Frequency, double Recency, double Value);
