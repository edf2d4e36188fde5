using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using HardwareToken.Cli.Device;
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
    public static int Main(string[] args)
    {
        if (OperatingSystem.IsWindows())
        {
            // The tables and countdowns use box-drawing characters; the Windows console's legacy code page has none.
            System.Console.OutputEncoding = System.Text.Encoding.UTF8;
        }

        return Run(args, CliEnvironment.FromConsole());
    }

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
    internal static (int ExitCode, string Message, bool Trace) Translate(Exception e)
    {
        switch (e)
        {
            case CliFailure f:
                return (f.ExitCode, f.Message, false);
            case SecretFormatException or SecretInputException:
                return (ExitCodes.InputError, e.Message, false);
            case SerialPortException s:
            {
                (int code, string message) = DeviceAdvice.For(s);
                return (code, message, false);
            }

            case TokenStatusException refused:
            {
                (int code, string message) = DeviceAdvice.For(refused);
                return (code, message, false);
            }

            case TokenTimeoutException silent:
            {
                (int code, string message) = DeviceAdvice.For(silent);
                return (code, message, false);
            }

            case ProtocolException garbled:
            {
                (int code, string message) = DeviceAdvice.For(garbled);
                return (code, message, false);
            }

            case TimeoutException:
                return (ExitCodes.Timeout, e.Message, false);
            case PlatformNotSupportedException:
                return (ExitCodes.DeviceNotFound, e.Message, false);
            default:
                return (ExitCodes.Unexpected, e.Message, true);
        }
    }

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
