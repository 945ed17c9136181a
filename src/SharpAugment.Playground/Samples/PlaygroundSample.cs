using SharpAugment.Imaging;

namespace SharpAugment.Playground.Samples;

/// <summary>One image the page offers by name: the client sends only <see cref="Key"/>, never a path.</summary>
/// <param name="Key">The name the client sends (<c>smiley</c>, <c>photo/camera</c>, <c>folder/cats/1.jpg</c>).</param>
/// <param name="Title">What the picker shows.</param>
/// <param name="Kind">smiley, photo, boxes, keypoints, masks or folder: how the page groups it and whether it has targets to draw.</param>
/// <param name="Encoded">The encoded file, decoded per request exactly as <c>sharpaugment apply</c> decodes a file.</param>
/// <param name="Targets">Adds the boxes, keypoints or masks of a data-set sample to the decoded image, or null.</param>
public sealed record PlaygroundSample(string Key, string Title, string Kind, Func<byte[]> Encoded, Func<Sample, Sample>? Targets);
