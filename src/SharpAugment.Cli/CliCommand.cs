using System.Reflection;
using Spectre.Console.Cli;

namespace SharpAugment.Cli;

/// <summary>One entry of the command table: its name, description and settings type, so registration, help tests and "did you mean" all read one list.</summary>
public sealed class CliCommand
{
    private readonly Action<IConfigurator> _register;

    private CliCommand(string name, string description, Type settingsType, Action<IConfigurator> register)
    {
        Name = name;
        Description = description;
        SettingsType = settingsType;
        _register = register;
    }

    /// <summary>The command's name on the command line; a command inside a branch has both words ("demo overfitting").</summary>
    public string Name { get; }

    /// <summary>The one-line description shown by <c>--help</c>.</summary>
    public string Description { get; }

    /// <summary>The command's settings class, whose options are suggested when an option is misspelled.</summary>
    public Type SettingsType { get; }

    /// <summary>An entry for <typeparamref name="TCommand"/>, whose settings type is read from its base class.</summary>
    public static CliCommand Of<TCommand>(string name, string description)
        where TCommand : class, ICommand
    {
        return new CliCommand(name, description, SettingsOrThrow(typeof(TCommand)), c => c.AddCommand<TCommand>(name).WithDescription(description));
    }

    /// <summary>An entry for <typeparamref name="TCommand"/> as <c>BRANCH NAME</c> (one command per branch: Spectre cannot add to a branch twice).</summary>
    public static CliCommand InBranch<TCommand>(string branch, string branchDescription, string name, string description)
        where TCommand : class, ICommand, ICommandLimiter<CommandSettings>
    {
        return new CliCommand(branch + " " + name, description, SettingsOrThrow(typeof(TCommand)), c => c.AddBranch(branch, b =>
        {
            b.SetDescription(branchDescription);
            b.AddCommand<TCommand>(name).WithDescription(description);
        }));
    }

    /// <summary>Adds the command to a Spectre configuration.</summary>
    public void Register(IConfigurator configurator) => _register(configurator);

    /// <summary>Every long option name of the command, without dashes (short names are too short to suggest from).</summary>
    public IReadOnlyList<string> OptionNames() =>
        [.. SettingsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .OfType<CommandOptionAttribute>()
            .SelectMany(a => a.LongNames)];

    private static Type SettingsOrThrow(Type command) => SettingsOf(command)
        ?? throw new ArgumentException($"{command.Name} does not derive from a Command<TSettings>.", nameof(command));

    private static Type? SettingsOf(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericArguments() is [var settings] && typeof(CommandSettings).IsAssignableFrom(settings))
            {
                return settings;
            }
        }

        return null;
    }
}
