namespace SharpAugment.Transforms;

/// <summary>Marks the single-step image transforms, which never keep their input or output images, so a composite may recycle the images between two of them.</summary>
internal interface ILeafImageTransform
{
}
