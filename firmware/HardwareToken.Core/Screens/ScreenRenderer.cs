namespace HardwareToken.Core.Screens
{
    /// <summary>
    /// Draws the token's screens into one preallocated 1024-byte SSD1306 frame (<see cref="Frame"/>), ready for
    /// <see cref="HardwareToken.Core.Ports.IDisplay.Show"/>. docs/screens.md shows the layout of every screen.
    /// </summary>
    /// <remarks>
    /// Contract: every Render method clears and fully redraws the frame from its arguments alone (no state is
    /// carried between calls), so the same arguments always give the same bytes. Rendering allocates nothing:
    /// numbers are composed in a preallocated <see cref="TextLine"/>. Null or empty strings draw nothing; text
    /// too long for its place is clipped (labels are cut to whole characters). Not thread-safe.
    /// </remarks>
    public sealed class ScreenRenderer
    {
        // Code screen (see docs/screens.md).
        private const int HeaderTextY = 1;
        private const int HeaderRuleY = 10;
        private const int CodeY = 15;
        private const int StatusY = 46;
        private const int BarY = 56;
        private const int BarHeight = 8;
        private const int WarningBoxWidth = 7;
        private const int WarningBoxHeight = 9;
        private const int HeaderGap = 3;

        // Titled screens (confirm, no accounts, set time, error).
        private const int TitleBarHeight = 9;
        private const int LinePitch = 9;
        private const int ConfirmDetailY = 11;
        private const int ConfirmPromptY = 38;
        private const int ConfirmCountdownReserve = 21;

        private const string RollingTag = "NEW CODE IN";
        private const string ClockWarningText = "CHECK CLOCK";

        private readonly byte[] _frame = new byte[FrameLayout.Size];
        private readonly FrameCanvas _canvas;
        private readonly TextLine _scratch = new TextLine(24);

        /// <summary>Creates the renderer and its frame (all pixels off).</summary>
        public ScreenRenderer()
        {
            _canvas = new FrameCanvas(_frame);
        }

        /// <summary>The frame every Render method draws into; the same array for the renderer's lifetime.</summary>
        public byte[] Frame
        {
            get { return _frame; }
        }

        /// <summary>The canvas over <see cref="Frame"/>, for screens not covered here.</summary>
        public FrameCanvas Canvas
        {
            get { return _canvas; }
        }

        /// <summary>
        /// The code screen. Header: <paramref name="label"/> at the left, "n/m" (<paramref name="slotNumber"/>
        /// of <paramref name="slotCount"/>, 1-based) at the right, and an inverted "!" box before it when
        /// <paramref name="clockWarning"/>. Middle: the code, grouped 3+3 (4+4 for 8 digits). Status line: the
        /// seconds left ("17s") at the right; at the left an inverted "NEW CODE IN" tag when
        /// <paramref name="rollingSoon"/>, otherwise "CHECK CLOCK" when <paramref name="clockWarning"/>. Bottom: a
        /// full-width bar whose fill shrinks with <paramref name="secondsLeft"/> out of <paramref name="period"/>;
        /// when rolling soon the fill blinks (drawn on even seconds, hollow on odd ones). <paramref name="digits"/>
        /// is 6 to 8 for real codes (1 to 9 are drawn; a code wider than the frame is clipped); secondsLeft is
        /// clamped to 0..period.
        /// </summary>
        public void RenderCode(string label, int slotNumber, int slotCount, int code, int digits,
            int secondsLeft, int period, bool rollingSoon, bool clockWarning)
        {
            _canvas.Clear();

            // Header: "n/m" right-aligned, the warning box before it, the label in what is left.
            _scratch.Clear().AppendNumber(slotNumber, 1).Append('/').AppendNumber(slotCount, 1);
            int slotX = FrameLayout.Width - FrameCanvas.MeasureText(_scratch);
            _canvas.DrawText(slotX, HeaderTextY, _scratch, true);
            int labelLimit = slotX - HeaderGap;
            if (clockWarning)
            {
                int boxX = labelLimit - WarningBoxWidth;
                DrawWarningBox(boxX, 0);
                labelLimit = boxX - HeaderGap;
            }

            _canvas.DrawTextFitted(0, HeaderTextY, label, labelLimit, true);
            _canvas.DrawHorizontalLine(0, HeaderRuleY, FrameLayout.Width, true);

            _canvas.DrawCodeCentered(CodeY, code, digits, true);

            // Status line.
            int seconds = Clamp(secondsLeft, 0, period < 1 ? 1 : period);
            if (rollingSoon)
            {
                DrawTag(0, StatusY, RollingTag);
            }
            else if (clockWarning)
            {
                _canvas.DrawText(0, StatusY, ClockWarningText, true);
            }

            _scratch.Clear().AppendNumber(seconds, 1).Append('s');
            _canvas.DrawTextRight(StatusY, _scratch, true);

            bool showFill = !rollingSoon || (seconds & 1) == 0;
            DrawBar(0, BarY, FrameLayout.Width, BarHeight, seconds, period, showFill);
        }

        /// <summary>
        /// The confirmation screen: <paramref name="title"/> in an inverted bar, up to three centred detail lines
        /// (null or empty lines stay blank), "PRESS BUTTON" / "TO CONFIRM", and at the bottom a bar plus
        /// "27s" counting <paramref name="secondsLeft"/> out of <paramref name="totalSeconds"/>.
        /// </summary>
        public void RenderConfirm(string title, string line1, string line2, string line3, int secondsLeft, int totalSeconds)
        {
            _canvas.Clear();
            DrawTitleBar(title);
            _canvas.DrawTextCentered(ConfirmDetailY, line1, true);
            _canvas.DrawTextCentered(ConfirmDetailY + LinePitch, line2, true);
            _canvas.DrawTextCentered(ConfirmDetailY + (2 * LinePitch), line3, true);
            DrawConfirmFooter(secondsLeft, totalSeconds);
        }

        /// <summary>
        /// The confirmation screen with text composed in <see cref="TextLine"/>s (no string allocation per
        /// request); otherwise identical to the string overload. Null lines stay blank.
        /// </summary>
        public void RenderConfirm(TextLine title, TextLine line1, TextLine line2, TextLine line3, int secondsLeft, int totalSeconds)
        {
            _canvas.Clear();
            DrawTitleBar(title);
            _canvas.DrawTextCentered(ConfirmDetailY, line1, true);
            _canvas.DrawTextCentered(ConfirmDetailY + LinePitch, line2, true);
            _canvas.DrawTextCentered(ConfirmDetailY + (2 * LinePitch), line3, true);
            DrawConfirmFooter(secondsLeft, totalSeconds);
        }

        /// <summary>
        /// The clock information screen (a long press on the code screen): <paramref name="title"/> in an
        /// inverted bar, three centred detail lines (UTC now, last sync, drift trim) and a hint at the bottom.
        /// </summary>
        public void RenderInfo(TextLine title, TextLine line1, TextLine line2, TextLine line3)
        {
            _canvas.Clear();
            DrawTitleBar(title);
            _canvas.DrawTextCentered(ConfirmDetailY, line1, true);
            _canvas.DrawTextCentered(ConfirmDetailY + LinePitch, line2, true);
            _canvas.DrawTextCentered(ConfirmDetailY + (2 * LinePitch), line3, true);
            _canvas.DrawTextCentered(54, "press to go back", true);
        }

        /// <summary>The screen shown when no slot holds an account: "NO ACCOUNTS" and how to provision one.</summary>
        public void RenderNoAccounts()
        {
            _canvas.Clear();
            DrawTitleBar("NO ACCOUNTS");
            _canvas.DrawTextCentered(16, "Connect USB and", true);
            _canvas.DrawTextCentered(25, "provision with", true);
            _canvas.DrawTextCentered(38, "hwtoken", 2, true);
        }

        /// <summary>
        /// The screen shown when the clock cannot be trusted: "SET TIME", the <paramref name="reason"/>
        /// (e.g. "clock stopped", "clock not set", "clock invalid"), that no codes are shown, and the command
        /// that fixes it.
        /// </summary>
        public void RenderSetTime(string reason)
        {
            _canvas.Clear();
            DrawTitleBar("SET TIME");
            _canvas.DrawTextCentered(16, reason, true);
            _canvas.DrawTextCentered(28, "No codes until set.", true);
            _canvas.DrawTextCentered(44, "Run on a computer:", true);
            _canvas.DrawTextCentered(54, "hwtoken sync-time", true);
        }

        /// <summary>
        /// An error screen: <paramref name="title"/> in an inverted bar, a centred <paramref name="detail"/>
        /// line, and "ERROR CODE n" with <paramref name="errorCode"/> in a box.
        /// </summary>
        public void RenderError(string title, string detail, int errorCode)
        {
            _canvas.Clear();
            DrawTitleBar(title);
            _canvas.DrawTextCentered(19, detail, true);
            _scratch.Clear().Append("ERROR CODE ").AppendNumber(errorCode, 1);
            int width = FrameCanvas.MeasureText(_scratch);
            int x = (FrameLayout.Width - width) / 2;
            _canvas.DrawRectangle(x - 4, 36, width + 8, 14, true);
            _canvas.DrawText(x, 39, _scratch, true);
        }

        /// <summary>
        /// A short message such as "SAVED", "CANCELLED", "TIMED OUT" or "WIPED" drawn at double size (normal
        /// size if it would not fit), with an optional smaller second line below.
        /// </summary>
        public void RenderMessage(string message, string line2)
        {
            _canvas.Clear();
            int scale = FrameCanvas.MeasureText(message, 2) <= FrameLayout.Width ? 2 : 1;
            _canvas.DrawTextCentered(scale == 2 ? 14 : 20, message, scale, true);
            _canvas.DrawTextCentered(40, line2, true);
        }

        private void DrawTitleBar(string title)
        {
            _canvas.FillRectangle(0, 0, FrameLayout.Width, TitleBarHeight, true);
            _canvas.DrawTextCentered(1, title, false);
        }

        private void DrawTitleBar(TextLine title)
        {
            _canvas.FillRectangle(0, 0, FrameLayout.Width, TitleBarHeight, true);
            _canvas.DrawTextCentered(1, title, false);
        }

        private void DrawConfirmFooter(int secondsLeft, int totalSeconds)
        {
            _canvas.DrawTextCentered(ConfirmPromptY, "PRESS BUTTON", true);
            _canvas.DrawTextCentered(ConfirmPromptY + LinePitch, "TO CONFIRM", true);

            int seconds = Clamp(secondsLeft, 0, totalSeconds < 1 ? 1 : totalSeconds);
            _scratch.Clear().AppendNumber(seconds, 1).Append('s');
            _canvas.DrawTextRight(BarY, _scratch, true);
            DrawBar(0, BarY, FrameLayout.Width - ConfirmCountdownReserve, BarHeight - 1, seconds, totalSeconds, true);
        }

        /// <summary>An outlined bar whose inner fill is <paramref name="value"/>/<paramref name="total"/> wide.</summary>
        private void DrawBar(int x, int y, int width, int height, int value, int total, bool showFill)
        {
            _canvas.DrawRectangle(x, y, width, height, true);
            if (!showFill || total < 1 || value <= 0)
            {
                return;
            }

            int inner = width - 4;
            int fill = ((value * inner) + total - 1) / total;
            if (fill > inner)
            {
                fill = inner;
            }

            _canvas.FillRectangle(x + 2, y + 2, fill, height - 4, true);
        }

        /// <summary>Text drawn dark inside a lit box with two pixels of margin left and right.</summary>
        private void DrawTag(int x, int y, string text)
        {
            _canvas.FillRectangle(x, y - 1, FrameCanvas.MeasureText(text) + 4, SmallFont.Height + 1, true);
            _canvas.DrawText(x + 2, y, text, false);
        }

        /// <summary>A lit 7x9 box with a dark "!" in it.</summary>
        private void DrawWarningBox(int x, int y)
        {
            _canvas.FillRectangle(x, y, WarningBoxWidth, WarningBoxHeight, true);
            _canvas.DrawChar(x + 1, y + 1, '!', false);
        }

        private static int Clamp(int value, int min, int max)
        {
            return value < min ? min : (value > max ? max : value);
        }
    }
}
