using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SharpAugment.Training;

namespace SharpAugment.OnnxRuntime;

/// <summary>
/// An ONNX model with one float image input [N, C, H, W] and one chosen float output, run on <see cref="TensorBatch"/>es
/// without copying the input (the batch's buffer is pinned for the call). Safe to run from several threads, as
/// InferenceSession is.
/// </summary>
public sealed class OnnxModel : IDisposable
{
    private readonly bool _ownsSession;

    /// <summary>Loads a model file; <paramref name="outputName"/> picks among several outputs (default the first).</summary>
    public OnnxModel(string path, string? outputName = null, SessionOptions? options = null)
        : this(Load(path, options), outputName, ownsSession: true)
    {
    }

    /// <summary>Loads a model from its bytes.</summary>
    public OnnxModel(byte[] model, string? outputName = null, SessionOptions? options = null)
        : this(Load(model, options), outputName, ownsSession: true)
    {
    }

    /// <summary>Wraps a caller's session, which stays the caller's to dispose.</summary>
    public OnnxModel(InferenceSession session, string? outputName = null)
        : this(session, outputName, ownsSession: false)
    {
    }

    private OnnxModel(InferenceSession session, string? outputName, bool ownsSession)
    {
        ArgumentNullException.ThrowIfNull(session);
        Session = session;
        _ownsSession = ownsSession;
        try
        {
            var inputs = session.InputMetadata;
            if (inputs.Count != 1)
            {
                throw new ArgumentException($"OnnxModel: the model has {inputs.Count} inputs ({string.Join(", ", inputs.Keys)}); a batch feeds exactly one.", nameof(session));
            }

            InputName = inputs.Keys.First();
            CheckFloat(inputs[InputName], "input", InputName);
            var outputs = session.OutputMetadata;
            OutputName = outputName ?? outputs.Keys.First();
            if (!outputs.TryGetValue(OutputName, out var output))
            {
                throw new ArgumentException($"OnnxModel: the model has no output '{OutputName}'; its outputs are {string.Join(", ", outputs.Keys)}.", nameof(outputName));
            }

            CheckFloat(output, "output", OutputName);
        }
        catch
        {
            // A session this model loaded is released with the refusal; a caller's session stays open.
            Dispose();
            throw;
        }
    }

    /// <summary>The session the model runs in.</summary>
    public InferenceSession Session { get; }

    /// <summary>The model's input, fed with the batch's pixels.</summary>
    public string InputName { get; }

    /// <summary>The output read back.</summary>
    public string OutputName { get; }

    /// <summary>Runs the batch; the output comes back with the shape ONNX Runtime reports.</summary>
    public TensorOutput Run(TensorBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var input = batch.ToOrtValue();
        using var runOptions = new RunOptions();
        try
        {
            using var outputs = Session.Run(runOptions, [InputName], [input], [OutputName]);
            var value = outputs[0];
            var info = value.GetTensorTypeAndShape();
            if (info.ElementDataType != TensorElementType.Float)
            {
                throw new InvalidOperationException($"OnnxModel: output '{OutputName}' holds {info.ElementDataType}, not float.");
            }

            return new TensorOutput(value.GetTensorDataAsSpan<float>().ToArray(), info.Shape);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidOperationException($"OnnxModel: input '{InputName}' with shape [{string.Join(", ", batch.Shape)}] failed: {e.Message}", e);
        }
    }

    /// <summary>The model as the plain function <see cref="TestTimeAugmentation.Classify"/> takes: the output's values, row-major.</summary>
    public float[] RunValues(TensorBatch batch) => Run(batch).Data;

    /// <summary>Disposes the session when this model created it.</summary>
    public void Dispose()
    {
        if (_ownsSession)
        {
            Session.Dispose();
        }
    }

    private static InferenceSession Load(string path, SessionOptions? options)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"OnnxModel: no model file at '{path}'.", path);
        }

        return options is null ? new InferenceSession(path) : new InferenceSession(path, options);
    }

    private static InferenceSession Load(byte[] model, SessionOptions? options)
    {
        ArgumentNullException.ThrowIfNull(model);
        return options is null ? new InferenceSession(model) : new InferenceSession(model, options);
    }

    private static void CheckFloat(NodeMetadata node, string kind, string name)
    {
        if (!node.IsTensor || node.ElementType != typeof(float))
        {
            throw new ArgumentException($"OnnxModel: {kind} '{name}' is {node.ElementType.Name}{(node.IsTensor ? string.Empty : " (not a tensor)")}; a SharpAugment batch is float.", nameof(node));
        }
    }
}
