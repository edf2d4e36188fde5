using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using HardwareToken.Cli.Secrets;
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
        catch (CliFailure e)
        {
            return Fail(env, e.Message, e.ExitCode);
        }
        catch (SecretFormatException e)
        {
            return Fail(env, e.Message, ExitCodes.InputError);
        }
        catch (SecretInputException e)
        {
            return Fail(env, e.Message, ExitCodes.InputError);
        }
        catch (SerialPortException e)
        {
            return Fail(env, e.Message, e.Kind switch
            {
                SerialPortErrorKind.WriteTimedOut => ExitCodes.Timeout,
                SerialPortErrorKind.IoError => ExitCodes.Unexpected,
                _ => ExitCodes.DeviceNotFound,
            });
        }
        catch (TimeoutException e)
        {
            return Fail(env, e.Message, ExitCodes.Timeout);
        }
        catch (PlatformNotSupportedException e)
        {
            return Fail(env, e.Message, ExitCodes.DeviceNotFound);
        }
        catch (Exception e)
        {
            env.Error.WriteLine("hwtoken: unexpected error (a bug; please report it with the trace below):");
            env.Error.WriteLine(e.ToString());
            return ExitCodes.Unexpected;
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
