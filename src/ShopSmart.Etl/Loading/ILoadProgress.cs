namespace ShopSmart.Etl.Loading;

/// <summary>What a load reports while it runs: rows staged so far, then each set-based step as it starts.</summary>
public interface ILoadProgress
{
    void Staged(long rows);

    void Step(string name);
}
