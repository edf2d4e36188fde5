namespace HardwareToken.Core.App
{
    /// <summary>The sleep policy's stage. Values are stable: the emulator prints their names.</summary>
    public enum PowerStage
    {
        /// <summary>Display on, serving the button and the serial line.</summary>
        Awake = 0,

        /// <summary>Display off, light-sleeping through the warm window: a press shows the code without a reboot.</summary>
        LightSleep = 1,

        /// <summary>Display off, deep sleep asked for: on the ESP32 the next press reboots the app.</summary>
        DeepSleep = 2,
    }
}
