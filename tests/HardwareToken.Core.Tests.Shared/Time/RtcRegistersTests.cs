using System;
using HardwareToken.Core.Ports;
using HardwareToken.Core.Tests.Fakes;
using HardwareToken.Core.Tests.Support;
using HardwareToken.Core.Time;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Time
{
    /// <summary>
    /// The DS1307/DS3231 register codec against known answers (Python's calendar.timegm), a naive day-counting
    /// calendar written here independently of the core's, and every one of the 256 values of each time register.
    /// </summary>
    [TestClass]
    public class RtcRegistersTests
    {
        // 2026-11-27 16:20:35 UTC, a Friday (DayOfWeek 5, so the bindings write 6): calendar.timegm = 1795796435.
        private const long Friday = 1795796435;

        [TestMethod]
        public void DecodesKnownAnswers()
        {
            Assert.AreEqual(Friday, Decode(new byte[] { 0x35, 0x20, 0x16, 0x06, 0x27, 0x11, 0x26 }, false));
            Assert.AreEqual(946684800L, Decode(new byte[] { 0x00, 0x00, 0x00, 0x07, 0x01, 0x01, 0x00 }, false));
            Assert.AreEqual(4102444799L, Decode(new byte[] { 0x59, 0x59, 0x23, 0x05, 0x31, 0x12, 0x99 }, false));
            Assert.AreEqual(1709208000L, Decode(new byte[] { 0x00, 0x00, 0x12, 0x05, 0x29, 0x02, 0x24 }, false));
        }

        [TestMethod]
        public void EncodesWhatTheNanoFrameworkBindingsWrite()
        {
            // Ds1307.SetTime: {0x00, sec & 0x7F, min, hour & 0x3F, DayOfWeek + 1, day, month, year - 2000};
            // Ds3231.SetTime: the same with the month's century bit set for years from 2000.
            byte[] write = new byte[8];
            RtcRegisterImage.EncodeTimeWrite(RtcChip.Ds1307, Friday, write);
            Check.BytesEqual(new byte[] { 0x00, 0x35, 0x20, 0x16, 0x06, 0x27, 0x11, 0x26 }, write, "DS1307 write");
            RtcRegisterImage.EncodeTimeWrite(RtcChip.Ds3231, Friday, write);
            Check.BytesEqual(new byte[] { 0x00, 0x35, 0x20, 0x16, 0x06, 0x27, 0x91, 0x26 }, write, "DS3231 write");
            RtcRegisterImage.EncodeTimeWrite(RtcChip.Ds1307, 946684800, write); // 2000-01-01, a Saturday
            Check.BytesEqual(new byte[] { 0x00, 0x00, 0x00, 0x00, 0x07, 0x01, 0x01, 0x00 }, write, "DS1307 2000-01-01");
        }

        [TestMethod]
        public void EncodeRefusesTimesTheChipsCannotHold()
        {
            byte[] registers = new byte[7];
            Check.Throws(typeof(ArgumentOutOfRangeException), () => RtcTimeRegisters.Encode(946684799, false, registers, 0), "1999-12-31");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => RtcTimeRegisters.Encode(4102444800, true, registers, 0), "2100-01-01");
            Assert.IsTrue(RtcTimeRegisters.Fits(946684800) && RtcTimeRegisters.Fits(4102444799));
        }

        [TestMethod]
        public void EveryDayFrom2000To2099EncodesAsTheNaiveCalendarSaysAndDecodesBack()
        {
            byte[] registers = new byte[7];
            int year = 2000;
            int month = 1;
            int day = 1;
            int weekday = 7; // 2000-01-01 was a Saturday: Sunday = 1 ... Saturday = 7
            long unix = 946684800;
            int secondOfDay = 0;
            while (year <= 2099)
            {
                long t = unix + secondOfDay;
                RtcTimeRegisters.Encode(t, year % 2 == 0, registers, 0);
                if (Bcd(day) != registers[4] || Bcd(month) != (registers[5] & 0x7F) || Bcd(year - 2000) != registers[6]
                    || weekday != registers[3] || Bcd(secondOfDay / 3600) != registers[2]
                    || Bcd((secondOfDay / 60) % 60) != registers[1] || Bcd(secondOfDay % 60) != registers[0])
                {
                    Check.Fail("encoding of " + t.ToString() + " (" + year.ToString() + "-" + month.ToString() + "-" + day.ToString() + ")");
                }

                long back;
                if (!RtcTimeRegisters.TryDecode(registers, 0, year % 2 == 0, out back) || back != t)
                {
                    Check.Fail("decoding of " + t.ToString() + " gave " + back.ToString());
                }

                secondOfDay = (secondOfDay + 3607) % 86400; // walks every hour, minute and second over the years
                unix += 86400;
                weekday = weekday == 7 ? 1 : weekday + 1;
                day++;
                if (day > NaiveDaysInMonth(year, month))
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

            Assert.AreEqual(4102444800L, unix, "the walk ends on 2100-01-01");
        }

        [TestMethod]
        public void EveryValueOfTheSecondsMinutesAndHoursRegisters()
        {
            // Base: 2026-11-27 16:20:35. Seconds bit 7 (DS1307 CH) is the chip layer's business, so it is ignored here.
            for (int v = 0; v < 256; v++)
            {
                int s = BcdValue(v & 0x7F);
                ExpectField(0, v, s >= 0 && s <= 59, 2026, 11, 27, 16, 20, s, "seconds");
                int m = v < 0x80 ? BcdValue(v) : -1;
                ExpectField(1, v, m >= 0 && m <= 59, 2026, 11, 27, 16, m, 35, "minutes");
                int h = (v & 0xC0) == 0 ? BcdValue(v) : -1; // bit 6 = 12-hour mode: refused, so a sync rewrites it
                ExpectField(2, v, h >= 0 && h <= 23, 2026, 11, 27, h, 20, 35, "hours");
            }
        }

        [TestMethod]
        public void EveryValueOfTheDayOfWeekRegisterIsIgnored()
        {
            for (int v = 0; v < 256; v++)
            {
                ExpectField(3, v, true, 2026, 11, 27, 16, 20, 35, "day of week");
            }
        }

        [TestMethod]
        public void EveryValueOfTheDateRegisterAgainstTheMonthLength()
        {
            int[] years = { 2024, 2025, 2026, 2026, 2100 - 1 };
            int[] months = { 2, 2, 4, 12, 2 };
            for (int i = 0; i < years.Length; i++)
            {
                for (int v = 0; v < 256; v++)
                {
                    int d = v < 0x40 ? BcdValue(v) : -1;
                    bool valid = d >= 1 && d <= NaiveDaysInMonth(years[i], months[i]);
                    ExpectField(4, v, valid, years[i], months[i], d, 16, 20, 35, "date in " + years[i].ToString() + "-" + months[i].ToString());
                }
            }
        }

        [TestMethod]
        public void EveryValueOfTheMonthRegisterWithAndWithoutTheCenturyBit()
        {
            for (int v = 0; v < 256; v++)
            {
                // DS1307: bits 7-5 are 0 on the chip, so any of them set is garbage.
                int m = v < 0x20 ? BcdValue(v) : -1;
                ExpectField(5, v, m >= 1 && m <= 12, 2026, m, 15, 16, 20, 35, "month (DS1307)", false);

                // DS3231: bit 7 is the century bit; 20yy either way.
                int c = (v & 0x7F) < 0x20 ? BcdValue(v & 0x7F) : -1;
                ExpectField(5, v, c >= 1 && c <= 12, 2026, c, 15, 16, 20, 35, "month (DS3231)", true);

                // Day 31 exists only in the long months.
                ExpectField(5, v, m >= 1 && m <= 12 && NaiveDaysInMonth(2026, m) == 31, 2026, m, 31, 16, 20, 35, "month with day 31", false);
            }
        }

        [TestMethod]
        public void EveryValueOfTheYearRegisterOnALeapDay()
        {
            for (int v = 0; v < 256; v++)
            {
                int y = BcdValue(v);
                ExpectField(6, v, y >= 0 && y % 4 == 0, 2000 + y, 2, 29, 16, 20, 35, "year on February 29");
                ExpectField(6, v, y >= 0, 2000 + y, 11, 27, 16, 20, 35, "year");
            }
        }

        [TestMethod]
        public void BusSpeedIs100KilohertzForTheDs1307And400ForTheDs3231()
        {
            Assert.AreEqual(100, RtcRegisterImage.MaxBusKilohertz(RtcChip.Ds1307));
            Assert.AreEqual(400, RtcRegisterImage.MaxBusKilohertz(RtcChip.Ds3231));
        }

        [TestMethod]
        public void Ds1307ClockHaltIsHalted()
        {
            long unix;
            byte[] running = { 0x35, 0x20, 0x16, 0x06, 0x27, 0x11, 0x26 };
            Assert.AreEqual((int)RtcStatus.Ok, (int)RtcRegisterImage.Decode(RtcChip.Ds1307, running, out unix));
            Assert.AreEqual(Friday, unix);
            Assert.AreEqual(7, RtcRegisterImage.ReadLength(RtcChip.Ds1307));

            // As it leaves the factory: CH set, 2000-01-01 00:00:00.
            byte[] fresh = { 0x80, 0x00, 0x00, 0x01, 0x01, 0x01, 0x00 };
            Assert.AreEqual((int)RtcStatus.Halted, (int)RtcRegisterImage.Decode(RtcChip.Ds1307, fresh, out unix));
            Assert.AreEqual(0L, unix);
        }

        [TestMethod]
        public void Ds3231OscillatorStopFlagIsHaltedButEoscAloneIsNot()
        {
            long unix;
            byte[] registers = Ds3231Image(0x00, 0x00);
            Assert.AreEqual(16, RtcRegisterImage.ReadLength(RtcChip.Ds3231));
            Assert.AreEqual((int)RtcStatus.Ok, (int)RtcRegisterImage.Decode(RtcChip.Ds3231, registers, out unix));
            Assert.AreEqual(Friday, unix);

            registers = Ds3231Image(0x1C, 0x88); // power-up state: OSF set
            Assert.AreEqual((int)RtcStatus.Halted, (int)RtcRegisterImage.Decode(RtcChip.Ds3231, registers, out unix));

            registers = Ds3231Image(0x9C, 0x08); // EOSC set (stops on battery only), OSF clear: the time is good
            Assert.AreEqual((int)RtcStatus.Ok, (int)RtcRegisterImage.Decode(RtcChip.Ds3231, registers, out unix));

            registers[0] = 0xB5; // bit 7 of a DS3231's seconds register reads 0: garbage, but CH is a DS1307 flag only
            Assert.AreEqual((int)RtcStatus.Ok, (int)RtcRegisterImage.Decode(RtcChip.Ds3231, registers, out unix));
        }

        [TestMethod]
        public void TwelveHourModeAndGarbageAreHaltedSoASyncRewritesThem()
        {
            long unix;

            // 12-hour mode, 4 PM: hours = 0x40 | 0x20 (PM) | 0x04. The bindings would read hour 64 and throw.
            byte[] twelveHour = { 0x35, 0x20, 0x64, 0x06, 0x27, 0x11, 0x26 };
            Assert.AreEqual((int)RtcStatus.Halted, (int)RtcRegisterImage.Decode(RtcChip.Ds1307, twelveHour, out unix));
            byte[] image = Ds3231Image(0x1C, 0x00);
            image[2] = 0x64;
            Assert.AreEqual((int)RtcStatus.Halted, (int)RtcRegisterImage.Decode(RtcChip.Ds3231, image, out unix));

            byte[] zeros = new byte[16]; // month 0, date 0: new DateTime would throw
            Assert.AreEqual((int)RtcStatus.Halted, (int)RtcRegisterImage.Decode(RtcChip.Ds1307, zeros, out unix));
            Assert.AreEqual((int)RtcStatus.Halted, (int)RtcRegisterImage.Decode(RtcChip.Ds3231, zeros, out unix));

            byte[] ones = new byte[16]; // a bus that reads 0xFF everywhere
            for (int i = 0; i < ones.Length; i++)
            {
                ones[i] = 0xFF;
            }

            Assert.AreEqual((int)RtcStatus.Halted, (int)RtcRegisterImage.Decode(RtcChip.Ds1307, ones, out unix));
            Assert.AreEqual((int)RtcStatus.Halted, (int)RtcRegisterImage.Decode(RtcChip.Ds3231, ones, out unix));
        }

        [TestMethod]
        public void ARewriteRepairsAChipLeftIn12HourMode()
        {
            byte[] image = Ds3231Image(0x1C, 0x00);
            image[2] = 0x64;
            long unix;
            Assert.AreEqual((int)RtcStatus.Halted, (int)RtcRegisterImage.Decode(RtcChip.Ds3231, image, out unix));

            byte[] write = new byte[8];
            RtcRegisterImage.EncodeTimeWrite(RtcChip.Ds3231, Friday, write);
            Array.Copy(write, 1, image, 0, 7); // what the chip holds after the write
            Assert.AreEqual((int)RtcStatus.Ok, (int)RtcRegisterImage.Decode(RtcChip.Ds3231, image, out unix));
            Assert.AreEqual(Friday, unix);
            Assert.AreEqual(0, image[2] & RtcTimeRegisters.TwelveHourModeBit, "24-hour mode");
        }

        [TestMethod]
        public void TheClockServiceRepairsAChipLeftIn12HourModeAtTheNextSync()
        {
            // A DS3231 whose registers say 4 PM in 12-hour mode: the bindings threw and the chip stayed "unreadable"
            // for good; decoded here it is halted, so the sync writes it (24-hour mode) and the time is good again.
            SimulatedTime time = new SimulatedTime(1795000000123);
            RegisterChip chip = new RegisterChip(time);
            chip.Registers[2] = 0x64;
            ClockService clock = new ClockService(chip, 1767225600);
            Assert.AreEqual((int)ClockState.Halted, (int)clock.Poll(time.Milliseconds));

            ClockServiceTests.Sync(clock, time);
            Assert.AreEqual((int)ClockState.Ok, (int)clock.Poll(time.Milliseconds));
            Assert.AreEqual(0, chip.Registers[2] & RtcTimeRegisters.TwelveHourModeBit, "24-hour mode after the write");
            long error = clock.NowUnixMilliseconds(time.Milliseconds) - time.TrueUnixMilliseconds;
            Assert.IsTrue(error > -1100 && error < 1100, "time after the repair, error " + error.ToString() + " ms");
        }

        /// <summary>A DS3231 as its 16 registers: reads decode them with the core, writes encode into them.</summary>
        private sealed class RegisterChip : IRealTimeClock
        {
            public readonly byte[] Registers = Ds3231Image(0x1C, 0x00);
            private readonly SimulatedTime _time;
            private bool _ticking;
            private long _writtenUnix;
            private long _writtenAt;

            public RegisterChip(SimulatedTime time)
            {
                _time = time;
            }

            public RtcStatus Read(out long unixSeconds)
            {
                if (_ticking)
                {
                    RtcTimeRegisters.Encode(_writtenUnix + ((_time.Milliseconds - _writtenAt) / 1000), true, Registers, 0);
                }

                return RtcRegisterImage.Decode(RtcChip.Ds3231, Registers, out unixSeconds);
            }

            public bool Write(long unixSeconds)
            {
                byte[] write = new byte[8];
                RtcRegisterImage.EncodeTimeWrite(RtcChip.Ds3231, unixSeconds, write);
                Array.Copy(write, 1, Registers, 0, 7);
                Registers[RtcRegisterImage.Ds3231StatusRegister] &= 0x7F;
                _ticking = true;
                _writtenUnix = unixSeconds;
                _writtenAt = _time.Milliseconds;
                return true;
            }
        }

        private static byte[] Ds3231Image(byte control, byte status)
        {
            byte[] registers = new byte[16];
            byte[] time = { 0x35, 0x20, 0x16, 0x06, 0x27, 0x91, 0x26 };
            Array.Copy(time, 0, registers, 0, 7);
            registers[0x0E] = control;
            registers[0x0F] = status;
            return registers;
        }

        private static void ExpectField(int register, int value, bool valid, int year, int month, int day, int hour, int minute, int second, string what)
        {
            ExpectField(register, value, valid, year, month, day, hour, minute, second, what, false);
        }

        private static void ExpectField(int register, int value, bool valid, int year, int month, int day, int hour, int minute, int second, string what, bool centuryBit)
        {
            // Start from the base 2026-11-27 16:20:35 with the field's own register replaced by value.
            byte[] registers = { 0x35, 0x20, 0x16, 0x06, 0x27, 0x11, 0x26 };
            if (register != 5 && register != 4 && register != 6)
            {
                registers[register] = (byte)value;
            }
            else
            {
                registers[4] = (byte)(day >= 0 ? Bcd(day) : 0);
                registers[5] = (byte)(month >= 0 ? Bcd(month) : 0);
                registers[6] = (byte)(year >= 2000 ? Bcd(year - 2000) : 0);
                registers[register] = (byte)value;
            }

            long unix;
            bool decoded = RtcTimeRegisters.TryDecode(registers, 0, centuryBit, out unix);
            string label = what + " register value 0x" + value.ToString("X2");
            if (decoded != valid)
            {
                Check.Fail(label + (valid ? ": refused, expected a time" : ": decoded, expected a refusal"));
            }

            if (valid && unix != NaiveUnix(year, month, day, hour, minute, second))
            {
                Check.Fail(label + ": " + unix.ToString() + " instead of " + NaiveUnix(year, month, day, hour, minute, second).ToString());
            }

            if (!valid && unix != 0)
            {
                Check.Fail(label + ": a refused value must leave 0");
            }
        }

        /// <summary>Unix seconds by counting days one year and one month at a time from 1970.</summary>
        private static long NaiveUnix(int year, int month, int day, int hour, int minute, int second)
        {
            long days = 0;
            for (int y = 1970; y < year; y++)
            {
                days += NaiveDaysInMonth(y, 2) == 29 ? 366 : 365;
            }

            for (int m = 1; m < month; m++)
            {
                days += NaiveDaysInMonth(year, m);
            }

            days += day - 1;
            return (days * 86400) + (hour * 3600) + (minute * 60) + second;
        }

        private static int NaiveDaysInMonth(int year, int month)
        {
            int[] lengths = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
            if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
            {
                return 29;
            }

            return lengths[month - 1];
        }

        private static int Bcd(int value)
        {
            return ((value / 10) * 16) + (value % 10);
        }

        /// <summary>The decimal value of a BCD byte, or -1 when a nibble is above 9.</summary>
        private static int BcdValue(int value)
        {
            int tens = value / 16;
            int ones = value % 16;
            return tens < 10 && ones < 10 ? (tens * 10) + ones : -1;
        }

        private static long Decode(byte[] registers, bool centuryBit)
        {
            long unix;
            Assert.IsTrue(RtcTimeRegisters.TryDecode(registers, 0, centuryBit, out unix), "decodes");
            return unix;
        }
    }
}
