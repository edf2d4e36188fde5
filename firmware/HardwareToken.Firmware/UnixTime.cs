using System;

namespace HardwareToken.Firmware
{
    /// <summary>
    /// Conversions between the RTC bindings' <see cref="DateTime"/> (UTC) and the core's Unix seconds, written with
    /// members that exist in both nanoFramework's mscorlib and desktop .NET (<see cref="DateTime.UnixEpoch"/>,
    /// <see cref="DateTime.Ticks"/>, <c>new DateTime(long)</c>, <see cref="TimeSpan.TicksPerSecond"/>), so the
    /// desktop tests compile this very file.
    /// </summary>
    public static class UnixTime
    {
        /// <summary>2000-01-01T00:00:00Z: the earliest time both RTC chips store (two-digit year from 2000).</summary>
        public const long FirstRtcSecond = 946684800;

        /// <summary>2099-12-31T23:59:59Z: the latest time both RTC chips store.</summary>
        public const long LastRtcSecond = 4102444799;

        /// <summary>Whole Unix seconds of a UTC time (sub-second part dropped; times before 1970 are not used).</summary>
        public static long FromDateTime(DateTime utc)
        {
            return (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
        }

        /// <summary>The UTC time of <paramref name="unixSeconds"/>.</summary>
        public static DateTime ToDateTime(long unixSeconds)
        {
            return new DateTime(DateTime.UnixEpoch.Ticks + (unixSeconds * TimeSpan.TicksPerSecond));
        }

        /// <summary>True when both RTC chips can hold <paramref name="unixSeconds"/> (years 2000 to 2099).</summary>
        public static bool FitsRtc(long unixSeconds)
        {
            return unixSeconds >= FirstRtcSecond && unixSeconds <= LastRtcSecond;
        }
    }
}
