using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using HardwareToken.Cli.Secrets;
using HardwareToken.Protocol;
using HardwareToken.Transport;

namespace HardwareToken.Cli;

/// <summary>
/// Entry point. Parses, runs the verb, and is the one place that turns typed failures into a message on
/// standard error and an exit code (<see cref="ExitCodes"/>); only unexpected exceptions print a stack trace.
/// </summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, CliEnvironment.FromConsole());

    /// <summary>Runs hwtoken with <paramref name="args"/> against <paramref name="env"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliEnvironment env)
    {
        try
        {
            RootCommand root = HwtokenCommand.Create(env);

            // No response files: "@file" must not silently turn a file's contents into arguments.
            var parserConfiguration = new ParserConfiguration { ResponseFileTokenReplacer = null };
            ParseResult parse = root.Parse(args, parserConfiguration);
            if (ArgvSecretGuard.Refusal(parse) is string refusal)
            {
                return Fail(env, refusal, ExitCodes.UsageError);
            }

            if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
            {
                foreach (ParseError error in parse.Errors)
                {
                    env.Error.WriteLine("hwtoken: " + error.Message);
                }

                env.Error.WriteLine($"run `{Usage(parse)} --help` for usage");
                return ExitCodes.UsageError;
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = env.Out,
                Error = env.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e)
        {
            (int exitCode, string message, bool trace) = Translate(e);
            if (trace)
            {
                env.Error.WriteLine("hwtoken: unexpected error (a bug; please report it with the trace below):");
                env.Error.WriteLine(e.ToString());
                return exitCode;
            }

            return Fail(env, message, exitCode);
        }
    }

    /// <summary>
    /// The one mapping from failures to exit codes and messages. Typed failures print their message alone;
    /// anything else is unexpected and gets a stack trace.
    /// </summary>
    internal static (int ExitCode, string Message, bool Trace) Translate(Exception e) => e switch
    {
        CliFailure f => (f.ExitCode, f.Message, false),
        SecretFormatException or SecretInputException => (ExitCodes.InputError, e.Message, false),
        SerialPortException s => (s.Kind switch
        {
            SerialPortErrorKind.WriteTimedOut => ExitCodes.Timeout,
            SerialPortErrorKind.IoError => ExitCodes.Unexpected,
            _ => ExitCodes.DeviceNotFound,
        }, s.Message, false),
        TokenStatusException => (ExitCodes.DeviceRefused, e.Message, false),
        TokenTimeoutException => (ExitCodes.Timeout, e.Message, false),
        ProtocolException => (ExitCodes.DeviceNotFound, e.Message + "; is this port the token? (run `hwtoken ports`)", false),
        TimeoutException => (ExitCodes.Timeout, e.Message, false),
        PlatformNotSupportedException => (ExitCodes.DeviceNotFound, e.Message, false),
        _ => (ExitCodes.Unexpected, e.Message, true),
    };

    private static int Fail(CliEnvironment env, string message, int exitCode)
    {
        env.Error.WriteLine("hwtoken: error: " + message);
        return exitCode;
    }

    private static string Usage(ParseResult parse)
    {
        string name = parse.CommandResult.Command.Name;
        return parse.CommandResult.Command is RootCommand ? "hwtoken" : "hwtoken " + name;
    }
}
