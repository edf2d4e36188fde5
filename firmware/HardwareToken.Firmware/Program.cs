using System;
using System.Device.Gpio;
using System.Device.I2c;
using System.Threading;
using HardwareToken.Core.App;
using HardwareToken.Core.Boot;
using HardwareToken.Core.Ports;
using HardwareToken.Core.Time;
using HardwareToken.Firmware.Adapters;
using nanoFramework.Hardware.Esp32;

namespace HardwareToken.Firmware
{
    /// <summary>
    /// Entry point: wires the ESP32 board to the portable core and runs the core's loop. Nothing else lives here;
    /// behaviour is in HardwareToken.Core (TokenApp), hardware access in Adapters/, pins in <see cref="PinMap"/>.
    /// </summary>
    /// <remarks>
    /// Every set-up step and the loop run inside one guarded path. On the ESP32 image an exception that ends
    /// <c>Main</c> leaves the chip waiting for a debugger, awake, until the battery is flat
    /// (<c>EnterDebuggerLoopAfterExit</c>, nf-interpreter <c>targets/ESP32/_IDF/esp32/app_main.c</c>), so any
    /// exception goes to <see cref="FailSafeShutdown"/>: a crash screen naming the stage, panel off, ext0 armed with the
    /// Sleep API directly, deep sleep, else reboot, each step independent of the others.
    /// </remarks>
    public static class Program
    {
        /// <summary>Longest pause between two <see cref="TokenApp.Step"/> calls, in milliseconds.</summary>
        public const int MaxStepWaitMilliseconds = 50;

        /// <summary>Boots the token. Runs until deep sleep (which ends in a reset) or forever when sleep is impossible.</summary>
        public static void Main()
        {
            BootProgress progress = new BootProgress();
            try
            {
                Run(progress);
            }
            catch (Exception)
            {
                FailSafeShutdown.Run(new EspFailSafe(progress.Display, progress.Oled), progress.Stage);
            }
        }

        private static void Run(BootProgress progress)
        {
            // 1. Pin muxing first: the I2C and UART drivers claim their pins when the bus objects are created.
            progress.Stage = BootStage.Pins;
            Configuration.SetPinFunction(PinMap.I2cSdaGpio, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(PinMap.I2cSclGpio, DeviceFunction.I2C1_CLOCK);
            Configuration.SetPinFunction(PinMap.Com2RxGpio, DeviceFunction.COM2_RX);
            Configuration.SetPinFunction(PinMap.Com2TxGpio, DeviceFunction.COM2_TX);

            // Why this boot: an ext0 wake-up means the button was pressed while asleep.
            bool wokenByButton = Sleep.GetWakeupCause() == Sleep.WakeupCause.Ext0;
            UptimeClock uptime = new UptimeClock();

            // 2. One I2C bus. The speed is bus-wide and re-applied by every new I2cDevice (the last one wins), so both
            //    devices ask for the RTC's maximum: 400 kHz with a DS3231, 100 kHz with a DS1307.
            progress.Stage = BootStage.I2cBus;
            I2cBusSpeed speed = RtcRegisterImage.MaxBusKilohertz(BuildInfo.Rtc) >= 400 ? I2cBusSpeed.FastMode : I2cBusSpeed.StandardMode;
            I2cDevice rtcDevice = new I2cDevice(new I2cConnectionSettings(PinMap.I2cBusId, PinMap.RtcI2cAddress, speed));
            progress.Oled = new I2cDevice(new I2cConnectionSettings(PinMap.I2cBusId, PinMap.OledI2cAddress, speed));

            // 3. The panel first (it is switched off until the core's first frame), so later failures can be shown.
            progress.Stage = BootStage.Display;
            progress.Display = new Ssd1306Display(progress.Oled);

            // 4. System clock from the RTC (for anything that reads DateTime.UtcNow; the core itself asks the RTC port).
            progress.Stage = BootStage.Clock;
            RtcClock rtc = new RtcClock(rtcDevice, BuildInfo.Rtc);
            SetSystemTimeFromRtc(rtc);

            // 5. The radio is never used: keep it from starting at the next boots (costs power, not function).
            try
            {
                WifiSwitch.KeepStationOff();
            }
            catch (Exception)
            {
                // A radio left on drains the battery faster but does not stop the token.
            }

            progress.Stage = BootStage.Button;
            GpioButton button = new GpioButton(new GpioController(), PinMap.ButtonGpio, uptime, wokenByButton);
            EspSleepPower power = new EspSleepPower(EspSleepPower.WakeupPinFor(PinMap.ButtonGpio), button, Sleep.WakeUpPort.COM2);

            progress.Stage = BootStage.Serial;
            Com2SerialLink serial = new Com2SerialLink(PinMap.ProvisioningPort, PinMap.ProvisioningBaudRate);

            progress.Stage = BootStage.Storage;
            FlashFileStorage storage = new FlashFileStorage(FlashFileStorage.DefaultPath, FlashFileStorage.DefaultSize);

            progress.Stage = BootStage.App;
            EspTokenPlatform platform = new EspTokenPlatform(rtc, uptime, progress.Display, button, serial, storage, power);
            TokenConfig config = new TokenConfig();
            config.FirmwareBuildUnixSeconds = BuildInfo.FirmwareBuildUnixSeconds;
            config.FirmwareVersion = BuildInfo.FirmwareVersion;

            // Boards where light sleep misbehaves: deep sleep only (docs/power.md).
            // config.WarmWindowMilliseconds = 0;
            TokenApp app = new TokenApp(platform, config);
            app.Boot();
            while (true)
            {
                Thread.Sleep(ClampWait(app.Step()));
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
