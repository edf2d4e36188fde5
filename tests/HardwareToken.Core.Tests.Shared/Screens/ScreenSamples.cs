using HardwareToken.Core.Screens;

namespace HardwareToken.Core.Tests.Screens
{
    /// <summary>
    /// The fixed inputs of every screen snapshot, in one place: the snapshot tests compare these renders with
    /// the art in Snapshots/, and the desktop allocation test renders each of them 1000 times.
    /// </summary>
    /// <remarks>
    /// Uses only the core (no test framework), so a scratch program can link this file to regenerate the
    /// snapshots. The TextLine buffers are shared static state: render samples from one thread at a time.
    /// </remarks>
    public static class ScreenSamples
    {
        /// <summary>Snapshot names, index-aligned with <see cref="Render"/>.</summary>
        public static readonly string[] Names = new string[]
        {
            "CodeSixDigits",
            "CodeRollingSoon",
            "CodeClockWarning",
            "CodeEightDigits",
            "ConfirmWriteSlot",
            "ConfirmSetTime",
            "NoAccounts",
            "SetTime",
            "Error",
            "Message",
            "SmallFontSheet",
            "CodeFontWideSheet",
            "CodeFontNarrowSheet",
        };

        /// <summary>Old clock reading of the set-time confirmation: 2025-06-01 12:00:03 UTC.</summary>
        public const long OldTime = 1748779203;

        /// <summary>New time of the set-time confirmation, 42 seconds later.</summary>
        public const long NewTime = OldTime + 42;

        private static readonly TextLine Title = new TextLine(21);
        private static readonly TextLine Line1 = new TextLine(21);
        private static readonly TextLine Line2 = new TextLine(21);
        private static readonly TextLine Line3 = new TextLine(21);

        /// <summary>Renders sample <paramref name="index"/> (see <see cref="Names"/>) into the renderer's frame.</summary>
        public static void Render(int index, ScreenRenderer renderer)
        {
            switch (index)
            {
                case 0:
                    renderer.RenderCode("AWS root", 1, 3, 123456, 6, 17, 30, false, false);
                    break;
                case 1:
                    renderer.RenderCode("AWS root", 1, 3, 51789, 6, 4, 30, true, false);
                    break;
                case 2:
                    renderer.RenderCode("aws-prod-root-account", 3, 3, 902634, 6, 22, 30, false, true);
                    break;
                case 3:
                    renderer.RenderCode("GitHub", 10, 10, 90123456, 8, 9, 30, false, false);
                    break;
                case 4:
                    renderer.RenderConfirm("WRITE SLOT 3", "AWS root", "6 digits, every 30 s", null, 27, 30);
                    break;
                case 5:
                    Title.Clear().Append("SET TIME");
                    UtcFormat.AppendDateTime(Line1.Clear(), OldTime);
                    UtcFormat.AppendDateTime(Line2.Clear(), NewTime);
                    UtcFormat.AppendDuration(Line3.Clear().Append("JUMP "), NewTime - OldTime);
                    renderer.RenderConfirm(Title, Line1, Line2, Line3, 30, 30);
                    break;
                case 6:
                    renderer.RenderNoAccounts();
                    break;
                case 7:
                    renderer.RenderSetTime("clock stopped");
                    break;
                case 8:
                    renderer.RenderError("STORAGE ERROR", "slot table corrupt", 17);
                    break;
                case 9:
                    renderer.RenderMessage("SAVED", "slot 3 written");
                    break;
                case 10:
                    DrawSmallFontSheet(renderer.Canvas);
                    break;
                case 11:
                    DrawCodeFontSheet(renderer.Canvas, CodeFont.Wide);
                    break;
                case 12:
                    DrawCodeFontSheet(renderer.Canvas, CodeFont.Narrow);
                    break;
                default:
                    throw new System.ArgumentOutOfRangeException("index");
            }
        }

        /// <summary>All 95 printable characters, 21 per row, rows 10 pixels apart.</summary>
        public static void DrawSmallFontSheet(FrameCanvas canvas)
        {
            canvas.Clear();
            for (int c = SmallFont.First; c <= SmallFont.Last; c++)
            {
                int i = c - SmallFont.First;
                canvas.DrawChar((i % 21) * SmallFont.Advance, (i / 21) * 10, (char)c, true);
            }
        }

        /// <summary>Digits 0-4 on the top half and 5-9 on the bottom half, ungrouped.</summary>
        public static void DrawCodeFontSheet(FrameCanvas canvas, CodeFont font)
        {
            canvas.Clear();
            canvas.DrawCode(0, 2, 1234, 5, false, font);
            canvas.DrawCode(0, 34, 56789, 5, false, font);
        }
    }
}
