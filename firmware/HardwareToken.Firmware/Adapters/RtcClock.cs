using System;
using System.Device.I2c;
using HardwareToken.Core.Ports;
using HardwareToken.Core.Time;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// <see cref="IRealTimeClock"/> on a DS1307 or DS3231 by raw register access (package System.Device.I2c); the
    /// register layout is decoded and encoded by the core (<see cref="RtcRegisterImage"/>, <see cref="RtcTimeRegisters"/>),
    /// where the shared tests cover every register pattern.
    /// </summary>
    /// <remarks>
    /// <para>Read: one <c>WriteRead</c> (register address 0x00, then <see cref="RtcRegisterImage.ReadLength"/> bytes:
    /// the time and, on the DS3231, control and status with the OSF flag) in a single I2C transaction (start, write,
    /// repeated start, read, stop: nf-interpreter <c>targets/ESP32/_nanoCLR/System.Device.I2c/
    /// sys_dev_i2c_native_System_Device_I2c_I2cDevice.cpp</c>). <see cref="RtcStatus.Unreadable"/> only when that
    /// transfer does not complete (status other than FullTransfer, or the native exception it throws for other bus
    /// errors); anything the registers say that is not a running 24-hour clock is <see cref="RtcStatus.Halted"/>, so
    /// the next sync rewrites it. The nanoFramework Rtc bindings are not used: they read in two transfers without a
    /// status check and hand unmasked fields to <c>new DateTime</c>, which throws on 12-hour mode or month 0.</para>
    /// <para>Write: the 7 time registers in one write (24-hour mode, CH = 0 so a DS1307's oscillator runs); on the
    /// DS3231 EOSC (0x0E bit 7) and OSF (0x0F bit 7) are then cleared; then verified by reading back (Ok and within
    /// <see cref="WriteVerifySlackSeconds"/>).</para>
    /// <para>The chip cannot be detected safely (both at 0x68; see <see cref="BuildInfo.Rtc"/>). No allocation after
    /// construction.</para>
    /// </remarks>
    public sealed class RtcClock : IRealTimeClock
    {
        /// <summary>A verified write may read back this many seconds later than written.</summary>
        public const int WriteVerifySlackSeconds = 2;

        private const byte Bit7 = 0x80;

        private readonly I2cDevice _i2c;
        private readonly RtcChip _chip;
        private readonly byte[] _readAddress = new byte[] { 0x00 };
        private readonly byte[] _registers;
        private readonly byte[] _timeWrite = new byte[1 + RtcTimeRegisters.Length];
        private readonly byte[] _registerWrite = new byte[2];

        /// <summary>Binds the RTC on <paramref name="i2c"/> (address 0x68).</summary>
        public RtcClock(I2cDevice i2c, RtcChip chip)
        {
            if (i2c == null)
            {
                throw new ArgumentNullException("i2c");
            }

            if (chip != RtcChip.Ds1307 && chip != RtcChip.Ds3231)
            {
                throw new ArgumentOutOfRangeException("chip");
            }

            _i2c = i2c;
            _chip = chip;
            _registers = new byte[RtcRegisterImage.ReadLength(chip)];
        }

        /// <inheritdoc />
        public RtcStatus Read(out long unixSeconds)
        {
            unixSeconds = 0;
            if (!ReadRegisters())
            {
                return RtcStatus.Unreadable;
            }

            return RtcRegisterImage.Decode(_chip, _registers, out unixSeconds);
        }

        /// <inheritdoc />
        public bool Write(long unixSeconds)
        {
            if (!RtcTimeRegisters.Fits(unixSeconds))
            {
                return false;
            }

            RtcRegisterImage.EncodeTimeWrite(_chip, unixSeconds, _timeWrite);
            if (!Transfer(_timeWrite))
            {
                return false;
            }

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

        private bool StartDs3231Oscillator()
        {
            if (!ReadRegisters())
            {
                return false;
            }

            byte control = _registers[RtcRegisterImage.Ds3231ControlRegister];
            if ((control & Bit7) != 0 && !WriteRegister(RtcRegisterImage.Ds3231ControlRegister, (byte)(control & ~Bit7)))
            {
                return false;
            }

            byte status = _registers[RtcRegisterImage.Ds3231StatusRegister];
            return (status & Bit7) == 0 || WriteRegister(RtcRegisterImage.Ds3231StatusRegister, (byte)(status & ~Bit7));
        }

        private bool ReadRegisters()
        {
            try
            {
                return _i2c.WriteRead(_readAddress, _registers).Status == I2cTransferStatus.FullTransfer;
            }
            catch (Exception)
            {
                // The ESP32 native throws for bus errors other than NACK and time-out.
                return false;
            }
        }

        private bool WriteRegister(int register, byte value)
        {
            _registerWrite[0] = (byte)register;
            _registerWrite[1] = value;
            return Transfer(_registerWrite);
        }

        private bool Transfer(byte[] write)
        {
            try
            {
                return _i2c.Write(write).Status == I2cTransferStatus.FullTransfer;
            }
            catch (Exception)
            {
                return false;
            }
        }
    }
}
