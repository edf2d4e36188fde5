using System;

namespace HardwareToken.Core.Screens
{
    /// <summary>
    /// Drawing primitives over one 1024-byte SSD1306 frame (see <see cref="FrameLayout"/>).
    /// </summary>
    /// <remarks>
    /// Contract: every primitive clips to the 128x64 frame, so any coordinates (negative, past the edge, huge
    /// widths) are accepted and never throw; what falls outside is simply not drawn. <c>on == true</c> lights
    /// pixels, <c>on == false</c> darkens them (text drawn dark over a lit bar reads inverted). Nothing here
    /// allocates: glyph columns are OR-ed (or AND-NOT-ed) into the frame bytes directly. Text uses
    /// <see cref="SmallFont"/>; codes use <see cref="CodeFont"/>. Text widths exclude the trailing blank column.
    /// Not thread-safe; one canvas per frame.
    /// </remarks>
    public sealed class FrameCanvas
    {
        private readonly byte[] _frame;

        /// <summary>Wraps <paramref name="frame"/>, which must be exactly <see cref="FrameLayout.Size"/> bytes.</summary>
        public FrameCanvas(byte[] frame)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            if (frame.Length != FrameLayout.Size)
            {
                throw new ArgumentException("a frame is exactly 1024 bytes", "frame");
            }

            _frame = frame;
        }

        /// <summary>The frame this canvas draws into (the same array on every call).</summary>
        public byte[] Frame
        {
            get { return _frame; }
        }

        /// <summary>Turns every pixel off.</summary>
        public void Clear()
        {
            Array.Clear(_frame, 0, FrameLayout.Size);
        }

        /// <summary>Sets one pixel; ignored outside the frame.</summary>
        public void SetPixel(int x, int y, bool on)
        {
            if (x < 0 || x >= FrameLayout.Width || y < 0 || y >= FrameLayout.Height)
            {
                return;
            }

            int index = ((y >> 3) * FrameLayout.Width) + x;
            byte mask = (byte)(1 << (y & 7));
            if (on)
            {
                _frame[index] |= mask;
            }
            else
            {
                _frame[index] &= (byte)~mask;
            }
        }

        /// <summary>Reads one pixel; false outside the frame.</summary>
        public bool GetPixel(int x, int y)
        {
            if (x < 0 || x >= FrameLayout.Width || y < 0 || y >= FrameLayout.Height)
            {
                return false;
            }

            return (_frame[((y >> 3) * FrameLayout.Width) + x] & (1 << (y & 7))) != 0;
        }

        /// <summary>A horizontal line from (x, y) rightwards, <paramref name="length"/> pixels long.</summary>
        public void DrawHorizontalLine(int x, int y, int length, bool on)
        {
            FillRectangle(x, y, length, 1, on);
        }

        /// <summary>A vertical line from (x, y) downwards, <paramref name="length"/> pixels long.</summary>
        public void DrawVerticalLine(int x, int y, int length, bool on)
        {
            FillRectangle(x, y, 1, length, on);
        }

        /// <summary>Fills the rectangle with its top-left corner at (x, y); nothing for a zero or negative size.</summary>
        public void FillRectangle(int x, int y, int width, int height, bool on)
        {
            int x0;
            int y0;
            int x1;
            int y1;
            if (!Clip(x, y, width, height, out x0, out y0, out x1, out y1))
            {
                return;
            }

            int clippedHeight = y1 - y0;
            uint bits = clippedHeight >= 32 ? 0xFFFFFFFFu : (1u << clippedHeight) - 1u;
            if (clippedHeight > 32)
            {
                // Taller than one column word: two passes cover the 64 rows.
                for (int column = x0; column < x1; column++)
                {
                    BlitColumn(column, y0, bits, 32, on);
                    BlitColumn(column, y0 + 32, 0xFFFFFFFFu, clippedHeight - 32, on);
                }

                return;
            }

            for (int column = x0; column < x1; column++)
            {
                BlitColumn(column, y0, bits, clippedHeight, on);
            }
        }

        /// <summary>A one-pixel outline of the rectangle with its top-left corner at (x, y).</summary>
        public void DrawRectangle(int x, int y, int width, int height, bool on)
        {
            if (width <= 0 || height <= 0)
            {
                return;
            }

            FillRectangle(x, y, width, 1, on);
            FillRectangle(x, y + height - 1, width, 1, on);
            FillRectangle(x, y, 1, height, on);
            FillRectangle(x + width - 1, y, 1, height, on);
        }

        /// <summary>Flips every pixel of the rectangle (lit becomes dark and dark becomes lit).</summary>
        public void InvertRectangle(int x, int y, int width, int height)
        {
            int x0;
            int y0;
            int x1;
            int y1;
            if (!Clip(x, y, width, height, out x0, out y0, out x1, out y1))
            {
                return;
            }

            for (int row = y0; row < y1; row++)
            {
                int rowBase = (row >> 3) * FrameLayout.Width;
                byte mask = (byte)(1 << (row & 7));
                for (int column = x0; column < x1; column++)
                {
                    _frame[rowBase + column] ^= mask;
                }
            }
        }

