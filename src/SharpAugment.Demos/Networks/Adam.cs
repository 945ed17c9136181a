using System.Numerics.Tensors;

namespace SharpAugment.Demos.Networks;

/// <summary>
/// The Adam optimizer (Kingma and Ba, 2015, with PyTorch's bias correction) over one flat parameter vector, so a
/// network whose weights live in one array is stepped by a few vector operations.
/// </summary>
public sealed class Adam
{
    private readonly float[] _m;
    private readonly float[] _v;
    private readonly float[] _scratch;

    /// <summary>Creates the optimizer state for <paramref name="parameterCount"/> parameters, all moments zero.</summary>
    public Adam(int parameterCount, double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parameterCount);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "adam: learning_rate must be a finite number > 0");
        }

        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(beta1), $"adam: beta1 = {beta1}, beta2 = {beta2}; both must lie in [0, 1)");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(epsilon);
        LearningRate = learningRate;
        Beta1 = beta1;
        Beta2 = beta2;
        Epsilon = epsilon;
        _m = new float[parameterCount];
        _v = new float[parameterCount];
        _scratch = new float[parameterCount];
    }

    /// <summary>The step size.</summary>
    public double LearningRate { get; }

    /// <summary>The decay of the first-moment average.</summary>
    public double Beta1 { get; }

    /// <summary>The decay of the second-moment average.</summary>
    public double Beta2 { get; }

    /// <summary>Added to the root of the second moment so a zero gradient does not divide by zero.</summary>
    public double Epsilon { get; }

    /// <summary>How many steps have been taken (the bias correction depends on it).</summary>
    public long Steps { get; private set; }

    /// <summary>Moves <paramref name="parameters"/> one step against <paramref name="gradient"/>.</summary>
    public void Step(Span<float> parameters, ReadOnlySpan<float> gradient)
    {
        if (parameters.Length != _m.Length || gradient.Length != _m.Length)
        {
            throw new ArgumentException($"adam: expected {_m.Length} parameters and gradients, got {parameters.Length} and {gradient.Length}");
        }

        Steps++;
        float b1 = (float)Beta1, b2 = (float)Beta2;

        // m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2
        TensorPrimitives.Multiply(_m, b1, _m);
        TensorPrimitives.MultiplyAdd(gradient, 1 - b1, _m, _m);
        TensorPrimitives.Multiply(gradient, gradient, _scratch);
        TensorPrimitives.Multiply(_scratch, 1 - b2, _scratch);
        TensorPrimitives.MultiplyAdd(_v, b2, _scratch, _v);

        // p -= lr / (1 - b1^t) * m / (sqrt(v / (1 - b2^t)) + eps)
        float stepSize = (float)(LearningRate / (1 - Math.Pow(Beta1, Steps)));
        float secondCorrection = (float)(1 / (1 - Math.Pow(Beta2, Steps)));
        TensorPrimitives.Multiply(_v, secondCorrection, _scratch);
        TensorPrimitives.Sqrt(_scratch, _scratch);
        TensorPrimitives.Add(_scratch, (float)Epsilon, _scratch);
        TensorPrimitives.Divide(_m, _scratch, _scratch);
        TensorPrimitives.MultiplyAdd(_scratch, -stepSize, parameters, parameters);
    }
}
