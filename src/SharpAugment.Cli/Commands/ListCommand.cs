using System.ComponentModel;
using System.Globalization;
using SharpAugment.Pipelines;
using Spectre.Console.Cli;

namespace SharpAugment.Cli.Commands;

/// <summary><c>sharpaugment list</c>: every registered transform with its parameters.</summary>
public sealed class ListCommand : Command<ListCommand.Settings>
{
    /// <summary>Options of <c>list</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Print Markdown (for the README) instead of plain text.</summary>
        [CommandOption("--markdown")]
        [Description("Print a Markdown table (used to generate README's transform list).")]
        public bool Markdown { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Console.Out.Write(Render(Registries.CreateFull(), settings.Markdown));
        return 0;
    }

    /// <summary>The listing as text or Markdown.</summary>
    public static string Render(TransformRegistry registry, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var sb = new System.Text.StringBuilder();
        string? group = null;
        foreach (var d in registry.Descriptors)
        {
            if (d.Group != group)
            {
                group = d.Group;
                sb.AppendLine(markdown ? $"\n### {group}\n\n| transform | parameters | what it does |\n|---|---|---|" : $"\n== {group} ==");
            }

            var ps = d.Schema.Parameters.Select(p =>
            {
                string def = p.DefaultText;
                string range = p.RangeDescription.Length > 0 ? " " + p.RangeDescription : string.Empty;
                return $"{p.Name}: {p.TypeDescription}{range} = {def}";
            }).ToArray();
            if (markdown)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| `{d.Name}` | {string.Join("<br>", ps.Select(p => "`" + p.Replace("|", "\\|", StringComparison.Ordinal) + "`"))} | {d.Summary} |");
            }
            else
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"{d.Name}  ({(d.TargetType?.Name ?? "any")}) - {d.Summary}");
                foreach (var p in ps)
                {
                    sb.AppendLine("    " + p);
                }
            }
        }

        return sb.ToString();
    }
}
