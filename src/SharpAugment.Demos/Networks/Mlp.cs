using System.Numerics.Tensors;
using SharpAugment.Randomness;

namespace SharpAugment.Demos.Networks;

/// <summary>
/// A fully connected classifier: tanh hidden layers, a softmax output and mean cross-entropy loss, written by hand
/// over <see cref="TensorPrimitives"/> because no .NET network library loads on every platform the project supports.
/// All weights live in one flat array (per layer: the in x out weight matrix row-major, then the biases), so the
/// optimizer, cloning and comparison are whole-array operations. An instance reuses scratch buffers and is not
/// thread-safe; clone it to use it from several threads.
/// </summary>
public sealed class Mlp
{
    private readonly int[] _sizes;
    private readonly int[] _offsets;
    private float[][] _activations = [];
    private float[][] _deltas = [];
    private int _capacity;

    /// <summary>
    /// Creates a network with Glorot-uniform weights drawn in order from <paramref name="rng"/> and zero biases, so the
    /// same seed gives the same network.
    /// </summary>
    /// <param name="inputs">Features per row.</param>
    /// <param name="hidden">Widths of the tanh hidden layers (may be empty: multinomial logistic regression).</param>
    /// <param name="classes">Output classes (at least 2).</param>
    /// <param name="rng">The weight initialisation stream.</param>
    public Mlp(int inputs, IReadOnlyList<int> hidden, int classes, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        if (classes < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), classes, "mlp: classes must be >= 2");
        }

        if (hidden.Any(h => h < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(hidden), "mlp: every hidden layer needs >= 1 unit");
        }

        _sizes = [inputs, .. hidden, classes];
        _offsets = new int[_sizes.Length];
        int total = 0;
        for (int l = 1; l < _sizes.Length; l++)
        {
            _offsets[l] = total;
            total += (_sizes[l - 1] + 1) * _sizes[l];
        }

        Parameters = new float[total];
        for (int l = 1; l < _sizes.Length; l++)
        {
            double limit = Math.Sqrt(6.0 / (_sizes[l - 1] + _sizes[l]));
            var w = Weights(l);
            for (int i = 0; i < w.Length; i++)
            {
                w[i] = (float)rng.Uniform(-limit, limit);
            }
        }
    }

    private Mlp(Mlp other)
    {
        _sizes = other._sizes;
        _offsets = other._offsets;
        Parameters = (float[])other.Parameters.Clone();
    }

    /// <summary>Features per row.</summary>
    public int Inputs => _sizes[0];

    /// <summary>Output classes.</summary>
    public int Classes => _sizes[^1];

    /// <summary>Layer widths from the input to the output.</summary>
    public IReadOnlyList<int> LayerSizes => _sizes;

    /// <summary>Every weight and bias in one array (per layer: weights in x out row-major, then biases); writable, so an optimizer steps it in place.</summary>
    public float[] Parameters { get; }

    /// <summary>An independent copy with the same weights (the "two identical networks" start from one initialisation).</summary>
    public Mlp Clone() => new(this);

    /// <summary>Class probabilities, rows x <see cref="Classes"/> row-major, for row-major <paramref name="features"/>.</summary>
    public float[] PredictProbabilities(ReadOnlySpan<float> features)
    {
        var result = new float[RowsOf(features) * Classes];
        PredictProbabilities(features, result);
        return result;
    }

    /// <summary>Writes class probabilities (rows x <see cref="Classes"/>, row-major) into <paramref name="probabilities"/>.</summary>
    public void PredictProbabilities(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        int rows = RowsOf(features);
        if (probabilities.Length != rows * Classes)
        {
            throw new ArgumentException($"mlp: probabilities needs {rows * Classes} values, got {probabilities.Length}", nameof(probabilities));
        }

        const int Chunk = 1024;
        for (int start = 0; start < rows; start += Chunk)
        {
            int n = Math.Min(Chunk, rows - start);
            Forward(features.Slice(start * Inputs, n * Inputs), n);
            _activations[^1].AsSpan(0, n * Classes).CopyTo(probabilities.Slice(start * Classes));
        }
    }

    /// <summary>The most probable class of each row (the smallest class on a tie).</summary>
    public int[] Predict(ReadOnlySpan<float> features)
    {
        var p = PredictProbabilities(features);
        var result = new int[p.Length / Classes];
        for (int r = 0; r < result.Length; r++)
        {
            result[r] = TensorPrimitives.IndexOfMax(p.AsSpan(r * Classes, Classes));
        }

        return result;
    }

    /// <summary>The fraction of rows whose most probable class is their label.</summary>
    public double Accuracy(ReadOnlySpan<float> features, ReadOnlySpan<int> labels)
    {
        var predicted = Predict(features);
        CheckLabels(labels, predicted.Length);
        int correct = 0;
        for (int r = 0; r < predicted.Length; r++)
        {
            correct += predicted[r] == labels[r] ? 1 : 0;
        }

        return predicted.Length == 0 ? 0 : (double)correct / predicted.Length;
    }

    /// <summary>The mean cross-entropy of the labels under the network.</summary>
    public float Loss(ReadOnlySpan<float> features, ReadOnlySpan<int> labels)
    {
        int rows = RowsOf(features);
        CheckLabels(labels, rows);
        Forward(features, rows);
        return CrossEntropy(labels, rows, null);
    }

    /// <summary>
    /// The mean cross-entropy of the labels and its gradient with respect to <see cref="Parameters"/> (written into
    /// <paramref name="gradient"/>, laid out as the parameters), by backpropagation.
    /// </summary>
    public float LossAndGradient(ReadOnlySpan<float> features, ReadOnlySpan<int> labels, Span<float> gradient)
    {
        int rows = RowsOf(features);
        CheckLabels(labels, rows);
        if (gradient.Length != Parameters.Length)
        {
            throw new ArgumentException($"mlp: gradient needs {Parameters.Length} values, got {gradient.Length}", nameof(gradient));
        }

        if (rows == 0)
        {
            throw new ArgumentException("mlp: cannot train on zero rows", nameof(features));
        }

        Forward(features, rows);
        int last = _sizes.Length - 1;
        float loss = CrossEntropy(labels, rows, _deltas[last]);
        gradient.Clear();
        for (int l = last; l >= 1; l--)
        {
            int fanIn = _sizes[l - 1], fanOut = _sizes[l];
            var delta = _deltas[l].AsSpan(0, rows * fanOut);
            ReadOnlySpan<float> below = l == 1 ? features : _activations[l - 1].AsSpan(0, rows * fanIn);
            var gw = gradient.Slice(_offsets[l], fanIn * fanOut);
            var gb = gradient.Slice(_offsets[l] + fanIn * fanOut, fanOut);
            for (int r = 0; r < rows; r++)
            {
                var d = delta.Slice(r * fanOut, fanOut);
                var a = below.Slice(r * fanIn, fanIn);
                TensorPrimitives.Add(gb, d, gb);
                for (int i = 0; i < fanIn; i++)
                {
                    var g = gw.Slice(i * fanOut, fanOut);
                    TensorPrimitives.MultiplyAdd(d, a[i], g, g);
                }
            }

            if (l == 1)
            {
                break;
            }

            // delta_{l-1} = (delta_l W_l^T) * tanh'(z), with tanh'(z) = 1 - a^2 from the stored activation.
            var w = Weights(l);
            var lower = _deltas[l - 1].AsSpan(0, rows * fanIn);
            for (int r = 0; r < rows; r++)
            {
                var d = delta.Slice(r * fanOut, fanOut);
                var target = lower.Slice(r * fanIn, fanIn);
                for (int i = 0; i < fanIn; i++)
                {
                    target[i] = TensorPrimitives.Dot(d, w.Slice(i * fanOut, fanOut));
                }

                var a = below.Slice(r * fanIn, fanIn);
                for (int i = 0; i < fanIn; i++)
                {
                    target[i] *= 1 - a[i] * a[i];
                }
            }
        }

        return loss;
    }

    /// <summary>
    /// Trains with Adam on shuffled minibatches for <see cref="MlpFitOptions.Epochs"/> epochs; the shuffles come from
    /// <see cref="MlpFitOptions.Seed"/>, so the same network, data and options give the same weights.
    /// </summary>
    /// <returns>The mean training loss of the last epoch.</returns>
    public float Fit(ReadOnlySpan<float> features, ReadOnlySpan<int> labels, MlpFitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        int rows = RowsOf(features);
        CheckLabels(labels, rows);
        foreach (int y in labels)
        {
            if (y < 0 || y >= Classes)
            {
                throw new ArgumentOutOfRangeException(nameof(labels), y, $"mlp: labels must lie in [0, {Classes - 1}]");
            }
        }

        var adam = new Adam(Parameters.Length, options.LearningRate);
        var gradient = new float[Parameters.Length];
        int batch = options.BatchSize <= 0 ? rows : Math.Min(options.BatchSize, rows);
        var batchFeatures = new float[batch * Inputs];
        var batchLabels = new int[batch];
        var rng = new Rng(options.Seed);
        float epochLoss = 0;
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            var order = rng.Permutation(rows);
            epochLoss = 0;
            for (int start = 0; start < rows; start += batch)
            {
                int n = Math.Min(batch, rows - start);
                for (int j = 0; j < n; j++)
                {
                    features.Slice(order[start + j] * Inputs, Inputs).CopyTo(batchFeatures.AsSpan(j * Inputs));
                    batchLabels[j] = labels[order[start + j]];
                }

                epochLoss += LossAndGradient(batchFeatures.AsSpan(0, n * Inputs), batchLabels.AsSpan(0, n), gradient) * n;
                adam.Step(Parameters, gradient);
            }

            epochLoss /= rows;
        }

        return epochLoss;
    }

    private Span<float> Weights(int layer) => Parameters.AsSpan(_offsets[layer], _sizes[layer - 1] * _sizes[layer]);

    private ReadOnlySpan<float> Biases(int layer) => Parameters.AsSpan(_offsets[layer] + _sizes[layer - 1] * _sizes[layer], _sizes[layer]);

    private int RowsOf(ReadOnlySpan<float> features) => features.Length % Inputs == 0
        ? features.Length / Inputs
        : throw new ArgumentException($"mlp: {features.Length} feature values are not a whole number of rows of {Inputs}", nameof(features));

    private static void CheckLabels(ReadOnlySpan<int> labels, int rows)
    {
        if (labels.Length != rows)
        {
            throw new ArgumentException($"mlp: {rows} rows but {labels.Length} labels", nameof(labels));
        }
    }

    private void EnsureCapacity(int rows)
    {
        if (rows <= _capacity)
        {
            return;
        }

        _capacity = Math.Max(rows, _capacity * 2);
        _activations = [.. _sizes.Select(s => new float[_capacity * s])];
        _deltas = [.. _sizes.Select(s => new float[_capacity * s])];
    }

    /// <summary>Fills <c>_activations[l]</c> for l >= 1: tanh of each hidden layer, softmax probabilities at the output.</summary>
    private void Forward(ReadOnlySpan<float> features, int rows)
    {
        EnsureCapacity(rows);
        int last = _sizes.Length - 1;
        for (int l = 1; l <= last; l++)
        {
            int fanIn = _sizes[l - 1], fanOut = _sizes[l];
            ReadOnlySpan<float> below = l == 1 ? features : _activations[l - 1].AsSpan(0, rows * fanIn);
            var w = Weights(l);
            var b = Biases(l);
            var output = _activations[l].AsSpan(0, rows * fanOut);
            for (int r = 0; r < rows; r++)
            {
                var z = output.Slice(r * fanOut, fanOut);
                b.CopyTo(z);
                var a = below.Slice(r * fanIn, fanIn);
                for (int i = 0; i < fanIn; i++)
                {
                    TensorPrimitives.MultiplyAdd(w.Slice(i * fanOut, fanOut), a[i], z, z);
                }

                if (l < last)
                {
                    TensorPrimitives.Tanh(z, z);
                }
                else
                {
                    TensorPrimitives.SoftMax(z, z);
                }
            }
        }
    }

    /// <summary>Mean cross-entropy from the output probabilities; when <paramref name="delta"/> is given, also its gradient with respect to the logits, (p - onehot) / rows.</summary>
    private float CrossEntropy(ReadOnlySpan<int> labels, int rows, float[]? delta)
    {
        var p = _activations[^1];
        int k = Classes;
        double loss = 0;
        for (int r = 0; r < rows; r++)
        {
            int y = labels[r];
            if ((uint)y >= (uint)k)
            {
                throw new ArgumentOutOfRangeException(nameof(labels), y, $"mlp: labels must lie in [0, {k - 1}]");
            }

            // Floor at the smallest normal float: a saturated wrong answer costs about 87 nats instead of infinity.
            loss -= Math.Log(Math.Max(p[r * k + y], 1.17549435e-38f));
            if (delta is not null)
            {
                for (int c = 0; c < k; c++)
                {
                    delta[r * k + c] = (p[r * k + c] - (c == y ? 1f : 0f)) / rows;
                }
            }
        }

        return (float)(loss / rows);
    }
}
