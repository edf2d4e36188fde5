using System;

namespace HardwareToken.Core.Screens
{
    /// <summary>
    /// Converts a frame to and from text art: 64 rows of 128 characters, <see cref="On"/> ('#') for a lit pixel
    /// and <see cref="Off"/> ('.') for a dark one, top row first. The emulator's <c>screen</c> command prints
    /// exactly <see cref="ToText"/>; the snapshot tests store frames as <see cref="ToRows"/>.
    /// </summary>
    /// <remarks>
    /// Text format: each row is terminated by '\n' (64 * 129 characters in all). <see cref="Parse(string)"/> also
    /// accepts "\r\n", a missing final newline and trailing blank lines; anything else that is not exactly 64 rows
    /// of 128 '#'/'.' characters is a <see cref="FormatException"/> naming the row and column. These methods
    /// allocate: they are for hosts, the emulator and tests, not for the render loop.
    /// </remarks>
    public static class FrameText
    {
        /// <summary>The character of a lit pixel.</summary>
        public const char On = '#';

        /// <summary>The character of a dark pixel.</summary>
        public const char Off = '.';

        /// <summary>One row of the frame as 128 characters.</summary>
        public static string Row(byte[] frame, int y)
        {
            CheckFrame(frame);
            if (y < 0 || y >= FrameLayout.Height)
            {
                throw new ArgumentOutOfRangeException("y");
            }

            char[] row = new char[FrameLayout.Width];
            FillRow(frame, y, row, 0);
            return new string(row);
        }

        /// <summary>The frame as 64 strings of 128 characters.</summary>
        public static string[] ToRows(byte[] frame)
        {
            CheckFrame(frame);
            string[] rows = new string[FrameLayout.Height];
            char[] row = new char[FrameLayout.Width];
            for (int y = 0; y < FrameLayout.Height; y++)
            {
                FillRow(frame, y, row, 0);
                rows[y] = new string(row);
            }

            return rows;
        }

        /// <summary>The frame as one string: 64 rows, each followed by '\n'.</summary>
        public static string ToText(byte[] frame)
        {
            CheckFrame(frame);
            const int Stride = FrameLayout.Width + 1;
            char[] text = new char[FrameLayout.Height * Stride];
            for (int y = 0; y < FrameLayout.Height; y++)
            {
                FillRow(frame, y, text, y * Stride);
                text[(y * Stride) + FrameLayout.Width] = '\n';
            }

            return new string(text);
        }

        /// <summary>Parses 64 rows of 128 '#'/'.' characters into a new frame.</summary>
        public static byte[] Parse(string[] rows)
        {
            if (rows == null)
            {
                throw new ArgumentNullException("rows");
            }

            if (rows.Length != FrameLayout.Height)
            {
                throw new FormatException("text art has " + rows.Length.ToString() + " rows, expected 64");
            }

            byte[] frame = new byte[FrameLayout.Size];
            for (int y = 0; y < FrameLayout.Height; y++)
            {
                string row = rows[y];
                if (row == null)
                {
                    throw new FormatException("row " + y.ToString() + " is missing");
                }

                ParseRow(row, 0, row.Length, y, frame);
            }

            return frame;
        }

        /// <summary>Parses text in the <see cref="ToText"/> format into a new frame.</summary>
        public static byte[] Parse(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            byte[] frame = new byte[FrameLayout.Size];
            int y = 0;
            int start = 0;
            while (start < text.Length)
            {
                int end = text.IndexOf('\n', start);
                int next = end < 0 ? text.Length : end + 1;
                if (end < 0)
                {
                    end = text.Length;
                }

                if (end > start && text[end - 1] == '\r')
                {
                    end--;
                }

                if (end > start)
                {
                    if (y >= FrameLayout.Height)
                    {
                        throw new FormatException("text art has more than 64 rows");
                    }

                    ParseRow(text, start, end - start, y, frame);
                    y++;
                }
                else if (y < FrameLayout.Height)
                {
                    throw new FormatException("row " + y.ToString() + " is empty");
                }

                start = next;
            }

            if (y != FrameLayout.Height)
            {
                throw new FormatException("text art has " + y.ToString() + " rows, expected 64");
            }

            return frame;
        }

        private static void FillRow(byte[] frame, int y, char[] destination, int offset)
        {
            int rowBase = (y >> 3) * FrameLayout.Width;
            int mask = 1 << (y & 7);
            for (int x = 0; x < FrameLayout.Width; x++)
            {
                destination[offset + x] = (frame[rowBase + x] & mask) != 0 ? On : Off;
            }
        }

        private static void ParseRow(string text, int start, int length, int y, byte[] frame)
        {
            if (length != FrameLayout.Width)
            {
                throw new FormatException("row " + y.ToString() + " has " + length.ToString() + " characters, expected 128");
            }

            int rowBase = (y >> 3) * FrameLayout.Width;
            byte mask = (byte)(1 << (y & 7));
            for (int x = 0; x < FrameLayout.Width; x++)
            {
                char c = text[start + x];
                if (c == On)
                {
                    frame[rowBase + x] |= mask;
                }
                else if (c != Off)
                {
                    throw new FormatException("row " + y.ToString() + " column " + x.ToString() + ": unexpected character");
                }
            }
        }

        private static void CheckFrame(byte[] frame)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            if (frame.Length != FrameLayout.Size)
            {
                throw new ArgumentException("a frame is exactly 1024 bytes", "frame");
            }
        }
    }
}
