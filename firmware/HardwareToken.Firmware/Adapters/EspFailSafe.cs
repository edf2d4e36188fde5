using System.Device.I2c;
using System.Threading;
using HardwareToken.Core.Boot;
using nanoFramework.Hardware.Esp32;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// The ESP32's last-resort steps for <see cref="FailSafeShutdown"/>: whatever part of the board was built before
    /// the failure (the display, or only the OLED's <see cref="I2cDevice"/>, or nothing) and the Sleep API called
    /// directly (package nanoFramework.Hardware.Esp32), so the crash path depends on no other adapter.
    /// </summary>
    /// <remarks>
    /// <see cref="Sleep.StartDeepSleep"/> never returns (waking is a reset). <c>Power.RebootDevice</c> (package
    /// nanoFramework.Runtime.Native) is the way out when the wake source could not be armed.
    /// </remarks>
    public sealed class EspFailSafe : IFailSafeSteps
    {
        private readonly Ssd1306Display _display;
        private readonly I2cDevice _oled;

        /// <summary>Uses <paramref name="display"/> and <paramref name="oled"/> when they exist (either may be null).</summary>
        public EspFailSafe(Ssd1306Display display, I2cDevice oled)
        {
            _display = display;
            _oled = oled;
        }

        /// <inheritdoc />
        public bool ShowFrame(byte[] frame)
        {
            if (_display == null || !_display.Show(frame))
            {
                return false;
            }

            _display.SetPower(true);
            return true;
        }

        /// <inheritdoc />
        public void Wait(int milliseconds)
        {
            Thread.Sleep(milliseconds);
        }

        /// <inheritdoc />
        public void PanelOff()
        {
            Ssd1306Display.ForceOff(_oled);
        }

        /// <inheritdoc />
        public bool ArmButtonWakeup()
        {
            return Sleep.EnableWakeupByPin(EspSleepPower.WakeupPinFor(PinMap.ButtonGpio), EspSleepPower.WakeLevel) == EspNativeError.OK;
        }

        /// <inheritdoc />
        public void DeepSleep()
        {
            Sleep.StartDeepSleep();
        }

        /// <inheritdoc />
        public void Reboot()
        {
            nanoFramework.Runtime.Native.Power.RebootDevice();
        }
    }
}
