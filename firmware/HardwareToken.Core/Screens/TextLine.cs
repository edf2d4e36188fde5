using System;

namespace HardwareToken.Core.Screens
{
    /// <summary>
    /// A fixed-capacity line of text built without allocating: the app composes per-request text such as
    /// "2026-01-19 12:00:03" or "+00:00:42" into a preallocated buffer and hands it to the renderer.
    /// </summary>
    /// <remarks>
    /// Contract: the capacity is fixed at construction; appending past it silently drops the excess characters
    /// and sets <see cref="Truncated"/> (a screen line must never throw in the field). Every Append returns this
    /// line, so calls chain. Only <see cref="ToString"/> allocates (for hosts and tests). Not thread-safe.
    /// </remarks>
    public sealed class TextLine
    {
        private readonly char[] _chars;
        private int _length;
        private bool _truncated;

        /// <summary>Creates an empty line holding at most <paramref name="capacity"/> characters.</summary>
        public TextLine(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity", "a line holds at least one character");
            }

            _chars = new char[capacity];
        }

        /// <summary>The buffer; only the first <see cref="Length"/> characters are meaningful.</summary>
        public char[] Chars
        {
            get { return _chars; }
        }

        /// <summary>Characters currently in the line.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>Maximum number of characters.</summary>
        public int Capacity
        {
            get { return _chars.Length; }
        }

        /// <summary>True if an Append since the last <see cref="Clear"/> did not fit.</summary>
        public bool Truncated
        {
            get { return _truncated; }
        }

        /// <summary>The character at <paramref name="index"/> (0..Length-1).</summary>
        public char this[int index]
        {
            get
            {
                if (index < 0 || index >= _length)
                {
                    throw new IndexOutOfRangeException();
                }

                return _chars[index];
            }
        }

        /// <summary>Empties the line (and wipes the old characters).</summary>
        public TextLine Clear()
        {
            Array.Clear(_chars, 0, _chars.Length);
            _length = 0;
            _truncated = false;
            return this;
        }

        /// <summary>Appends one character.</summary>
        public TextLine Append(char c)
        {
            if (_length < _chars.Length)
            {
                _chars[_length++] = c;
            }
            else
            {
                _truncated = true;
            }

            return this;
        }

        /// <summary>Appends a string; null appends nothing.</summary>
        public TextLine Append(string text)
        {
            if (text != null)
            {
                for (int i = 0; i < text.Length; i++)
                {
                    Append(text[i]);
                }
            }

            return this;
        }

        /// <summary>Appends the contents of another line; null appends nothing.</summary>
        public TextLine Append(TextLine other)
        {
            if (other != null)
            {
                int count = other._length;
                for (int i = 0; i < count; i++)
                {
                    Append(other._chars[i]);
                }
            }

            return this;
        }

        /// <summary>
        /// Appends <paramref name="value"/> in decimal, zero-padded to at least <paramref name="minDigits"/> digits;
        /// a negative value gets a leading '-' (not counted in the digits). Handles <see cref="long.MinValue"/>.
        /// </summary>
        public TextLine AppendNumber(long value, int minDigits)
        {
            ulong magnitude;
            if (value < 0)
            {
                Append('-');
                magnitude = unchecked((ulong)(-(value + 1))) + 1UL;
            }
            else
            {
                magnitude = (ulong)value;
            }

            return AppendMagnitude(magnitude, minDigits);
        }

        /// <summary>
        /// Appends <paramref name="value"/> with an explicit sign, '+' for zero and positive values and '-' for
        /// negative ones, zero-padded to at least <paramref name="minDigits"/> digits ("+042", "-007").
        /// </summary>
        public TextLine AppendSigned(long value, int minDigits)
        {
            if (value >= 0)
            {
                Append('+');
            }

            return AppendNumber(value, minDigits);
        }

        /// <summary>The text as a new string (allocates: for hosts and tests, not for the render loop).</summary>
        public override string ToString()
        {
            return new string(_chars, 0, _length);
        }

        private TextLine AppendMagnitude(ulong magnitude, int minDigits)
        {
            int digits = 1;
            ulong scale = 1;
            while (magnitude / scale >= 10UL)
            {
                scale *= 10UL;
                digits++;
            }

            for (int i = digits; i < minDigits; i++)
            {
                Append('0');
            }

            while (scale > 0)
            {
                Append((char)('0' + (int)((magnitude / scale) % 10UL)));
                scale /= 10UL;
            }

            return this;
        }
    }
}
