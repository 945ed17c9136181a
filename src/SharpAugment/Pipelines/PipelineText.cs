using System.Globalization;
using System.Text;

namespace SharpAugment.Pipelines;

/// <summary>The one-line pipeline syntax: <c>random_resized_crop(width=224, height=224) | hflip(p=0.5)</c>; ranges <c>lo..hi</c>, lists <c>[a, b]</c>, enums as bare words.</summary>
public static class PipelineText
{
    /// <summary>Parses a pipeline; several steps joined by <c>|</c> become one <c>compose</c>.</summary>
    /// <exception cref="PipelineSyntaxException">The text is not a valid pipeline; the message shows the position.</exception>
    public static TransformSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var p = new Parser(text);
        var spec = p.ParsePipeline();
        p.SkipSpace();
        if (!p.AtEnd)
        {
            throw p.Error("unexpected text after the pipeline");
        }

        return spec;
    }

    /// <summary>Formats a spec as one line that <see cref="Parse"/> reads back to an equal spec.</summary>
    public static string Format(TransformSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (IsPipe(spec))
        {
            return string.Join(" | ", spec.Arguments.Select(a => FormatStep(((TransformValue)a.Value).Spec)));
        }

        return FormatCall(spec);
    }

    /// <summary>Whether a word can be written bare (letters, digits and underscores, starting with a letter or underscore).</summary>
    public static bool IsIdentifier(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Quotes a string with backslash escapes for quotes and backslashes.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    private static bool IsPipe(TransformSpec spec) =>
        spec.Name == "compose" && spec.Arguments.Count > 1 && spec.Arguments.All(a => a.Key is null && a.Value is TransformValue);

    private static string FormatStep(TransformSpec spec) => IsPipe(spec) ? "(" + Format(spec) + ")" : FormatCall(spec);

    private static string FormatCall(TransformSpec spec)
    {
        if (spec.Arguments.Count == 0)
        {
            return spec.Name;
        }

        var sb = new StringBuilder(spec.Name).Append('(');
        for (int i = 0; i < spec.Arguments.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            var a = spec.Arguments[i];
            if (a.Key is not null)
            {
                sb.Append(a.Key).Append('=');
            }

            sb.Append(FormatValue(a.Value));
        }

        return sb.Append(')').ToString();
    }

    /// <summary>Formats one argument value as the text syntax writes it.</summary>
    public static string FormatValue(SpecValue v) => v switch
    {
        TransformValue t => FormatStep(t.Spec),
        ListValue l => "[" + string.Join(", ", l.Items.Select(FormatValue)) + "]",
        _ => v.ToString()!,
    };

    private sealed class Parser(string text)
    {
        private int _pos;

        public bool AtEnd => _pos >= text.Length;

        public PipelineSyntaxException Error(string what) => new(text, _pos, what);

        public void SkipSpace()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
            {
                _pos++;
            }
        }

        private char Peek()
        {
            SkipSpace();
            return _pos < text.Length ? text[_pos] : '\0';
        }

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw Error($"expected '{c}'");
            }

            _pos++;
        }

        public TransformSpec ParsePipeline()
        {
            var steps = new List<TransformSpec> { ParseStep() };
            while (Peek() == '|')
            {
                _pos++;
                steps.Add(ParseStep());
            }

            return TransformSpec.Chain(steps);
        }

        private TransformSpec ParseStep()
        {
            if (Peek() == '(')
            {
                _pos++;
                var inner = ParsePipeline();
                Expect(')');
                return inner;
            }

            string name = ParseIdentifier("a transform name");
            return ParseCallRest(name);
        }

        private TransformSpec ParseCallRest(string name)
        {
            var args = new List<SpecArgument>();
            if (Peek() != '(')
            {
                return new TransformSpec(name, args);
            }

            _pos++;
            if (Peek() == ')')
            {
                _pos++;
                return new TransformSpec(name, args);
            }

            while (true)
            {
                args.Add(ParseArgument());
                char c = Peek();
                if (c == ',')
                {
                    _pos++;
                    continue;
                }

                if (c == ')')
                {
                    _pos++;
                    return new TransformSpec(name, args);
                }

                throw Error("expected ',' or ')' in the argument list of " + name);
            }
        }

        private SpecArgument ParseArgument()
        {
            int save = _pos;
            SkipSpace();
            if (_pos < text.Length && (char.IsAsciiLetter(text[_pos]) || text[_pos] == '_'))
            {
                string id = ParseIdentifier("a name");
                if (Peek() == '=')
                {
                    _pos++;
                    return new SpecArgument(id, ParseValue());
                }

                _pos = save;
            }

            // Positional arguments are child transforms, so a bare word there is a transform name.
            var value = ParseValue();
            return new SpecArgument(null, value is WordValue { Quoted: false } w ? new TransformValue(new TransformSpec(w.Text)) : value);
        }

        private SpecValue ParseValue()
        {
            char c = Peek();
            if (c == '[')
            {
                _pos++;
                var items = new List<SpecValue>();
                if (Peek() == ']')
                {
                    _pos++;
                    return new ListValue(items);
                }

                while (true)
                {
                    items.Add(ParseValue());
                    char d = Peek();
                    if (d == ',')
                    {
                        _pos++;
                        continue;
                    }

                    if (d == ']')
                    {
                        _pos++;
                        return new ListValue(items);
                    }

                    throw Error("expected ',' or ']' in a list");
                }
            }

            if (c == '(')
            {
                _pos++;
                var inner = ParsePipeline();
                Expect(')');
                return new TransformValue(inner);
            }

            if (c == '"' || c == '\'')
            {
                return new WordValue(ParseString(c), Quoted: true);
            }

            if (char.IsAsciiDigit(c) || c == '-' || c == '+' || c == '.')
            {
                double lo = ParseNumber();
                if (_pos + 1 < text.Length && text[_pos] == '.' && text[_pos + 1] == '.')
                {
                    _pos += 2;
                    double hi = ParseNumber();
                    return new RangeValue(lo, hi);
                }

                return new NumberValue(lo);
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                string word = ParseIdentifier("a value");
                if (Peek() == '(')
                {
                    return new TransformValue(ParseCallRest(word));
                }

                return new WordValue(word);
            }

            throw Error("expected a value (number, range lo..hi, [list], word, \"string\" or transform)");
        }

        private string ParseString(char quote)
        {
            _pos++;
            var sb = new StringBuilder();
            while (_pos < text.Length && text[_pos] != quote)
            {
                if (text[_pos] == '\\' && _pos + 1 < text.Length)
                {
                    _pos++;
                }

                sb.Append(text[_pos++]);
            }

            if (_pos >= text.Length)
            {
                throw Error("unterminated string");
            }

            _pos++;
            return sb.ToString();
        }

        private double ParseNumber()
        {
            SkipSpace();
            int start = _pos;
            if (_pos < text.Length && (text[_pos] == '-' || text[_pos] == '+'))
            {
                _pos++;
            }

            while (_pos < text.Length)
            {
                char c = text[_pos];
                if (char.IsAsciiDigit(c))
                {
                    _pos++;
                }
                else if (c == '.' && !(_pos + 1 < text.Length && text[_pos + 1] == '.'))
                {
                    _pos++;
                }
                else if ((c == 'e' || c == 'E') && _pos + 1 < text.Length &&
                         (char.IsAsciiDigit(text[_pos + 1]) || text[_pos + 1] == '-' || text[_pos + 1] == '+'))
                {
                    _pos += 2;
                }
                else
                {
                    break;
                }
            }

            string s = text[start.._pos];
            if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            {
                _pos = start;
                throw Error($"'{s}' is not a number");
            }

            return v;
        }

        private string ParseIdentifier(string what)
        {
            SkipSpace();
            int start = _pos;
            if (_pos < text.Length && (char.IsAsciiLetter(text[_pos]) || text[_pos] == '_'))
            {
                _pos++;
                while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] == '_'))
                {
                    _pos++;
                }
            }

            if (_pos == start)
            {
                throw Error("expected " + what);
            }

            return text[start.._pos];
        }
    }
}
