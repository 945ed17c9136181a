using Microsoft.ML.OnnxRuntime;
using SharpAugment.Training;

namespace SharpAugment.OnnxRuntime;

/// <summary>Test-time augmentation with an <see cref="OnnxModel"/>: each view is fed to the session as it is made.</summary>
public static class OnnxTestTime
{
    /// <summary>Classification over the views: the model's output (N x classes) merged.</summary>
    public static float[] Classify(this TestTimeAugmentation tta, TensorBatch batch, OnnxModel model)
    {
        ArgumentNullException.ThrowIfNull(tta);
        ArgumentNullException.ThrowIfNull(model);
        return tta.Classify(batch, model.RunValues);
    }

    /// <summary>Dense prediction over the views: each [N, C, h, w] output taken back onto the input grid and merged.</summary>
    public static TensorOutput Segment(this TestTimeAugmentation tta, TensorBatch batch, OnnxModel model)
    {
        ArgumentNullException.ThrowIfNull(tta);
        ArgumentNullException.ThrowIfNull(model);
        return tta.Segment(batch, model.Run);
    }

    /// <summary>Classification with a caller's session (one float input; <paramref name="outputName"/> or the first output), which stays open.</summary>
    public static float[] Classify(this TestTimeAugmentation tta, TensorBatch batch, InferenceSession session, string? outputName = null)
    {
        using var model = new OnnxModel(session, outputName);
        return tta.Classify(batch, model);
    }

    /// <summary>Dense prediction with a caller's session, which stays open.</summary>
    public static TensorOutput Segment(this TestTimeAugmentation tta, TensorBatch batch, InferenceSession session, string? outputName = null)
    {
        using var model = new OnnxModel(session, outputName);
        return tta.Segment(batch, model);
    }
}
