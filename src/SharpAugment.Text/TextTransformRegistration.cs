using SharpAugment.Pipelines;
using SharpAugment.Text.Aeda;
using SharpAugment.Text.Eda;
using SharpAugment.Text.Noise;

namespace SharpAugment.Text;

/// <summary>Registers the text transforms (data type <see cref="TextSample"/>).</summary>
public static class TextTransformRegistration
{
    /// <summary>Adds eda, aeda, keyboard_typos, ocr_errors, random_char and word_split to <paramref name="registry"/>.</summary>
    public static TransformRegistry AddTextTransforms(this TransformRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.Add<TextSample, EdaOptions>("eda", "text", "EDA: synonym replacement, random insertion, swap and deletion with WordNet (num_aug sentences per sentence)", o => new Eda.Eda(o));
        registry.Add<TextSample, AedaOptions>("aeda", "text", "AEDA: insert random punctuation marks between words", o => new Aeda.Aeda(o));
        registry.Add<TextSample, KeyboardTyposOptions>("keyboard_typos", "text", "typos from QWERTY neighbour keys (nlpaug KeyboardAug)", o => new KeyboardTypos(o));
        registry.Add<TextSample, OcrErrorsOptions>("ocr_errors", "text", "OCR confusions such as 0/O and 1/l (nlpaug OcrAug)", o => new OcrErrors(o));
        registry.Add<TextSample, RandomCharOptions>("random_char", "text", "random character insert, substitute, swap or delete (nlpaug RandomCharAug)", o => new RandomChar(o));
        registry.Add<TextSample, WordSplitOptions>("word_split", "text", "split words in two at a random position (nlpaug SplitAug)", o => new WordSplit(o));
        return registry;
    }
}
