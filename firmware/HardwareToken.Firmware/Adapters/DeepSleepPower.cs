using System;
using HardwareToken.Core.Ports;
using nanoFramework.Hardware.Esp32;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// <see cref="IPower"/> on the ESP32's deep sleep (package nanoFramework.Hardware.Esp32, class <see cref="Sleep"/>):
    /// arms ext0 wake-up on the button pin at level 0 (pressed, the pin is pulled up), then sleeps.
    /// </summary>
    /// <remarks>
    /// <see cref="Sleep.StartDeepSleep"/> never returns: waking is a reset, <c>Main</c> runs again and
    /// <see cref="Sleep.GetWakeupCause"/> reports <c>Ext0</c>, which <see cref="GpioButton"/> turns into a press.
    /// The call returns (and the token stays awake with the display off, as the port allows) in two cases: the button
    /// is still held, since a level-0 wake source would wake the chip at once and reboot in a loop; or arming the
    /// wake source failed, since sleeping without it would never wake.
    /// Deep-sleep current: about 10 µA for the bare chip, mA on a DevKit because of its USB bridge and LDO
    /// (hardware/README.md).
    /// </remarks>
    public sealed class DeepSleepPower : IPower
    {
        /// <summary>ext0 level that wakes the chip: 0, the pressed state (the button pulls the pin to GND).</summary>
        public const int WakeLevel = 0;

        private readonly Sleep.WakeupGpioPin _wakePin;
        private readonly GpioButton _button;

        /// <summary>Sleeps until <paramref name="button"/>'s pin (<paramref name="wakePin"/>) goes low.</summary>
        public DeepSleepPower(Sleep.WakeupGpioPin wakePin, GpioButton button)
        {
            if (button == null)
            {
                throw new ArgumentNullException("button");
            }

            _wakePin = wakePin;
            _button = button;
        }

        /// <inheritdoc />
        public void EnterDeepSleep()
        {
            if (_button.IsHeld)
            {
                return;
            }

            if (Sleep.EnableWakeupByPin(_wakePin, WakeLevel) != EspNativeError.OK)
            {
                return;
            }

            Sleep.StartDeepSleep();
        }

        /// <summary>
        /// The ext0 wake-up flag of an RTC-capable GPIO (0, 2, 4, 12-15, 25-27, 32-39); any other pin cannot wake the
        /// chip from deep sleep.
        /// </summary>
        public static Sleep.WakeupGpioPin WakeupPinFor(int gpio)
        {
            switch (gpio)
            {
                case 0: return Sleep.WakeupGpioPin.Pin0;
                case 2: return Sleep.WakeupGpioPin.Pin2;
                case 4: return Sleep.WakeupGpioPin.Pin4;
                case 12: return Sleep.WakeupGpioPin.Pin12;
                case 13: return Sleep.WakeupGpioPin.Pin13;
                case 14: return Sleep.WakeupGpioPin.Pin14;
                case 15: return Sleep.WakeupGpioPin.Pin15;
                case 25: return Sleep.WakeupGpioPin.Pin25;
                case 26: return Sleep.WakeupGpioPin.Pin26;
                case 27: return Sleep.WakeupGpioPin.Pin27;
                case 32: return Sleep.WakeupGpioPin.Pin32;
                case 33: return Sleep.WakeupGpioPin.Pin33;
                case 34: return Sleep.WakeupGpioPin.Pin34;
                case 35: return Sleep.WakeupGpioPin.Pin35;
                case 36: return Sleep.WakeupGpioPin.Pin36;
                case 37: return Sleep.WakeupGpioPin.Pin37;
                case 38: return Sleep.WakeupGpioPin.Pin38;
                case 39: return Sleep.WakeupGpioPin.Pin39;
                default: throw new ArgumentOutOfRangeException("gpio", "not an RTC GPIO: cannot wake the ESP32 from deep sleep");
            }
        }
    }
}
