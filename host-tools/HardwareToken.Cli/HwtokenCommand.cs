using System.CommandLine;
using HardwareToken.Cli.Commands;

namespace HardwareToken.Cli;

/// <summary>The root command with every verb.</summary>
internal static class HwtokenCommand
{
    public static RootCommand Create(CliEnvironment env)
    {
        var root = new RootCommand(
            "hwtoken: provision and check a HardwareToken, a hardware TOTP token for an AWS root account.\n"
            + "Secrets are read from stdin or --secret-file, never from arguments.");
        root.Subcommands.Add(CodeCommand.Create(env));
        root.Subcommands.Add(PortsCommand.Create(env));
        return root;
    }
}
