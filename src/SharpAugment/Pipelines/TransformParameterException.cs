namespace SharpAugment.Pipelines;

/// <summary>An invalid transform parameter; the message names the transform, the parameter, the value and what is allowed.</summary>
public class TransformParameterException : ArgumentException
{
    /// <summary>Creates the error.</summary>
    /// <param name="transform">The registered transform name.</param>
    /// <param name="parameter">The snake_case parameter name.</param>
    /// <param name="value">The offending value as written.</param>
    /// <param name="allowed">What would be accepted, such as "[0, 1]".</param>
    public TransformParameterException(string transform, string parameter, string value, string allowed)
        : base($"{transform}: parameter '{parameter}' = {value} is invalid; allowed: {allowed}")
    {
        Transform = transform;
        Parameter = parameter;
        Value = value;
        Allowed = allowed;
    }

    /// <summary>The transform name.</summary>
    public string Transform { get; }

    /// <summary>The parameter name.</summary>
    public string Parameter { get; }

    /// <summary>The rejected value.</summary>
    public string Value { get; }

    /// <summary>The allowed values.</summary>
    public string Allowed { get; }
}
