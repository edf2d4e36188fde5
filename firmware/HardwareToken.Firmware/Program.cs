using System;
using System.Device.Gpio;
using System.Device.I2c;
using System.Threading;
using HardwareToken.Core.App;
using HardwareToken.Core.Ports;
using HardwareToken.Firmware.Adapters;
using nanoFramework.Hardware.Esp32;

namespace HardwareToken.Firmware
{
    /// <summary>
    /// Entry point: wires the ESP32 board to the portable core and runs the core's loop. Nothing else lives here;
    /// behaviour is in HardwareToken.Core (TokenApp), hardware access in Adapters/, pins in <see cref="PinMap"/>.
    /// </summary>
    public static class Program
    {
        /// <summary>Longest pause between two <see cref="TokenApp.Step"/> calls, in milliseconds.</summary>
        public const int MaxStepWaitMilliseconds = 50;

        /// <summary>Boots the token. Runs until deep sleep (which ends in a reset) or forever when sleep is impossible.</summary>
        public static void Main()
        {
            // 1. Pin muxing first: the I2C and UART drivers claim their pins when the bus objects are created.
            Configuration.SetPinFunction(PinMap.I2cSdaGpio, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(PinMap.I2cSclGpio, DeviceFunction.I2C1_CLOCK);
            Configuration.SetPinFunction(PinMap.Com2RxGpio, DeviceFunction.COM2_RX);
            Configuration.SetPinFunction(PinMap.Com2TxGpio, DeviceFunction.COM2_TX);

            // 2. Why this boot: an ext0 wake-up means the button was pressed while asleep.
            bool wokenByButton = Sleep.GetWakeupCause() == Sleep.WakeupCause.Ext0;

            UptimeClock uptime = new UptimeClock();

            // 3. One I2C bus. The speed is bus-wide and re-applied by every new I2cDevice (the last one wins), so both
            //    devices ask for 100 kHz, the DS1307's maximum.
            I2cDevice rtcDevice = new I2cDevice(new I2cConnectionSettings(PinMap.I2cBusId, PinMap.RtcI2cAddress, I2cBusSpeed.StandardMode));
            I2cDevice oledDevice = new I2cDevice(new I2cConnectionSettings(PinMap.I2cBusId, PinMap.OledI2cAddress, I2cBusSpeed.StandardMode));

            // 4. System clock from the RTC (for anything that reads DateTime.UtcNow; the core itself asks the RTC port).
            RtcClock rtc = new RtcClock(rtcDevice, BuildInfo.Rtc);
            SetSystemTimeFromRtc(rtc);

            Ssd1306Display display = new Ssd1306Display(oledDevice);
            GpioButton button = new GpioButton(new GpioController(), PinMap.ButtonGpio, uptime, wokenByButton);
            Com2SerialLink serial = new Com2SerialLink(PinMap.ProvisioningPort, PinMap.ProvisioningBaudRate);
            FlashFileStorage storage = new FlashFileStorage(FlashFileStorage.DefaultPath, FlashFileStorage.DefaultSize);
            EspSleepPower power = new EspSleepPower(EspSleepPower.WakeupPinFor(PinMap.ButtonGpio), button, Sleep.WakeUpPort.COM2);

            EspTokenPlatform platform = new EspTokenPlatform(rtc, uptime, display, button, serial, storage, power);
            TokenConfig config = new TokenConfig();
            config.FirmwareBuildUnixSeconds = BuildInfo.FirmwareBuildUnixSeconds;
            config.FirmwareVersion = BuildInfo.FirmwareVersion;

            // Boards where light sleep misbehaves: deep sleep only (docs/power.md).
            // config.WarmWindowMilliseconds = 0;

            try
            {
                TokenApp app = new TokenApp(platform, config);
                app.Boot();
                while (true)
                {
                    Thread.Sleep(ClampWait(app.Step()));
                }
            }
            catch (Exception)
            {
                // A bug must not keep a battery device awake: blank the panel and sleep until the next press, which
                // restarts the app. If sleeping is impossible right now, reboot instead.
                display.SetPower(false);
                power.EnterDeepSleep();
                nanoFramework.Runtime.Native.Power.RebootDevice();
            }
        }

        private static void SetSystemTimeFromRtc(RtcClock rtc)
        {
            long unixSeconds;
            if (rtc.Read(out unixSeconds) == RtcStatus.Ok && UnixTime.FitsRtc(unixSeconds))
            {
                nanoFramework.Runtime.Native.Rtc.SetSystemTime(UnixTime.ToDateTime(unixSeconds));
            }
        }

        private static int ClampWait(int milliseconds)
        {
            if (milliseconds < 0)
            {
                return 0;
            }

            return milliseconds > MaxStepWaitMilliseconds ? MaxStepWaitMilliseconds : milliseconds;
        }
    }
}
