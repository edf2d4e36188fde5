namespace HardwareToken.Core.Time
{
    /// <summary>The supported real-time clock chips (both answer at I2C address 0x68).</summary>
    public enum RtcChip
    {
        /// <summary>Maxim DS1307: oscillator-halt flag CH in bit 7 of register 0x00, 5 V part, 100 kHz I2C only.</summary>
        Ds1307 = 1,

        /// <summary>Maxim DS3231: oscillator-stop flag OSF in bit 7 of status register 0x0F, 400 kHz I2C.</summary>
        Ds3231 = 2,
    }
}
