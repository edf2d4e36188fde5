using System;

namespace HardwareToken.Core.Screens
{
    /// <summary>
    /// Formats Unix seconds as UTC calendar text into a <see cref="TextLine"/>, without DateTime and without
    /// allocating, using Howard Hinnant's civil-from-days algorithm (proleptic Gregorian calendar).
    /// </summary>
    /// <remarks>
    /// Contract: exact for every <see cref="long"/> second count (the year is a long, about +-292 billion at the
    /// extremes). Times before 1970 are floored: second -1 is 1969-12-31 23:59:59. Years of more than four
    /// digits print in full; negative years print with a leading '-'.
    /// </remarks>
    public static class UtcFormat
    {
        /// <summary>Seconds in a day.</summary>
        public const long SecondsPerDay = 86400;

        /// <summary>Length of <see cref="AppendDateTime"/>'s output for years 0..9999: "YYYY-MM-DD HH:MM:SS".</summary>
        public const int DateTimeLength = 19;

        /// <summary>
        /// Converts a count of days since 1970-01-01 into a proleptic Gregorian date
        /// (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days).
        /// </summary>
        public static void CivilFromDays(long days, out long year, out int month, out int day)
        {
            long z = days + 719468;
            long era = (z >= 0 ? z : z - 146096) / 146097;
            long dayOfEra = z - (era * 146097);                                               // [0, 146096]
            long yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365; // [0, 399]
            long dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100)); // [0, 365], from March 1
            long shiftedMonth = ((5 * dayOfYear) + 2) / 153;                                  // [0, 11], March = 0
            day = (int)(dayOfYear - (((153 * shiftedMonth) + 2) / 5) + 1);                    // [1, 31]
            month = (int)(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);           // [1, 12]
            year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        }

        /// <summary>Splits Unix seconds into whole days since the epoch (floored) and the second of that day.</summary>
        public static void SplitDays(long unixSeconds, out long days, out int secondOfDay)
        {
            days = unixSeconds / SecondsPerDay;
            long rest = unixSeconds % SecondsPerDay;
            if (rest < 0)
            {
                rest += SecondsPerDay;
                days--;
            }

            secondOfDay = (int)rest;
        }

        /// <summary>Appends "YYYY-MM-DD HH:MM:SS" (UTC) for <paramref name="unixSeconds"/>.</summary>
        public static TextLine AppendDateTime(TextLine line, long unixSeconds)
        {
            AppendDate(line, unixSeconds);
            line.Append(' ');
            return AppendTime(line, unixSeconds);
        }

        /// <summary>Appends "YYYY-MM-DD" (UTC) for <paramref name="unixSeconds"/>.</summary>
        public static TextLine AppendDate(TextLine line, long unixSeconds)
        {
            if (line == null)
            {
                throw new ArgumentNullException("line");
            }

            long days;
            int secondOfDay;
            SplitDays(unixSeconds, out days, out secondOfDay);
            long year;
            int month;
            int day;
            CivilFromDays(days, out year, out month, out day);
            line.AppendNumber(year, 4).Append('-').AppendNumber(month, 2).Append('-').AppendNumber(day, 2);
            return line;
        }

        /// <summary>Appends "HH:MM:SS" (UTC time of day) for <paramref name="unixSeconds"/>.</summary>
        public static TextLine AppendTime(TextLine line, long unixSeconds)
        {
            if (line == null)
            {
                throw new ArgumentNullException("line");
            }

            long days;
            int secondOfDay;
            SplitDays(unixSeconds, out days, out secondOfDay);
            return AppendClock(line, secondOfDay);
        }

        /// <summary>
        /// Appends a signed duration: "+HH:MM:SS" / "-HH:MM:SS" below one day (e.g. "+00:00:42"), and
        /// "+Nd HH:MM:SS" from one day on (e.g. "-3d 04:00:00"). Zero is "+00:00:00".
        /// </summary>
        public static TextLine AppendDuration(TextLine line, long seconds)
        {
            if (line == null)
            {
                throw new ArgumentNullException("line");
            }

            ulong magnitude;
            if (seconds < 0)
            {
                line.Append('-');
                magnitude = unchecked((ulong)(-(seconds + 1))) + 1UL;
            }
            else
            {
                line.Append('+');
                magnitude = (ulong)seconds;
            }

            ulong days = magnitude / (ulong)SecondsPerDay;
            int secondOfDay = (int)(magnitude % (ulong)SecondsPerDay);
            if (days > 0)
            {
                // days <= 2^63 / 86400, so it fits a long.
                line.AppendNumber((long)days, 1).Append('d').Append(' ');
            }

            return AppendClock(line, secondOfDay);
        }

        private static TextLine AppendClock(TextLine line, int secondOfDay)
        {
            line.AppendNumber(secondOfDay / 3600, 2).Append(':')
                .AppendNumber((secondOfDay / 60) % 60, 2).Append(':')
                .AppendNumber(secondOfDay % 60, 2);
            return line;
        }
    }
}
