using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace HardwareToken.Cli.Tests.Fakes;

/// <summary>
/// Standard error for an in-process run: keeps everything written and, for every completed line that contains
/// a watched phrase, calls its action (on the writing thread). This is how tests "see" a prompt and press the
/// token's button, as a person (or the end-to-end tests) would.
/// </summary>
internal sealed class WatchingWriter : TextWriter
{
    private readonly object gate = new();
    private readonly StringBuilder all = new();
    private readonly StringBuilder line = new();
    private readonly List<(string Phrase, Action<string> Action)> watches = [];

    public override Encoding Encoding => Encoding.UTF8;

    public WatchingWriter()
    {
        CoreNewLine = ['\n'];
    }

    /// <summary>Runs <paramref name="action"/> for every line containing <paramref name="phrase"/>.</summary>
    public void Watch(string phrase, Action<string> action)
    {
        lock (gate)
        {
            watches.Add((phrase, action));
        }
    }

    public override void Write(char value)
    {
        string? completed = null;
        List<(string Phrase, Action<string> Action)> snapshot;
        lock (gate)
        {
            all.Append(value);
            if (value == '\n')
            {
                completed = line.ToString();
                line.Clear();
            }
            else
            {
                line.Append(value);
            }

            snapshot = [.. watches];
        }

        if (completed is null)
        {
            return;
        }

        foreach ((string phrase, Action<string> action) in snapshot)
        {
            if (completed.Contains(phrase, StringComparison.Ordinal))
            {
                action(completed);
            }
        }
    }

    public override string ToString()
    {
        lock (gate)
        {
            return all.ToString();
        }
    }
}
