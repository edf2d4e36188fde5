using System;

namespace HardwareToken.Core.Otp
{
    /// <summary>
    /// TOTP time arithmetic (RFC 6238 §4.2) on 64-bit Unix seconds. Time is always an argument: nothing here
    /// reads a clock.
    /// </summary>
    public static class Totp
    {
        /// <summary>The RFC 6238 default and AWS's step.</summary>
        public const int DefaultPeriod = 30;

        /// <summary>The step count T = floor((now - T0) / period).</summary>
        public static long Counter(long unixSeconds, int period, long t0)
        {
            CheckTime(unixSeconds, period, t0);
            return (unixSeconds - t0) / period;
        }

        /// <summary>Seconds until the code for <paramref name="unixSeconds"/> rolls over (1..period).</summary>
        public static int SecondsLeft(long unixSeconds, int period, long t0)
        {
            CheckTime(unixSeconds, period, t0);
            return period - (int)((unixSeconds - t0) % period);
        }

        private static void CheckTime(long unixSeconds, int period, long t0)
        {
            if (period < 1)
            {
                throw new ArgumentOutOfRangeException("period", "the time step must be at least one second");
            }

            if (unixSeconds < t0)
            {
                throw new ArgumentOutOfRangeException("unixSeconds", "the time is before T0");
            }
        }
    }
}
