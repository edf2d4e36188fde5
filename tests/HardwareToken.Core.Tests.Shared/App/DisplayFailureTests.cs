using HardwareToken.Core.Screens;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.App
{
    /// <summary>A frame the panel did not get (IDisplay.Show returned false) is drawn again at the next step.</summary>
    [TestClass]
    public class DisplayFailureTests
    {
        [TestMethod]
        public void AFailedFirstFrameIsPushedAgainAtTheNextStep()
        {
            TokenHarness h = new TokenHarness(TokenHarness.Now, 0);
            h.Platform.FakeDisplay.FailNext = 1;
            h.App.Boot();
            Assert.AreEqual(0, h.Platform.FakeDisplay.Shows, "the boot frame failed");
            h.App.Step();
            Assert.AreEqual(1, h.Platform.FakeDisplay.Shows, "pushed again, once");
            ScreenRenderer expected = new ScreenRenderer();
            expected.RenderNoAccounts();
            for (int i = 0; i < FrameLayout.Size; i++)
            {
                Assert.AreEqual(expected.Frame[i], h.Platform.FakeDisplay.LastFrame[i], "frame byte " + i.ToString());
            }

            h.Run(2000);
            Assert.AreEqual(1, h.Platform.FakeDisplay.Shows, "a static screen is not pushed again once it arrived");
        }

        [TestMethod]
        public void ABusThatKeepsFailingIsRetriedEveryStepWithoutStoppingTheToken()
        {
            TokenHarness h = new TokenHarness(TokenHarness.Now, 0);
            h.Platform.FakeDisplay.FailNext = 1000000;
            h.App.Boot();
            h.Run(1000);
            Assert.AreEqual(0, h.Platform.FakeDisplay.Shows);
            h.Platform.FakeDisplay.FailNext = 0;
            h.Run(100);
            Assert.AreEqual(1, h.Platform.FakeDisplay.Shows, "drawn as soon as the bus works again");
        }
    }
}
