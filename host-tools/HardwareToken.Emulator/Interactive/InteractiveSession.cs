using System;
using System.Threading;
using HardwareToken.Emulator.Runtime;

namespace HardwareToken.Emulator.Interactive;

/// <summary>
/// Interactive mode: the panel drawn live in the terminal and the keyboard as the button.
/// Keys: space or Enter = short press (held 100 ms), <c>l</c> = long press (held 1.6 s), <c>q</c> or Ctrl-C = quit.
/// </summary>
/// <remarks>
/// A background thread reads keys and posts presses to the run loop (<see cref="TokenRunner.Post"/>), which
/// queues the button edges with monotonic timestamps; the loop thread does all drawing.
/// </remarks>
internal sealed class InteractiveSession
{
    private readonly TokenRunner _runner;
    private readonly TerminalView _view;

    public InteractiveSession(TokenRunner runner, string serialPath)
    {
        _runner = runner;
        _view = new TerminalView(runner, Console.Out, serialPath);
    }

    /// <summary>True when stdin and stdout are a terminal (interactive mode needs both).</summary>
    public static bool HasTerminal => !Console.IsInputRedirected && !Console.IsOutputRedirected;

    /// <summary>Runs until q, Ctrl-C or a stop signal.</summary>
    public void Run()
    {
        Console.TreatControlCAsInput = true;
        _view.Open();
        _runner.Stepped += _view.Refresh;
        var keys = new Thread(ReadKeys) { IsBackground = true, Name = "keyboard" };
        keys.Start();
        try
        {
            _runner.Run();
        }
        finally
        {
            _runner.Stepped -= _view.Refresh;
            _view.Close();
            Console.TreatControlCAsInput = false;
        }
    }

    private void ReadKeys()
    {
        while (true)
        {
            ConsoleKeyInfo key = Console.ReadKey(intercept: true);
            bool control = (key.Modifiers & ConsoleModifiers.Control) != 0;
            if (key.KeyChar is 'q' or 'Q' or '\u0003' || (control && key.Key == ConsoleKey.C))
            {
                _runner.Stop();
                return;
            }

            if (key.Key is ConsoleKey.Spacebar or ConsoleKey.Enter)
            {
                _runner.Post(() => _runner.PressButton(TokenRunner.ShortPressMilliseconds, null));
            }
            else if (key.KeyChar is 'l' or 'L')
            {
                _runner.Post(() => _runner.PressButton(TokenRunner.LongPressMilliseconds, null));
            }
        }
    }
}
