using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using HardwareToken.Core.Screens;
using HardwareToken.Emulator.Adapters;
using HardwareToken.Emulator.Rendering;
using HardwareToken.Emulator.Runtime;

namespace HardwareToken.Emulator.Interactive;

/// <summary>
/// Draws the emulated token in the terminal: a header with the serial port, the panel in half blocks inside a
/// border (130 x 34 cells), the status line and the key help.
/// </summary>
/// <remarks>
/// <see cref="Refresh"/> runs on the loop thread after every step and writes only when the picture or the
/// status text changed: cursor home, every line overwritten in place and cleared to its end, so there is no
/// flicker and no scrolling. <see cref="Compose"/> is the pure part (tested).
/// </remarks>
internal sealed class TerminalView
{
    /// <summary>Shown, dim, in the middle of the panel while it is off.</summary>
    public const string OffMessage = "(display off — press space to wake)";

    private const string Cyan = "\u001b[96m";
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    private readonly TokenRunner _runner;
    private readonly TextWriter _terminal;
    private readonly string _serialPath;
    private readonly byte[] _visible = new byte[FrameLayout.Size];
    private int _drawnVersion = -1;
    private string? _drawnStatus;

    public TerminalView(TokenRunner runner, TextWriter terminal, string serialPath)
    {
        _runner = runner;
        _terminal = terminal;
        _serialPath = serialPath;
    }

    /// <summary>Clears the screen and hides the cursor.</summary>
    public void Open() => _terminal.Write("\u001b[?25l\u001b[2J\u001b[H");

    /// <summary>Shows the cursor again below the view.</summary>
    public void Close()
    {
        _terminal.Write(Reset + "\u001b[?25h\n");
        _terminal.Flush();
    }

    /// <summary>Redraws when something changed. Loop thread only.</summary>
    public void Refresh()
    {
        TerminalDisplay display = _runner.Platform.Screen;
        int version = display.Version;
        string status = StatusLine.Format(TokenSnapshot.Capture(_runner.App, _runner.Platform.Sleeper.SleepCount));
        if (version == _drawnVersion && status == _drawnStatus)
        {
            return;
        }

        bool on = display.CopyVisible(_visible);
        var text = new StringBuilder(16 * 1024);
        text.Append("\u001b[H");
        foreach (string line in Compose(_visible, on, status, _serialPath, color: true))
        {
            text.Append(line).Append("\u001b[K\n");
        }

        text.Append("\u001b[J");
        _terminal.Write(text.ToString());
        _terminal.Flush();
        _drawnVersion = version;
        _drawnStatus = status;
    }

    /// <summary>The lines of the view (ANSI colours only when <paramref name="color"/>).</summary>
    public static IReadOnlyList<string> Compose(byte[] visibleFrame, bool on, string status, string serialPath, bool color)
    {
        var lines = new List<string>(HalfBlockRenderer.Rows + 6)
        {
            "hwtoken-emulator — serial port: " + serialPath,
            "provision it from another terminal: hwtoken provision --port " + serialPath,
            "┌" + new string('─', FrameLayout.Width) + "┐",
        };
        string pixelsOn = color ? Cyan : string.Empty;
        string dimOn = color ? Dim : string.Empty;
        string off = color ? Reset : string.Empty;
        string[] rows = HalfBlockRenderer.Render(visibleFrame);
        for (int r = 0; r < rows.Length; r++)
        {
            string inside = rows[r];
            if (!on && r == rows.Length / 2)
            {
                int pad = (FrameLayout.Width - OffMessage.Length) / 2;
                inside = new string(' ', pad) + dimOn + OffMessage + off + new string(' ', FrameLayout.Width - pad - OffMessage.Length);
            }
            else if (on)
            {
                inside = pixelsOn + inside + off;
            }

            lines.Add("│" + inside + "│");
        }

        lines.Add("└" + new string('─', FrameLayout.Width) + "┘");
        lines.Add(status);
        lines.Add(dimOn + StatusLine.KeyHelp + off);
        return lines;
    }
}