        /// <summary>Width in pixels of <paramref name="text"/> in the small font (0 for null or empty).</summary>
        public static int MeasureText(string text)
        {
            return text == null ? 0 : SmallFont.Measure(text.Length, 1);
        }

        /// <summary>Width in pixels of <paramref name="text"/> at an integer <paramref name="scale"/> (1 = normal).</summary>
        public static int MeasureText(string text, int scale)
        {
            return text == null ? 0 : SmallFont.Measure(text.Length, scale);
        }

        /// <summary>Width in pixels of <paramref name="length"/> characters in the small font.</summary>
        public static int MeasureText(int length)
        {
            return SmallFont.Measure(length, 1);
        }

        /// <summary>Width in pixels of the text in <paramref name="line"/> (0 for null).</summary>
        public static int MeasureText(TextLine line)
        {
            return line == null ? 0 : SmallFont.Measure(line.Length, 1);
        }

        /// <summary>
        /// Draws <paramref name="text"/> with its top-left corner at (x, y) and returns the x just past the last
        /// character's advance (x + length * 6). Null draws nothing.
        /// </summary>
        public int DrawText(int x, int y, string text, bool on)
        {
            if (text == null)
            {
                return x;
            }

            for (int i = 0; i < text.Length; i++)
            {
                DrawChar(x, y, text[i], on);
                x += SmallFont.Advance;
            }

            return x;
        }

        /// <summary>Draws <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="offset"/>.</summary>
        public int DrawText(int x, int y, char[] text, int offset, int length, bool on)
        {
            if (text == null)
            {
                return x;
            }

            if (offset < 0 || length < 0 || offset > text.Length - length)
            {
                throw new ArgumentOutOfRangeException("length", "the range is outside the array");
            }

            for (int i = 0; i < length; i++)
            {
                DrawChar(x, y, text[offset + i], on);
                x += SmallFont.Advance;
            }

            return x;
        }

        /// <summary>Draws the text held by <paramref name="line"/>; null draws nothing.</summary>
        public int DrawText(int x, int y, TextLine line, bool on)
        {
            if (line == null)
            {
                return x;
            }

            return DrawText(x, y, line.Chars, 0, line.Length, on);
        }

        /// <summary>
        /// Draws <paramref name="text"/> magnified <paramref name="scale"/> times (each font pixel becomes a
        /// scale x scale block). Returns the x just past the last advance.
        /// </summary>
        public int DrawText(int x, int y, string text, int scale, bool on)
        {
            if (text == null || scale <= 0)
            {
                return x;
            }

            if (scale == 1)
            {
                return DrawText(x, y, text, on);
            }

            for (int i = 0; i < text.Length; i++)
            {
                int glyph = SmallFont.GlyphOffset(text[i]);
                for (int column = 0; column < SmallFont.GlyphWidth; column++)
                {
                    int bits = SmallFont.Glyphs[glyph + column];
                    for (int row = 0; row < SmallFont.Height; row++)
                    {
                        if ((bits & (1 << row)) != 0)
                        {
                            FillRectangle(x + (column * scale), y + (row * scale), scale, scale, on);
                        }
                    }
                }

                x += SmallFont.Advance * scale;
            }

            return x;
        }

        /// <summary>Draws one character of the small font with its top-left corner at (x, y).</summary>
        public void DrawChar(int x, int y, char c, bool on)
        {
            int glyph = SmallFont.GlyphOffset(c);
            for (int column = 0; column < SmallFont.GlyphWidth; column++)
            {
                BlitColumn(x + column, y, SmallFont.Glyphs[glyph + column], SmallFont.Height, on);
            }
        }

        /// <summary>Draws <paramref name="text"/> horizontally centred on the frame at row <paramref name="y"/>.</summary>
        public void DrawTextCentered(int y, string text, bool on)
        {
            DrawText((FrameLayout.Width - MeasureText(text)) / 2, y, text, on);
        }

        /// <summary>Draws <paramref name="text"/> centred at an integer <paramref name="scale"/>.</summary>
        public void DrawTextCentered(int y, string text, int scale, bool on)
        {
            DrawText((FrameLayout.Width - MeasureText(text, scale)) / 2, y, text, scale, on);
        }

        /// <summary>Draws the text held by <paramref name="line"/> horizontally centred.</summary>
        public void DrawTextCentered(int y, TextLine line, bool on)
        {
            DrawText((FrameLayout.Width - MeasureText(line)) / 2, y, line, on);
        }

        /// <summary>Draws <paramref name="text"/> so that it ends at the right edge of the frame.</summary>
        public void DrawTextRight(int y, string text, bool on)
        {
            DrawText(FrameLayout.Width - MeasureText(text), y, text, on);
        }

        /// <summary>Draws the text held by <paramref name="line"/> so that it ends at the right edge of the frame.</summary>
        public void DrawTextRight(int y, TextLine line, bool on)
        {
            DrawText(FrameLayout.Width - MeasureText(line), y, line, on);
        }

