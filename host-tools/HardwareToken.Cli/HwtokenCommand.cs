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
            + "Secrets are read from stdin, --secret-file or --qr, never from arguments. Slots are numbered 1 to 8, as on the token.");
        root.Subcommands.Add(EnrollCommand.Create(env));
        root.Subcommands.Add(ProvisionCommand.Create(env));
        root.Subcommands.Add(StatusCommand.Create(env));
        root.Subcommands.Add(SyncTimeCommand.Create(env));
        root.Subcommands.Add(WipeCommand.Create(env));
        root.Subcommands.Add(CodeCommand.Create(env));
        root.Subcommands.Add(PortsCommand.Create(env));
        return root;
    }
}
