using HardwareToken.Core.Screens;

namespace HardwareToken.Core.Time
{
    /// <summary>
    /// The seven BCD timekeeping registers 0x00-0x06 that the DS1307 and the DS3231 share (seconds, minutes, hours,
    /// day of week, date, month, year), decoded to and encoded from Unix seconds. Plain integer arithmetic: no
    /// DateTime, no allocation.
    /// </summary>
    /// <remarks>
    /// <para>Decoding is strict: a field that is not valid BCD or out of range, the 12-hour mode bit (hours bit 6),
    /// a bit the datasheets define as 0, or a date that does not exist (February 30, February 29 of a common year)
    /// makes <see cref="TryDecode"/> return false. The caller reports such a chip as halted, so the next time sync
    /// rewrites every register in 24-hour mode (the nanoFramework Rtc bindings instead hand the raw fields to
    /// <c>new DateTime</c>, which throws on month 0 and misreads 12-hour mode).</para>
    /// <para>Ignored on read: bit 7 of the seconds register (the DS1307's CH flag, read separately by the chip
    /// layer), the day-of-week register (not needed for the time; always rewritten) and, when
    /// <c>centuryBit</c> is true (DS3231), bit 7 of the month register: the chips hold 2000-2099 only, and the
    /// nanoFramework Ds3231 binding sets the century bit for years from 2000 while the datasheet sets it on the
    /// 99-to-00 roll-over, so either value means 20yy.</para>
    /// <para>Encoding writes what the nanoFramework bindings write: 24-hour mode, CH = 0, day of week 1-7 with
    /// Sunday = 1, and on the DS3231 the century bit set.</para>
    /// </remarks>
    public static class RtcTimeRegisters
    {
        /// <summary>Number of timekeeping registers (0x00-0x06).</summary>
        public const int Length = 7;

        /// <summary>2000-01-01T00:00:00Z: the earliest time the chips store.</summary>
        public const long FirstSecond = 946684800;

        /// <summary>2099-12-31T23:59:59Z: the latest time the chips store.</summary>
        public const long LastSecond = 4102444799;

        /// <summary>Hours register bit 6: 1 = 12-hour mode.</summary>
        public const byte TwelveHourModeBit = 0x40;

        /// <summary>Bit 7 of the month register on the DS3231 (century), of the seconds register on the DS1307 (CH).</summary>
        public const byte Bit7 = 0x80;

        private const long DaysFrom0000To1970 = 719468;

        /// <summary>True when the chips can hold <paramref name="unixSeconds"/> (years 2000 to 2099).</summary>
        public static bool Fits(long unixSeconds)
        {
            return unixSeconds >= FirstSecond && unixSeconds <= LastSecond;
        }

        /// <summary>
        /// Decodes registers 0x00-0x06 at <paramref name="registers"/>[<paramref name="offset"/>]; false (and 0)
        /// when any field is invalid (see the remarks).
        /// </summary>
        public static bool TryDecode(byte[] registers, int offset, bool centuryBit, out long unixSeconds)
        {
            unixSeconds = 0;
            int second = Bcd(registers[offset] & 0x7F);
            int minute = registers[offset + 1] < 0x80 ? Bcd(registers[offset + 1]) : -1;
            int hourRegister = registers[offset + 2];
            int hour = (hourRegister & (Bit7 | TwelveHourModeBit)) == 0 ? Bcd(hourRegister) : -1;
            int date = registers[offset + 4] < 0x40 ? Bcd(registers[offset + 4]) : -1;
            int monthRegister = centuryBit ? registers[offset + 5] & 0x7F : registers[offset + 5];
            int month = monthRegister < 0x20 ? Bcd(monthRegister) : -1;
            int year = Bcd(registers[offset + 6]);
            if (second < 0 || second > 59 || minute < 0 || minute > 59 || hour < 0 || hour > 23
                || month < 1 || month > 12 || year < 0 || date < 1 || date > DaysInMonth(2000 + year, month))
            {
                return false;
            }

            long days = DaysFromCivil(2000 + year, month, date);
            unixSeconds = (days * UtcFormat.SecondsPerDay) + (hour * 3600) + (minute * 60) + second;
            return true;
        }

        /// <summary>
        /// Writes registers 0x00-0x06 for <paramref name="unixSeconds"/> (which must satisfy <see cref="Fits"/>) at
        /// <paramref name="registers"/>[<paramref name="offset"/>]: 24-hour mode, CH = 0, Sunday = 1, and the
        /// century bit when <paramref name="centuryBit"/> (DS3231).
        /// </summary>
        public static void Encode(long unixSeconds, bool centuryBit, byte[] registers, int offset)
        {
            if (!Fits(unixSeconds))
            {
                throw new System.ArgumentOutOfRangeException("unixSeconds");
            }

            long days;
            int secondOfDay;
            UtcFormat.SplitDays(unixSeconds, out days, out secondOfDay);
            long year;
            int month;
            int date;
            UtcFormat.CivilFromDays(days, out year, out month, out date);
            registers[offset] = ToBcd(secondOfDay % 60);
            registers[offset + 1] = ToBcd((secondOfDay / 60) % 60);
            registers[offset + 2] = ToBcd(secondOfDay / 3600);
            registers[offset + 3] = (byte)(((days + 4) % 7) + 1); // 1970-01-01 was a Thursday (4); Sunday = 1
            registers[offset + 4] = ToBcd(date);
            registers[offset + 5] = (byte)(ToBcd(month) | (centuryBit ? Bit7 : 0));
            registers[offset + 6] = ToBcd((int)(year - 2000));
        }

        /// <summary>Days in <paramref name="month"/> (1-12) of <paramref name="year"/>, Gregorian.</summary>
        public static int DaysInMonth(int year, int month)
        {
            if (month == 2)
            {
                bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            }

            return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        }

        /// <summary>
        /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, days_from_civil; years from 1 here).
        /// </summary>
        public static long DaysFromCivil(int year, int month, int day)
        {
            long y = month <= 2 ? year - 1 : year;
            long era = y / 400;
            long yearOfEra = y - (era * 400);
            long dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
            long dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
            return (era * 146097) + dayOfEra - DaysFrom0000To1970;
        }

        /// <summary>The value of a two-digit BCD byte, or -1 when a nibble is above 9.</summary>
        public static int Bcd(int value)
        {
            int high = (value >> 4) & 0x0F;
            int low = value & 0x0F;
            return high > 9 || low > 9 ? -1 : (high * 10) + low;
        }

        private static byte ToBcd(int value)
        {
            return (byte)(((value / 10) << 4) | (value % 10));
        }
    }
}