        /// <summary>
        /// Draws as many leading characters of <paramref name="text"/> as fit in <paramref name="maxWidth"/> pixels
        /// and returns how many were drawn.
        /// </summary>
        public int DrawTextFitted(int x, int y, string text, int maxWidth, bool on)
        {
            if (text == null)
            {
                return 0;
            }

            int count = text.Length;
            while (count > 0 && SmallFont.Measure(count, 1) > maxWidth)
            {
                count--;
            }

            for (int i = 0; i < count; i++)
            {
                DrawChar(x + (i * SmallFont.Advance), y, text[i], on);
            }

            return count;
        }

        /// <summary>
        /// Draws <paramref name="code"/> as exactly <paramref name="digits"/> digits (leading zeros kept) with its
        /// top-left corner at (x, y), in <see cref="CodeFont.For"/> of the digit count. Grouped codes are split
        /// after <see cref="CodeFont.FirstGroupLength"/> digits. Returns the x just past the last digit.
        /// </summary>
        public int DrawCode(int x, int y, int code, int digits, bool grouped)
        {
            return DrawCode(x, y, code, digits, grouped, CodeFont.For(digits, grouped));
        }

        /// <summary>Draws a code in a chosen <see cref="CodeFont"/>; digits must be 1..9 and code non-negative.</summary>
        public int DrawCode(int x, int y, int code, int digits, bool grouped, CodeFont font)
        {
            if (font == null)
            {
                throw new ArgumentNullException("font");
            }

            if (digits < 1 || digits > 9)
            {
                throw new ArgumentOutOfRangeException("digits", "a code has 1 to 9 digits");
            }

            if (code < 0)
            {
                throw new ArgumentOutOfRangeException("code", "a code is not negative");
            }

            int firstGroup = grouped ? CodeFont.FirstGroupLength(digits) : digits;
            int divisor = 1;
            for (int i = 1; i < digits; i++)
            {
                divisor *= 10;
            }

            for (int i = 0; i < digits; i++)
            {
                int digit = (code / divisor) % 10;
                divisor /= 10;
                for (int column = 0; column < font.GlyphWidth; column++)
                {
                    BlitColumn(x + column, y, font.Column(digit, column), font.GlyphHeight, on: true);
                }

                x += font.GlyphWidth;
                if (i < digits - 1)
                {
                    x += (grouped && i == firstGroup - 1) ? font.GroupGap : font.DigitSpacing;
                }
            }

            return x;
        }

        /// <summary>Width in pixels of a code as <see cref="DrawCode(int,int,int,int,bool)"/> draws it.</summary>
        public static int MeasureCode(int digits, bool grouped)
        {
            return CodeFont.For(digits, grouped).Measure(digits, grouped);
        }

        /// <summary>Draws a code horizontally centred at row <paramref name="y"/>.</summary>
        public void DrawCodeCentered(int y, int code, int digits, bool grouped)
        {
            DrawCode((FrameLayout.Width - MeasureCode(digits, grouped)) / 2, y, code, digits, grouped);
        }

        /// <summary>
        /// Writes up to 32 rows of one column: bit n of <paramref name="bits"/> is pixel (x, y + n). Clips to the
        /// frame; lit bits are set (<paramref name="on"/>) or cleared, zero bits leave the frame untouched.
        /// </summary>
        private void BlitColumn(int x, int y, uint bits, int height, bool on)
        {
            if (x < 0 || x >= FrameLayout.Width || height <= 0 || y >= FrameLayout.Height)
            {
                return;
            }

            if (height < 32)
            {
                bits &= (1u << height) - 1u;
            }

            if (y < 0)
            {
                if (y <= -32)
                {
                    return;
                }

                bits >>= -y;
                y = 0;
            }

            int page = y >> 3;
            ulong wide = (ulong)bits << (y & 7);
            int index = (page * FrameLayout.Width) + x;
            while (wide != 0 && page < FrameLayout.Pages)
            {
                byte b = (byte)wide;
                if (on)
                {
                    _frame[index] |= b;
                }
                else
                {
                    _frame[index] &= (byte)~b;
                }

                wide >>= 8;
                page++;
                index += FrameLayout.Width;
            }
        }
    
        /// <summary>Clips a rectangle to the frame; false when nothing of it is visible.</summary>
        private static bool Clip(int x, int y, int width, int height, out int x0, out int y0, out int x1, out int y1)
        {
            x0 = x < 0 ? 0 : x;
            y0 = y < 0 ? 0 : y;
            long right = (long)x + width;
            long bottom = (long)y + height;
            x1 = right > FrameLayout.Width ? FrameLayout.Width : (right < 0 ? 0 : (int)right);
            y1 = bottom > FrameLayout.Height ? FrameLayout.Height : (bottom < 0 ? 0 : (int)bottom);
            return x0 < x1 && y0 < y1;
        }
    }
}
