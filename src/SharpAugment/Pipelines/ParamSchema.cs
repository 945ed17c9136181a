using System.Collections.Concurrent;
using System.Reflection;

namespace SharpAugment.Pipelines;

/// <summary>The parameters of one options type, found by reflection once; binds written arguments to a typed options record and back.</summary>
public sealed class ParamSchema
{
    private static readonly ConcurrentDictionary<Type, ParamSchema> Cache = new();
    private readonly Type _optionsType;

    private ParamSchema(Type optionsType)
    {
        _optionsType = optionsType;
        var defaults = (TransformOptions)Activator.CreateInstance(optionsType)!;
        Parameters = optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(pi => (pi, attr: pi.GetCustomAttribute<ParamAttribute>()))
            .Where(t => t.attr is not null && t.pi.CanWrite)
            .OrderBy(t => t.pi.Name == nameof(TransformOptions.P) ? 1 : 0)
            .ThenBy(t => t.pi.MetadataToken)
            .Select(t => new ParamInfo(t.pi, t.attr!, t.pi.GetValue(defaults)))
            .ToArray();
        Positional = Parameters.FirstOrDefault(p => p.Attribute.Positional);
    }

    /// <summary>The parameters in declaration order, with <c>p</c> last.</summary>
    public IReadOnlyList<ParamInfo> Parameters { get; }

    /// <summary>The parameter that takes positional arguments, if any.</summary>
    public ParamInfo? Positional { get; }

    /// <summary>The schema of an options type (cached: it is derived from the type alone).</summary>
    public static ParamSchema For(Type optionsType)
    {
        ArgumentNullException.ThrowIfNull(optionsType);
        if (!typeof(TransformOptions).IsAssignableFrom(optionsType))
        {
            throw new ArgumentException($"{optionsType} does not derive from TransformOptions.", nameof(optionsType));
        }

        return Cache.GetOrAdd(optionsType, t => new ParamSchema(t));
    }

    /// <summary>Builds validated options from written arguments; unknown, duplicate or out-of-range arguments raise <see cref="TransformParameterException"/>.</summary>
    public TransformOptions Bind(string transform, IReadOnlyList<SpecArgument> arguments) =>
        Bind(transform, arguments, (TransformOptions)Activator.CreateInstance(_optionsType)!);

    /// <summary>Binds written arguments over <paramref name="start"/> (a fresh record, such as a magnitude's options, which it fills in place) and validates the result.</summary>
    public TransformOptions Bind(string transform, IReadOnlyList<SpecArgument> arguments, TransformOptions start)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(start);
        if (start.GetType() != _optionsType)
        {
            throw new ArgumentException($"{transform} takes {_optionsType.Name}, not {start.GetType().Name}.", nameof(start));
        }

        var options = start;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var positional = new List<SpecValue>();
        foreach (var arg in arguments)
        {
            if (arg.Key is null)
            {
                if (Positional is null)
                {
                    string names = string.Join(", ", Parameters.Select(p => p.Name));
                    throw new TransformParameterException(transform, "(positional)", arg.Value.ToString()!,
                        $"named arguments only ({names})");
                }

                positional.Add(arg.Value);
                continue;
            }

            var p = Parameters.FirstOrDefault(x => x.Name == arg.Key);
            if (p is null)
            {
                var close = Naming.Closest(arg.Key, Parameters.Select(x => x.Name));
                string hint = close.Count > 0 ? " (did you mean " + string.Join(" or ", close) + "?)" : string.Empty;
                throw new TransformParameterException(transform, arg.Key, arg.Value.ToString()!,
                    "one of the parameters " + string.Join(", ", Parameters.Select(x => x.Name)) + hint);
            }

            if (!seen.Add(p.Name))
            {
                throw new TransformParameterException(transform, p.Name, arg.Value.ToString()!, "each parameter once");
            }

            p.Property.SetValue(options, ParamConvert.FromSpec(transform, p, arg.Value));
        }

        if (positional.Count > 0)
        {
            if (seen.Contains(Positional!.Name))
            {
                throw new TransformParameterException(transform, Positional.Name, "positional and named", "one or the other");
            }

            SpecValue v = positional.Count == 1 && positional[0] is ListValue ? positional[0] : new ListValue(positional);
            Positional.Property.SetValue(options, ParamConvert.FromSpec(transform, Positional, v));
        }

        options.Validate(transform);
        return options;
    }

    /// <summary>Validates options built in code against the same [Param] types and ranges as written ones, so the API and the text syntax reject the same values with the same message.</summary>
    public void Validate(string transform, TransformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var p in Parameters)
        {
            ParamConvert.Check(transform, p, p.Property.GetValue(options));
        }

        options.Validate(transform);
    }

    /// <summary>Writes options back as a spec; with <paramref name="includeDefaults"/> every parameter is written, as <c>explain</c> shows.</summary>
    public TransformSpec ToSpec(string name, TransformOptions options, bool includeDefaults = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        var args = new List<SpecArgument>();
        foreach (var p in Parameters)
        {
            var value = p.Property.GetValue(options);
            if (p == Positional && value is IReadOnlyList<TransformSpec> children)
            {
                args.InsertRange(0, children.Select(c => new SpecArgument(null, new TransformValue(c))));
                continue;
            }

            if (!includeDefaults && ParamConvert.ValueEquals(value, p.Default))
            {
                continue;
            }

            args.Add(new SpecArgument(p.Name, ParamConvert.ToSpec(p.Type, value)));
        }

        return new TransformSpec(name, args);
    }
}
