using HardwareToken.Core.Screens;
using HardwareToken.Core.Time;

namespace HardwareToken.Core.App
{
    /// <summary>
    /// The words of the clock screens: the info screen (UTC now, last sync, drift trim) and why the token asks for
    /// the time. Composed into <see cref="TextLine"/>s, so nothing is allocated per redraw.
    /// </summary>
    public static class ClockInfoText
    {
        /// <summary>Fills the info screen's title and three lines for <paramref name="now"/> (uptime ms).</summary>
        public static void Compose(ClockService clock, long now, TextLine title, TextLine line1, TextLine line2, TextLine line3)
        {
            title.Clear().Append("CLOCK (UTC)");
            if (clock.State == ClockState.Ok)
            {
                UtcFormat.AppendDateTime(line1.Clear(), clock.NowUnixSeconds(now));
            }
            else
            {
                line1.Clear().Append(SetTimeReason(clock.State));
            }

            if (clock.LastSyncUnixSeconds > 0)
            {
                UtcFormat.AppendDate(line2.Clear().Append("synced "), clock.LastSyncUnixSeconds);
            }
            else
            {
                line2.Clear().Append("never synced");
            }

            int ppb = clock.DriftPartsPerBillion;
            line3.Clear().Append("trim ");
            if (ppb < 0)
            {
                line3.Append('-');
                ppb = -ppb;
            }
            else
            {
                line3.Append('+');
            }

            line3.AppendNumber(ppb / 1000, 1).Append('.').AppendNumber((ppb % 1000) / 100, 1).Append(" ppm");
        }

        /// <summary>Why the clock cannot be used, in a few words for the "set time" screen.</summary>
        public static string SetTimeReason(ClockState state)
        {
            switch (state)
            {
                case ClockState.Halted:
                    return "clock stopped";
                case ClockState.Unreadable:
                    return "clock not found";
                case ClockState.NotSet:
                    return "clock not set";
                default:
                    return "clock invalid";
            }
        }
    }
}
