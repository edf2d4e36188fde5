using System.Globalization;
using System.Text;
using HardwareToken.Emulator.Runtime;

namespace HardwareToken.Emulator.Headless;

/// <summary>
/// The headless <c>state</c> reply: one line of space-separated <c>key=value</c> pairs, in this order:
/// <c>screen slot label code left utc awake clock accounts sleeps stage wake</c>, e.g.
/// <c>screen=Code slot=0 label=AWS code=123456 left=17 utc=1795000000 awake=true clock=Ok accounts=1 sleeps=0 stage=Awake wake=Boot</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>screen</c>: the core's <c>ScreenKind</c> name (Off, Code, NoAccounts, SetTime, Confirm, Message, Info, Error).</item>
/// <item><c>slot</c>: the current slot, 0-based; <c>-</c> when there is none.</item>
/// <item><c>label</c>, <c>code</c>, <c>left</c>: only on the code screen, otherwise <c>-</c>. The code is
/// zero-padded to the account's digits and is the one for <c>utc</c>.</item>
/// <item><c>utc</c>: the token's corrected UTC in Unix seconds; <c>-</c> when its clock is not usable.</item>
/// <item><c>stage</c>: the sleep policy's stage (Awake, LightSleep, DeepSleep); <c>wake</c>: how the token last
/// woke (Boot, Button, Serial). In LightSleep serial bytes wake the token (the bytes that woke it are lost, as on the
/// ESP32: resend); in DeepSleep they are dropped until a press.</item>
/// <item><c>label</c> is percent-encoded so that it is one token: space is <c>%20</c>, <c>%</c> is <c>%25</c>,
/// and a label that is exactly <c>-</c> is <c>%2D</c>; every other character (labels are printable ASCII)
/// stands for itself. Any URL percent-decoder restores it.</item>
/// </list>
/// </remarks>
internal static class StateLine
{
    /// <summary>What a field without a value prints.</summary>
    public const string None = "-";

    public static string Format(TokenSnapshot s)
    {
        var line = new StringBuilder(96);
        Add(line, "screen", s.Screen.ToString());
        Add(line, "slot", s.Slot >= 0 ? Number(s.Slot) : None);
        Add(line, "label", s.Label is null ? None : EscapeLabel(s.Label));
        Add(line, "code", s.Code ?? None);
        Add(line, "left", s.SecondsLeft is int left ? Number(left) : None);
        Add(line, "utc", s.DeviceUtc is long utc ? utc.ToString(CultureInfo.InvariantCulture) : None);
        Add(line, "awake", s.Awake ? "true" : "false");
        Add(line, "clock", s.Clock.ToString());
        Add(line, "accounts", Number(s.Accounts));
        Add(line, "sleeps", Number(s.Sleeps));
        Add(line, "stage", s.Stage.ToString());
        Add(line, "wake", s.Wake.ToString());
        return line.ToString();
    }

    /// <summary>Percent-encodes space and '%', and a lone '-', so the label is one unambiguous token.</summary>
    public static string EscapeLabel(string label)
    {
        if (label == None)
        {
            return "%2D";
        }

        var escaped = new StringBuilder(label.Length + 8);
        foreach (char c in label)
        {
            if (c == ' ')
            {
                escaped.Append("%20");
            }
            else if (c == '%')
            {
                escaped.Append("%25");
            }
            else if (c < 0x20 || c > 0x7E)
            {
                // Cannot happen with the core's label rules; kept so the line stays one token whatever it holds.
                foreach (byte b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    escaped.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static void Add(StringBuilder line, string key, string value)
    {
        if (line.Length > 0)
        {
            line.Append(' ');
        }

        line.Append(key).Append('=').Append(value);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
