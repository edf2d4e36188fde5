namespace HardwareToken.Cli;

/// <summary>What a helper program did: its exit code and standard output (standard error is not kept).</summary>
public sealed record ToolResult(int ExitCode, string Output);
