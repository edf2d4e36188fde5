using System;
using HardwareToken.Core.Screens;

namespace HardwareToken.Core.Boot
{
    /// <summary>
    /// What the firmware does when an exception escapes set-up or the app: show a minimal crash screen, then panel
    /// off, arm the button wake-up, deep sleep, and reboot if sleeping did not happen. Each step runs even when the
    /// ones before it threw, and nothing escapes <see cref="Run"/>.
    /// </summary>
    /// <remarks>
    /// Why it matters: on the ESP32 image <c>EnterDebuggerLoopAfterExit</c> is true (nf-interpreter
    /// <c>targets/ESP32/_IDF/esp32/app_main.c</c>), so a <c>Main</c> that ends by an exception leaves the chip awake,
    /// waiting for a debugger, until the battery is flat. The screen stays up <see cref="ErrorScreenMilliseconds"/>
    /// so a crash that repeats at every boot is visible (stage name, stage number as the error code) instead of a
    /// silent press-crash-sleep loop; the next button press starts the firmware again.
    /// </remarks>
    public static class FailSafeShutdown
    {
        /// <summary>How long the crash screen stays on before the chip sleeps.</summary>
        public const int ErrorScreenMilliseconds = 5000;

        /// <summary>The crash screen's title.</summary>
        public const string Title = "FIRMWARE STOPPED";

        /// <summary>Runs the clean-up for a failure in <paramref name="stage"/> (<see cref="BootStage"/>); never throws.</summary>
        public static void Run(IFailSafeSteps steps, int stage)
        {
            if (steps == null)
            {
                return;
            }

            bool shown;
            try
            {
                ScreenRenderer screens = new ScreenRenderer();
                screens.RenderError(Title, BootStage.Name(stage), stage);
                shown = steps.ShowFrame(screens.Frame);
            }
            catch (Exception)
            {
                shown = false;
            }

            if (shown)
            {
                try
                {
                    steps.Wait(ErrorScreenMilliseconds);
                }
                catch (Exception)
                {
                    // Waiting is a courtesy; go on to sleep.
                }
            }

            try
            {
                steps.PanelOff();
            }
            catch (Exception)
            {
                // A dead panel must not keep the chip awake.
            }

            bool armed;
            try
            {
                armed = steps.ArmButtonWakeup();
            }
            catch (Exception)
            {
                armed = false;
            }

            if (armed)
            {
                try
                {
                    steps.DeepSleep();
                }
                catch (Exception)
                {
                    // Fall through to the reboot.
                }
            }

            try
            {
                steps.Reboot();
            }
            catch (Exception)
            {
                // Nothing left to try: Main returns.
            }
        }
    }
}
