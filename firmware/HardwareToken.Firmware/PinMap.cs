namespace HardwareToken.Firmware
{
    /// <summary>
    /// Every pin and bus address of the token, in one place. Plain constants only (no nanoFramework types), so the
    /// desktop test project can compile this file and check it against hardware/pinout.csv and the ESP32 pin rules
    /// (tests/HardwareToken.Hardware.Tests).
    /// </summary>
    /// <remarks>
    /// Naming rule the tests rely on: a constant ending in <c>Gpio</c> is an ESP32 GPIO number and has a row with the
    /// same name in hardware/pinout.csv; nothing else here is a pin.
    /// Board: ESP32-WROOM-32 (DevKitC or bare module), firmware target ESP32_REV0. Pins avoided: GPIO6-11 (SPI flash),
    /// GPIO16/17 (PSRAM on WROVER modules), GPIO1/3 (UART0 = COM1 = the nanoFramework wire protocol), and the
    /// strapping pins 0, 2, 5, 12, 15.
    /// </remarks>
    public static class PinMap
    {
        /// <summary>I2C1 data (SSD1306 and RTC share the bus). The nanoFramework samples' SDA.</summary>
        public const int I2cSdaGpio = 21;

        /// <summary>I2C1 clock.</summary>
        public const int I2cSclGpio = 22;

        /// <summary>
        /// The push button, to GND, with an external 10 kΩ pull-up to 3.3 V. GPIO27 is an RTC GPIO (RTC_GPIO17), so
        /// it can wake the chip from deep sleep through ext0 at level 0 (pressed).
        /// </summary>
        public const int ButtonGpio = 27;

        /// <summary>COM2 (UART1) receive: wire to the USB-UART adapter's TX.</summary>
        public const int Com2RxGpio = 32;

        /// <summary>COM2 (UART1) transmit: wire to the USB-UART adapter's RX.</summary>
        public const int Com2TxGpio = 33;

        /// <summary>nanoFramework bus id of I2C1 on the ESP32 (the native code subtracts 1).</summary>
        public const int I2cBusId = 1;

        /// <summary>7-bit I2C address of the SSD1306 (0x3C; some panels strap 0x3D).</summary>
        public const int OledI2cAddress = 0x3C;

        /// <summary>7-bit I2C address of the DS1307 and of the DS3231 (both 0x68).</summary>
        public const int RtcI2cAddress = 0x68;

        /// <summary>Serial port name of the provisioning link (COM2 = UART1; COM1 is the wire protocol).</summary>
        public const string ProvisioningPort = "COM2";

        /// <summary>Provisioning link speed, 8N1.</summary>
        public const int ProvisioningBaudRate = 115200;
    }
}
