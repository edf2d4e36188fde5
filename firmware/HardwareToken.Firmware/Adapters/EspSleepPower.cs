using System;
using HardwareToken.Core.Ports;
using nanoFramework.Hardware.Esp32;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// <see cref="IPower"/> on the ESP32's light and deep sleep (package nanoFramework.Hardware.Esp32, class
    /// <see cref="Sleep"/>): light sleep wakes on the button (ext0, level 0), on COM2's receive line (the UART's edge
    /// counter) and on a timer; deep sleep wakes on the button only.
    /// </summary>
    /// <remarks>
    /// <para>What the native code does (nf-interpreter <c>targets/ESP32/_nanoCLR/nanoFramework.Hardware.ESP32/
    /// nanoFramework_hardware_esp32_native_Hardware_Esp32_Sleep.cpp</c>): <see cref="Sleep.StartLightSleep"/> calls
    /// <c>esp_light_sleep_start()</c> on the interpreter's thread and returns its error code after the wake, so the
    /// whole CLR stops until then; <see cref="Sleep.EnableWakeupByUart"/> calls <c>uart_set_wakeup_threshold</c> and
    /// <c>esp_sleep_enable_uart_wakeup</c>; <see cref="Sleep.EnableWakeupByTimer"/> calls
    /// <c>esp_sleep_enable_timer_wakeup</c>. There is no managed call to disable a wake source, so every source armed
    /// for a light sleep stays armed for the next sleep of either kind (docs/firmware.md, "Light sleep").</para>
    /// <para>Every light sleep is armed with a timer first: if arming it fails the adapter does not sleep, so a wake
    /// source that never fires (nanoframework/Home#705 was ext0 not waking; #1165 apps that stopped after days of
    /// sleep cycles) cannot strand the token. Before a deep sleep the timer left over from the light sleeps is pushed
    /// out to <see cref="DeepSleepTimerDays"/> days; a token left untouched that long boots once, shows its
    /// screen for the display timeout and sleeps again.</para>
    /// <para>Both calls return at once, without sleeping, while the button is held (a level-0 wake source would
    /// wake the chip at once: in deep sleep a reboot loop) or while button edges are queued (a tap just before sleep
    /// is handled instead of lost).</para>
    /// <para>Deep sleep: <see cref="Sleep.StartDeepSleep"/> never returns; waking is a reset, <c>Main</c> runs again and
    /// <see cref="Sleep.GetWakeupCause"/> reports <c>Ext0</c>, which <see cref="GpioButton"/> turns into a press.</para>
    /// </remarks>
    public sealed class EspSleepPower : IPower
    {
        /// <summary>ext0 level that wakes the chip: 0, the pressed state (the button pulls the pin to GND).</summary>
        public const int WakeLevel = 0;

        /// <summary>
        /// Rising edges on COM2's RX that wake the chip (ESP-IDF <c>uart_set_wakeup_threshold</c>; the ESP32 needs at
        /// least 3). The character that completes them, and those before it, are lost: the host resends.
        /// </summary>
        public const int UartWakeEdges = 3;

        /// <summary>How far out the leftover light-sleep timer is pushed before a deep sleep.</summary>
        public const int DeepSleepTimerDays = 30;

        private readonly Sleep.WakeupGpioPin _wakePin;
        private readonly GpioButton _button;
        private readonly Sleep.WakeUpPort _serialPort;

        /// <summary>Sleeps until <paramref name="button"/>'s pin (<paramref name="wakePin"/>) goes low, or COM2 sees traffic (light sleep).</summary>
        public EspSleepPower(Sleep.WakeupGpioPin wakePin, GpioButton button, Sleep.WakeUpPort serialPort)
        {
            if (button == null)
            {
                throw new ArgumentNullException("button");
            }

            _wakePin = wakePin;
            _button = button;
            _serialPort = serialPort;
        }

        /// <summary>Number of light sleeps that failed to arm their UART wake (the serial line then wakes nothing).</summary>
        public int UartWakeFailures { get; private set; }

        /// <inheritdoc />
        public WakeCause LightSleep(int maxMilliseconds)
        {
            if (maxMilliseconds <= 0 || ButtonBusy())
            {
                return WakeCause.None;
            }

            // The bound first: without it the adapter does not sleep at all.
            if (Sleep.EnableWakeupByTimer(TimeSpan.FromTicks(maxMilliseconds * TimeSpan.TicksPerMillisecond)) != EspNativeError.OK)
            {
                return WakeCause.None;
            }

            if (Sleep.EnableWakeupByPin(_wakePin, WakeLevel) != EspNativeError.OK)
            {
                return WakeCause.None;
            }

            if (Sleep.EnableWakeupByUart(_serialPort, UartWakeEdges) != EspNativeError.OK)
            {
                // Still worth sleeping: the button and the timer wake the chip, and the host falls back to asking
                // for a press.
                UartWakeFailures++;
            }

            if (ButtonBusy() || Sleep.StartLightSleep() != EspNativeError.OK)
            {
                return WakeCause.None;
            }

            return CauseOf(Sleep.GetWakeupCause());
        }

        /// <inheritdoc />
        public void EnterDeepSleep()
        {
            if (ButtonBusy())
            {
                return;
            }

            if (Sleep.EnableWakeupByPin(_wakePin, WakeLevel) != EspNativeError.OK)
            {
                return;
            }

            // nanoFramework cannot disable the light sleeps' timer: push it out instead of letting it wake the chip.
            if (Sleep.EnableWakeupByTimer(TimeSpan.FromTicks(DeepSleepTimerDays * TimeSpan.TicksPerDay)) != EspNativeError.OK)
            {
                return;
            }

            Sleep.StartDeepSleep();
        }

        /// <summary>The port's wake cause for the chip's.</summary>
        public static WakeCause CauseOf(Sleep.WakeupCause cause)
        {
            switch (cause)
            {
                case Sleep.WakeupCause.Ext0:
                    return WakeCause.Button;
                case Sleep.WakeupCause.Uart:
                    return WakeCause.Serial;
                case Sleep.WakeupCause.Timer:
                    return WakeCause.Timer;
                default:
                    return WakeCause.Other;
            }
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

        private bool ButtonBusy()
        {
            return _button.IsHeld || _button.HasQueuedEdges;
        }
    }
}
