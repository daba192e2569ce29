using Spectre.Console.Cli;

namespace ShopSmart.Core.Hosting;

/// <summary>
/// The few services commands need (console, configuration), handed to Spectre.Console.Cli without a DI container:
/// a command's constructor parameters are filled from the registered instances.
/// </summary>
public sealed class TypeRegistrar : ITypeRegistrar, ITypeResolver
{
    private readonly Dictionary<Type, Func<object>> _factories = [];

    public void Register(Type service, Type implementation) => _factories[service] = () => Create(implementation);

    public void RegisterInstance(Type service, object implementation) => _factories[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        _factories[service] = () => lazy.Value;
    }

    public ITypeResolver Build() => this;

    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        if (_factories.TryGetValue(type, out var factory))
        {
            return factory();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var item = type.GetGenericArguments()[0];
            var items = Array.CreateInstance(item, _factories.ContainsKey(item) ? 1 : 0);
            if (items.Length == 1)
            {
                items.SetValue(_factories[item](), 0);
            }

            return items;
        }

        return type.IsInterface || type.IsAbstract ? null : Create(type);
    }

    private object Create(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters()
            .Select(p => Resolve(p.ParameterType) ?? throw new InvalidOperationException($"No service for {p.ParameterType.Name} in {type.Name}."))
            .ToArray();
        return constructor.Invoke(arguments);
    }
}
