using SharpAugment.Imaging;
using SharpAugment.Pipelines;

namespace SharpAugment.Transforms;

/// <summary>The recycling rule of a chain of transforms, kept next to the transforms it trusts: an image made inside the chain by the library's own image transforms, and replaced by another of them, can be seen by nothing else, so its array serves the next image of its size.</summary>
internal struct ImageChain
{
    // Whether the current image was made inside the chain by one of the library's own transforms.
    private bool _owned;

    /// <summary>Whether a transform is one of the library's own single-step image transforms, which never keep their input or output images.</summary>
    public static bool Trusts(ITransform transform) =>
        transform is ILeafImageTransform && transform.GetType().Assembly == typeof(Sample).Assembly;

    /// <summary>Notes that a step turned <paramref name="previous"/> into <paramref name="next"/>, and recycles the replaced image when the rule allows.</summary>
    /// <param name="previous">The step's input.</param>
    /// <param name="next">The step's output.</param>
    /// <param name="trusted">Whether the step is <see cref="Trusts">trusted</see>.</param>
    public void Step<T>(T previous, T next, bool trusted)
    {
        if (previous is not Sample before || next is not Sample after)
        {
            return;
        }

        bool replaced = !ReferenceEquals(before.Image, after.Image);
        if (replaced && _owned && trusted)
        {
            before.Image.Recycle();
        }

        _owned = replaced ? trusted : _owned && trusted;
    }
}
