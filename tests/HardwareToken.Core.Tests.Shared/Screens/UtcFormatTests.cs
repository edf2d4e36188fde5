using HardwareToken.Core.Screens;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Screens
{
    /// <summary>
    /// UTC text without DateTime: known instants (leap days, century rules, 2038, 20000000000 as in the RFC 6238
    /// vectors, years 1 and 9999, before 1970) and a day-by-day walk over a whole 400-year cycle.
    /// </summary>
    [TestClass]
    public class UtcFormatTests
    {
        [TestMethod]
        public void Epoch()
        {
            Assert.AreEqual("1970-01-01 00:00:00", FormatDateTime(0));
        }

        [TestMethod]
        public void LeapDayOf2000()
        {
            // 2000 is divisible by 400, so it is a leap year.
            Assert.AreEqual("2000-02-29 00:00:00", FormatDateTime(951782400));
            Assert.AreEqual("2000-03-01 00:00:00", FormatDateTime(951868800));
            Assert.AreEqual("2000-12-31 23:59:59", FormatDateTime(978307199));
        }

        [TestMethod]
        public void LeapDayOf2024()
        {
            Assert.AreEqual("2024-02-29 00:00:00", FormatDateTime(1709164800));
            Assert.AreEqual("2024-03-01 00:00:00", FormatDateTime(1709251200));
        }

        [TestMethod]
        public void Year2100IsNotALeapYear()
        {
            Assert.AreEqual("2100-01-01 00:00:00", FormatDateTime(4102444800));
            Assert.AreEqual("2100-02-28 00:00:00", FormatDateTime(4107456000));
            Assert.AreEqual("2100-03-01 00:00:00", FormatDateTime(4107542400));
        }

        [TestMethod]
        public void Around2038()
        {
            Assert.AreEqual("2038-01-19 03:14:07", FormatDateTime(2147483647));
            Assert.AreEqual("2038-01-19 03:14:08", FormatDateTime(2147483648));
        }

        [TestMethod]
        public void TwentyBillionSeconds()
        {
            Assert.AreEqual("2603-10-11 11:33:20", FormatDateTime(20000000000));
        }

        [TestMethod]
        public void OtherKnownInstants()
        {
            Assert.AreEqual("2009-02-13 23:31:30", FormatDateTime(1234567890));
            Assert.AreEqual("2026-01-01 00:00:00", FormatDateTime(1767225600));
            Assert.AreEqual("1972-03-01 00:00:00", FormatDateTime(68256000));
            Assert.AreEqual("2025-06-01 12:00:03", FormatDateTime(1748779203));
        }

        [TestMethod]
        public void BeforeTheEpochFloors()
        {
            Assert.AreEqual("1969-12-31 23:59:59", FormatDateTime(-1));
            Assert.AreEqual("1969-12-31 00:00:00", FormatDateTime(-86400));
            Assert.AreEqual("1969-12-30 23:59:59", FormatDateTime(-86401));
            Assert.AreEqual("1900-01-01 00:00:00", FormatDateTime(-2208988800));
        }

        [TestMethod]
        public void FourDigitYearLimits()
        {
            Assert.AreEqual("0001-01-01 00:00:00", FormatDateTime(-62135596800));
            Assert.AreEqual("9999-12-31 23:59:59", FormatDateTime(253402300799));
            Assert.AreEqual("10000-01-01 00:00:00", FormatDateTime(253402300800));
            Assert.AreEqual("0000-01-01 00:00:00", FormatDateTime(-62167219200));
            Assert.AreEqual("-0001-12-31 23:59:59", FormatDateTime(-62167219201));
        }

        [TestMethod]
        public void ExtremesDoNotThrow()
        {
            Assert.IsTrue(FormatDateTime(long.MaxValue).Length >= UtcFormat.DateTimeLength, "long.MaxValue");
            Assert.IsTrue(FormatDateTime(long.MinValue).Length >= UtcFormat.DateTimeLength, "long.MinValue");
        }

        [TestMethod]
        public void DateAndTimeSeparately()
        {
            TextLine line = new TextLine(32);
            Assert.AreEqual("2038-01-19", UtcFormat.AppendDate(line, 2147483648).ToString());
            Assert.AreEqual("03:14:08", UtcFormat.AppendTime(line.Clear(), 2147483648).ToString());
            Assert.AreEqual("23:59:59", UtcFormat.AppendTime(line.Clear(), -1).ToString());
        }

        [TestMethod]
        public void Durations()
        {
            Assert.AreEqual("+00:00:42", FormatDuration(42));
            Assert.AreEqual("-00:00:42", FormatDuration(-42));
            Assert.AreEqual("+00:00:00", FormatDuration(0));
            Assert.AreEqual("+23:59:59", FormatDuration(86399));
            Assert.AreEqual("+1d 00:00:00", FormatDuration(86400));
            Assert.AreEqual("-3d 04:00:00", FormatDuration(-((3 * 86400) + (4 * 3600))));
            Assert.AreEqual("+1012d 17:46:40", FormatDuration(87500800));
            Assert.AreEqual("-106751991167300d 15:30:08", FormatDuration(long.MinValue));
            Assert.AreEqual("+106751991167300d 15:30:07", FormatDuration(long.MaxValue));
        }

        [TestMethod]
        public void SplitDaysFloors()
        {
            long days;
            int second;
            UtcFormat.SplitDays(-1, out days, out second);
            Assert.AreEqual(-1L, days, "days of -1");
            Assert.AreEqual(86399, second, "second of -1");
            UtcFormat.SplitDays(86400, out days, out second);
            Assert.AreEqual(1L, days, "days of 86400");
            Assert.AreEqual(0, second, "second of 86400");
        }

        [TestMethod]
        public void EveryDayOfA400YearCycleFollowsTheCalendar()
        {
            // Walk 1900-01-01 .. 2299-12-31 (146097 days: one full Gregorian cycle, with 1900, 2100 and 2200
            // not leap and 2000 leap) and check each date is the successor of the previous one.
            long year = 1900;
            int month = 1;
            int day = 1;
            long firstDay = -25567; // 1900-01-01
            for (long d = firstDay; d < firstDay + 146097; d++)
            {
                long y;
                int m;
                int dd;
                UtcFormat.CivilFromDays(d, out y, out m, out dd);
                if (y != year || m != month || dd != day)
                {
                    Assert.IsTrue(false, "day " + d.ToString() + ": got " + y.ToString() + "-" + m.ToString() + "-" + dd.ToString()
                        + ", expected " + year.ToString() + "-" + month.ToString() + "-" + day.ToString());
                }

                day++;
                if (day > DaysInMonth(year, month))
                {
                    day = 1;
                    month++;
                    if (month > 12)
                    {
                        month = 1;
                        year++;
                    }
                }
            }

            Assert.AreEqual(2300L, year, "the walk ends on 2300-01-01");
            Assert.AreEqual(1, month, "month after the walk");
            Assert.AreEqual(1, day, "day after the walk");
        }

        private static int DaysInMonth(long year, int month)
        {
            if (month == 2)
            {
                bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            }

            return (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
        }

        private static string FormatDateTime(long unixSeconds)
        {
            return UtcFormat.AppendDateTime(new TextLine(32), unixSeconds).ToString();
        }

        private static string FormatDuration(long seconds)
        {
            return UtcFormat.AppendDuration(new TextLine(32), seconds).ToString();
        }
    }
}
