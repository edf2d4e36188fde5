namespace HardwareToken.Core.Ports
{
    /// <summary>What ended a light sleep, or how the token last woke. Values are stable: the emulator prints their names.</summary>
    public enum WakeCause
    {
        /// <summary>The adapter did not sleep (it cannot, or the button was busy): nothing woke it.</summary>
        None = 0,

        /// <summary>The button (ext0 on the ESP32).</summary>
        Button = 1,

        /// <summary>Activity on the provisioning serial line (the UART's RX edge counter on the ESP32).</summary>
        Serial = 2,

        /// <summary>The bounding timer: the requested time has passed.</summary>
        Timer = 3,

        /// <summary>Anything else the chip reports.</summary>
        Other = 4,

        /// <summary>The app started: power-on, reset, or a deep-sleep wake (which is a reset on the ESP32).</summary>
        Boot = 5,
    }
}
