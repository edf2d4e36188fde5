using System.Device.I2c;
using HardwareToken.Core.Boot;
using HardwareToken.Firmware.Adapters;

namespace HardwareToken.Firmware
{
    /// <summary>
    /// How far <see cref="Program"/>'s set-up got: the current <see cref="BootStage"/> and the display parts built so
    /// far, which is what the crash path (<see cref="EspFailSafe"/>) can still use.
    /// </summary>
    public sealed class BootProgress
    {
        /// <summary>The stage running now (<see cref="BootStage"/>).</summary>
        public int Stage = BootStage.Pins;

        /// <summary>The OLED's I2C device, once created.</summary>
        public I2cDevice Oled;

        /// <summary>The display adapter, once initialised.</summary>
        public Ssd1306Display Display;
    }
}
