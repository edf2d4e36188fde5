using HardwareToken.Core.App;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Storage;
using HardwareToken.Core.Tests.Fakes;
using HardwareToken.Core.Tests.Storage;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.App
{
    /// <summary>What the token does at boot with damaged or unfamiliar storage.</summary>
    [TestClass]
    public class TokenAppStorageBootTests
    {
        [TestMethod]
        public void UnreadableStorageSaysSoThenStartsEmpty()
        {
            MemoryStorage storage = new MemoryStorage(2048);
            for (int i = 0; i < 2048; i++)
            {
                storage.Poke(i, (byte)(i * 7));
            }

            TokenHarness h = new TokenHarness(TokenHarness.Now, 0, storage);
            h.Boot();
            Assert.AreEqual((int)LoadResult.Corrupt, (int)h.App.BootLoad);
            Assert.AreEqual((int)ScreenKind.Error, (int)h.App.Screen);
            HardwareToken.Core.Screens.ScreenRenderer expected = new HardwareToken.Core.Screens.ScreenRenderer();
            expected.RenderError("STORAGE RESET", "accounts lost: re-add", (int)LoadResult.Corrupt);
            Check.BytesEqual(expected.Frame, h.Platform.FakeDisplay.LastFrame, "the STORAGE RESET screen says the accounts are lost");
            Assert.IsTrue(HardwareToken.Core.Screens.FrameCanvas.MeasureText("accounts lost: re-add") <= HardwareToken.Core.Screens.FrameLayout.Width, "fits");
            h.Run(3000);
            Assert.AreEqual((int)ScreenKind.NoAccounts, (int)h.App.Screen);
            h.Provision(0, "fresh", TokenHarness.AwsKey());
            h.Reboot();
            Assert.AreEqual((int)LoadResult.Loaded, (int)h.App.BootLoad);
            Assert.AreEqual("fresh", h.App.Accounts.GetLabel(0));
        }

        [TestMethod]
        public void DataFromNewerFirmwareIsKeptUntilAConfirmedWipe()
        {
            MemoryStorage storage = new MemoryStorage(2048);
            TokenHarness first = new TokenHarness(TokenHarness.Now, 0, storage);
            first.Boot();
            first.Provision(0, "old", TokenHarness.AwsKey());
            first.Provision(1, "other", Hex.Repeat(4, 20));
            BootedToken.SetVersion(storage, 1, StorageFormat.FormatVersion + 1);
            byte[] before = storage.Snapshot();

            TokenHarness h = new TokenHarness(TokenHarness.Now, 0, storage);
            h.Boot();
            Assert.AreEqual((int)LoadResult.UnsupportedVersion, (int)h.App.BootLoad);
            Assert.AreEqual((int)ScreenKind.Error, (int)h.App.Screen);
            h.Send(Opcode.PutSecret, TokenHarness.PutPayload(2, "new", TokenHarness.AwsKey(), 6, 30), 50);
            h.Single(Status.AwaitingButton);
            h.ConfirmPress();
            h.Single(Status.StorageError);
            Check.BytesEqual(before, storage.Snapshot(), "newer data untouched");

            h.Send(Opcode.WipeAll, new byte[0], 50);
            h.Single(Status.AwaitingButton);
            h.ConfirmPress();
            h.Single(Status.Ok);
            h.Reboot();
            Assert.AreEqual((int)LoadResult.Loaded, (int)h.App.BootLoad);
            Assert.AreEqual(0, h.App.Accounts.UsedCount);
        }
    }
}
