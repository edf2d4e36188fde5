using HardwareToken.Core.Ports;

namespace HardwareToken.Core.Time
{
    /// <summary>
    /// What one register read of the RTC means: the adapter reads <see cref="ReadLength"/> registers from 0x00 in a
    /// single status-checked I2C transfer and hands them here. Chip-specific flags, then the shared time registers
    /// (<see cref="RtcTimeRegisters"/>).
    /// </summary>
    /// <remarks>
    /// DS1307: registers 0x00-0x06; CH (0x00 bit 7) set = oscillator halted. DS3231: registers 0x00-0x0F (time,
    /// alarms, control 0x0E, status 0x0F) so the oscillator-stop flag OSF (0x0F bit 7) comes in the same transfer.
    /// A set flag and registers that do not decode (12-hour mode, invalid BCD, a date that does not exist) are both
    /// <see cref="RtcStatus.Halted"/>: the time is meaningless and the next sync rewrites it.
    /// <see cref="RtcStatus.Unreadable"/> is never returned here: it is the adapter's answer when the transfer fails.
    /// </remarks>
    public static class RtcRegisterImage
    {
        /// <summary>DS1307 seconds register; bit 7 is CH (clock halt).</summary>
        public const int Ds1307SecondsRegister = 0x00;

        /// <summary>DS3231 control register; bit 7 is EOSC (1 = oscillator stops on battery).</summary>
        public const int Ds3231ControlRegister = 0x0E;

        /// <summary>DS3231 status register; bit 7 is OSF (oscillator stop flag).</summary>
        public const int Ds3231StatusRegister = 0x0F;

        /// <summary>
        /// Fastest I2C clock the chip allows, in kHz: 100 for the DS1307 (standard mode only), 400 for the DS3231.
        /// The bus speed is bus-wide, so this caps the whole bus (the SSD1306 and a DS3231 module's AT24C32 EEPROM
        /// allow 400 kHz).
        /// </summary>
        public static int MaxBusKilohertz(RtcChip chip)
        {
            return chip == RtcChip.Ds3231 ? 400 : 100;
        }

        /// <summary>Registers read from 0x00 for <paramref name="chip"/>: 7 (DS1307) or 16 (DS3231).</summary>
        public static int ReadLength(RtcChip chip)
        {
            return chip == RtcChip.Ds3231 ? Ds3231StatusRegister + 1 : RtcTimeRegisters.Length;
        }

        /// <summary>
        /// Interprets <see cref="ReadLength"/>(<paramref name="chip"/>) registers read from 0x00:
        /// <see cref="RtcStatus.Ok"/> with the time, or <see cref="RtcStatus.Halted"/> (and 0).
        /// </summary>
        public static RtcStatus Decode(RtcChip chip, byte[] registers, out long unixSeconds)
        {
            unixSeconds = 0;
            bool halted = chip == RtcChip.Ds3231
                ? (registers[Ds3231StatusRegister] & RtcTimeRegisters.Bit7) != 0
                : (registers[Ds1307SecondsRegister] & RtcTimeRegisters.Bit7) != 0;
            if (halted)
            {
                return RtcStatus.Halted;
            }

            long decoded;
            if (!RtcTimeRegisters.TryDecode(registers, 0, chip == RtcChip.Ds3231, out decoded))
            {
                return RtcStatus.Halted;
            }

            unixSeconds = decoded;
            return RtcStatus.Ok;
        }

        /// <summary>
        /// Fills <paramref name="write"/> (at least 8 bytes) with the I2C write that sets the time: register address
        /// 0x00, then the 7 time registers (CH = 0 starts a DS1307's oscillator; 24-hour mode).
        /// </summary>
        public static void EncodeTimeWrite(RtcChip chip, long unixSeconds, byte[] write)
        {
            write[0] = 0x00;
            RtcTimeRegisters.Encode(unixSeconds, chip == RtcChip.Ds3231, write, 1);
        }
    }
}
