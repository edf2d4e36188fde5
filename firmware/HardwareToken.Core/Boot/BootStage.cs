namespace HardwareToken.Core.Boot
{
    /// <summary>
    /// The steps of the firmware's start-up, in order, so a crash screen can say which one failed (its number is
    /// the error code on the screen). Plain constants and a switch, no tables.
    /// </summary>
    public static class BootStage
    {
        /// <summary>Pin muxing and the wake-up cause.</summary>
        public const int Pins = 1;

        /// <summary>The I2C bus devices.</summary>
        public const int I2cBus = 2;

        /// <summary>The display.</summary>
        public const int Display = 3;

        /// <summary>The real-time clock and the system time.</summary>
        public const int Clock = 4;

        /// <summary>The button GPIO.</summary>
        public const int Button = 5;

        /// <summary>The serial provisioning port.</summary>
        public const int Serial = 6;

        /// <summary>The storage file on the flash file system.</summary>
        public const int Storage = 7;

        /// <summary>The core: boot and the main loop.</summary>
        public const int App = 8;

        /// <summary>The name shown on the crash screen for <paramref name="stage"/>.</summary>
        public static string Name(int stage)
        {
            switch (stage)
            {
                case Pins: return "PIN SETUP";
                case I2cBus: return "I2C BUS";
                case Display: return "DISPLAY";
                case Clock: return "CLOCK";
                case Button: return "BUTTON";
                case Serial: return "SERIAL PORT";
                case Storage: return "STORAGE";
                case App: return "FIRMWARE";
                default: return "UNKNOWN";
            }
        }
    }
}
