using System;
using System.Device.I2c;
using HardwareToken.Core.Ports;
using Iot.Device.Rtc;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// <see cref="IRealTimeClock"/> on a DS1307 or DS3231 (package nanoFramework.Iot.Device.Rtc, classes
    /// <see cref="Ds1307"/> / <see cref="Ds3231"/>), plus raw register access for what the bindings do not expose.
    /// </summary>
    /// <remarks>
    /// <para>Time: <see cref="RtcBase.DateTime"/> get/set (24-hour mode, UTC, years 2000-2099). Both bindings ignore
    /// the I2C transfer status, so this adapter checks the bus itself: the flag register is read first with
    /// <c>I2cDevice.WriteRead</c> and its <see cref="I2cTransferResult.Status"/> checked, any exception from the
    /// binding (a failed read leaves zeros, which are not a valid date) is caught, and every write is verified by
    /// reading the flag and the time back.</para>
    /// <para>Oscillator flag (not exposed by the bindings): DS1307 CH = register 0x00 bit 7 (set at first power-up,
    /// cleared by the binding's time write); DS3231 OSF = status register 0x0F bit 7 (set when the oscillator stopped
    /// or at first power-up; stays set until written 0, which <see cref="Write"/> does after a successful time
    /// write, together with clearing EOSC, control register 0x0E bit 7, so the oscillator runs on the battery).</para>
    /// <para>The chip cannot be detected safely (both at 0x68; see <see cref="BuildInfo.Rtc"/>).</para>
    /// </remarks>
    public sealed class RtcClock : IRealTimeClock
    {
        /// <summary>DS1307 seconds register; bit 7 is CH (clock halt).</summary>
        public const byte Ds1307SecondsRegister = 0x00;

        /// <summary>DS3231 control register; bit 7 is EOSC (1 = oscillator stops on battery).</summary>
        public const byte Ds3231ControlRegister = 0x0E;

        /// <summary>DS3231 status register; bit 7 is OSF (oscillator stop flag).</summary>
        public const byte Ds3231StatusRegister = 0x0F;

        /// <summary>Bit 7: CH on the DS1307, OSF and EOSC on the DS3231.</summary>
        public const byte Bit7 = 0x80;

        /// <summary>A verified write may read back this many seconds later than written.</summary>
        public const int WriteVerifySlackSeconds = 2;

        private readonly I2cDevice _i2c;
        private readonly RtcChip _chip;
        private readonly RtcBase _rtc;
        private readonly byte _flagRegister;
        private readonly byte[] _registerAddress = new byte[1];
        private readonly byte[] _registerValue = new byte[1];
        private readonly byte[] _registerWrite = new byte[2];

        /// <summary>Binds the RTC on <paramref name="i2c"/> (address 0x68, 100 kHz).</summary>
        public RtcClock(I2cDevice i2c, RtcChip chip)
        {
            if (i2c == null)
            {
                throw new ArgumentNullException("i2c");
            }

            _i2c = i2c;
            _chip = chip;
            if (chip == RtcChip.Ds3231)
            {
                _rtc = new Ds3231(i2c);
                _flagRegister = Ds3231StatusRegister;
            }
            else if (chip == RtcChip.Ds1307)
            {
                _rtc = new Ds1307(i2c);
                _flagRegister = Ds1307SecondsRegister;
            }
            else
            {
                throw new ArgumentOutOfRangeException("chip");
            }
        }

        /// <inheritdoc />
        public RtcStatus Read(out long unixSeconds)
        {
            unixSeconds = 0;
            try
            {
                byte flags;
                if (!ReadRegister(_flagRegister, out flags))
                {
                    return RtcStatus.Unreadable;
                }

                if ((flags & Bit7) != 0)
                {
                    return RtcStatus.Halted;
                }

                DateTime now = _rtc.DateTime;
                unixSeconds = UnixTime.FromDateTime(now);
                return RtcStatus.Ok;
            }
            catch (Exception)
            {
                unixSeconds = 0;
                return RtcStatus.Unreadable;
            }
        }

        /// <inheritdoc />
        public bool Write(long unixSeconds)
        {
            if (!UnixTime.FitsRtc(unixSeconds))
            {
                return false;
            }

            try
            {
                _rtc.DateTime = UnixTime.ToDateTime(unixSeconds);

                if (_chip == RtcChip.Ds3231 && !StartDs3231Oscillator())
                {
                    return false;
                }

                long check;
                if (Read(out check) != RtcStatus.Ok)
                {
                    return false;
                }

                return check >= unixSeconds && check <= unixSeconds + WriteVerifySlackSeconds;
            }
            catch (Exception)
            {
                return false;
            }
        }

        private bool StartDs3231Oscillator()
        {
            byte control;
            if (!ReadRegister(Ds3231ControlRegister, out control))
            {
                return false;
            }

            if ((control & Bit7) != 0 && !WriteRegister(Ds3231ControlRegister, (byte)(control & ~Bit7)))
            {
                return false;
            }

            byte status;
            if (!ReadRegister(Ds3231StatusRegister, out status))
            {
                return false;
            }

            return (status & Bit7) == 0 || WriteRegister(Ds3231StatusRegister, (byte)(status & ~Bit7));
        }

        private bool ReadRegister(byte register, out byte value)
        {
            _registerAddress[0] = register;
            _registerValue[0] = 0;
            I2cTransferResult result = _i2c.WriteRead(_registerAddress, _registerValue);
            value = _registerValue[0];
            return result.Status == I2cTransferStatus.FullTransfer;
        }

        private bool WriteRegister(byte register, byte value)
        {
            _registerWrite[0] = register;
            _registerWrite[1] = value;
            I2cTransferResult result = _i2c.Write(_registerWrite);
            return result.Status == I2cTransferStatus.FullTransfer;
        }
    }
}
