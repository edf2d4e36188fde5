using System;
using HardwareToken.Core.Boot;
using HardwareToken.Core.Screens;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Boot
{
    /// <summary>
    /// The crash clean-up: the order of the steps, and that every step still runs when any other one throws or
    /// refuses, so a crash never leaves the chip awake with the panel on.
    /// </summary>
    [TestClass]
    public class FailSafeShutdownTests
    {
        [TestMethod]
        public void ShowsWaitsBlanksArmsSleepsThenReboots()
        {
            RecordingSteps steps = new RecordingSteps();
            FailSafeShutdown.Run(steps, BootStage.Storage);
            Assert.AreEqual("show wait5000 off arm sleep reboot ", steps.Log);
        }

        [TestMethod]
        public void TheCrashScreenNamesTheStage()
        {
            RecordingSteps steps = new RecordingSteps();
            FailSafeShutdown.Run(steps, BootStage.Serial);
            ScreenRenderer expected = new ScreenRenderer();
            expected.RenderError(FailSafeShutdown.Title, "SERIAL PORT", BootStage.Serial);
            Assert.IsNotNull(steps.Frame);
            Assert.AreEqual(FrameLayout.Size, steps.Frame.Length);
            for (int i = 0; i < FrameLayout.Size; i++)
            {
                Assert.AreEqual(expected.Frame[i], steps.Frame[i], "frame byte " + i.ToString());
            }
        }

        [TestMethod]
        public void EveryStageHasAName()
        {
            for (int stage = BootStage.Pins; stage <= BootStage.App; stage++)
            {
                Assert.AreNotEqual("UNKNOWN", BootStage.Name(stage), "stage " + stage.ToString());
            }

            Assert.AreEqual("UNKNOWN", BootStage.Name(0));
        }

        [TestMethod]
        public void NoPanelMeansNoWait()
        {
            RecordingSteps steps = new RecordingSteps();
            steps.PanelMissing = true;
            FailSafeShutdown.Run(steps, BootStage.Display);
            Assert.AreEqual("show off arm sleep reboot ", steps.Log);
        }

        [TestMethod]
        public void EachStepRunsWhenTheOneBeforeThrows()
        {
            string[] names = { "show", "wait", "off", "arm", "sleep" };
            for (int i = 0; i < names.Length; i++)
            {
                RecordingSteps steps = new RecordingSteps();
                steps.Throwing = names[i];
                FailSafeShutdown.Run(steps, BootStage.App);
                string log = steps.Log;
                Assert.IsTrue(log.IndexOf("off ") >= 0 || names[i] == "off", names[i] + " threw: panel not turned off: " + log);
                Assert.IsTrue(log.IndexOf("reboot ") >= 0, names[i] + " threw: no reboot attempted: " + log);
                if (names[i] != "arm")
                {
                    Assert.IsTrue(log.IndexOf("sleep") >= 0, names[i] + " threw: no sleep attempted: " + log);
                }
            }
        }

        [TestMethod]
        public void ARefusedWakeupSkipsSleepAndReboots()
        {
            // Sleeping without a wake source would never wake: reboot instead.
            RecordingSteps steps = new RecordingSteps();
            steps.ArmRefused = true;
            FailSafeShutdown.Run(steps, BootStage.Clock);
            Assert.AreEqual("show wait5000 off arm reboot ", steps.Log);
        }

        [TestMethod]
        public void NothingEscapesWhenEveryStepThrows()
        {
            RecordingSteps steps = new RecordingSteps();
            steps.Throwing = "all";
            FailSafeShutdown.Run(steps, BootStage.Pins);
            Assert.AreEqual("show off arm reboot ", steps.Log);
            FailSafeShutdown.Run(null, BootStage.Pins);
        }

        private sealed class RecordingSteps : IFailSafeSteps
        {
            public string Log = string.Empty;
            public string Throwing = string.Empty;
            public bool PanelMissing;
            public bool ArmRefused;
            public byte[] Frame;

            public bool ShowFrame(byte[] frame)
            {
                Record("show");
                if (PanelMissing)
                {
                    return false;
                }

                Frame = new byte[frame.Length];
                Array.Copy(frame, 0, Frame, 0, frame.Length);
                return true;
            }

            public void Wait(int milliseconds)
            {
                Log += "wait" + milliseconds.ToString();
                Log += " ";
                if (Throwing == "wait" || Throwing == "all")
                {
                    throw new InvalidOperationException("wait");
                }
            }

            public void PanelOff()
            {
                Record("off");
            }

            public bool ArmButtonWakeup()
            {
                Record("arm");
                return !ArmRefused;
            }

            public void DeepSleep()
            {
                Record("sleep");
            }

            public void Reboot()
            {
                Record("reboot");
            }

            private void Record(string step)
            {
                Log += step + " ";
                if (Throwing == step || Throwing == "all")
                {
                    throw new InvalidOperationException(step);
                }
            }
        }
    }
}
