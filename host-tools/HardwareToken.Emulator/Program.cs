using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using HardwareToken.Transport;

namespace HardwareToken.Emulator;

/// <summary>Entry point: parse, run, and turn failures into a message on stderr and an <see cref="ExitCodes"/> value.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        TextWriter log = Console.Error;
        try
        {
            RootCommand root = EmulatorCommand.Create(options => EmulatorHost.Run(options, Console.In, Console.Out, log));
            ParseResult parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
            {
                foreach (ParseError error in parse.Errors)
                {
                    log.WriteLine("hwtoken-emulator: " + error.Message);
                }

                log.WriteLine("run `hwtoken-emulator --help` for usage");
                return ExitCodes.UsageError;
            }

            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SerialPortException or PlatformNotSupportedException)
        {
            log.WriteLine("hwtoken-emulator: error: " + e.Message);
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            log.WriteLine("hwtoken-emulator: unexpected error (a bug; please report it with the trace below):");
            log.WriteLine(e.ToString());
            return ExitCodes.Failure;
        }
    }
}
