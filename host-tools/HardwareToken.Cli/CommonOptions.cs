using System.CommandLine;
using System.IO;

namespace HardwareToken.Cli;

/// <summary>Options shared by several verbs (one instance each, as dotnet-format does).</summary>
internal static class CommonOptions
{
    /// <summary>Where the secret comes from when not piped on stdin. There is deliberately no --secret option.</summary>
    public static readonly Option<FileInfo> SecretFile = new("--secret-file")
    {
        Description = "Read the secret (base32 or otpauth:// URI) from this file instead of stdin. Keep it chmod 600.",
        HelpName = "PATH",
    };

    /// <summary>Machine-readable output only.</summary>
    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print only the result, one item per line (for scripts).",
    };
}
