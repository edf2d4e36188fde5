using HardwareToken.Core.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Protocol.Tests;

/// <summary>AwaitingButton then exactly one final response; Busy; the verify window (docs/protocol.md §3, §6.5).</summary>
[TestClass]
public sealed class ConfirmationFlowTests
{
    [TestMethod]
    public void DeclinedOnTheTokenIsNotConfirmedAndChangesNothing()
    {
        var rig = new Rig();
        rig.Token.Store(3, "keep", Rig.RfcSecret);
        rig.Token.Button = FakeToken.ButtonAnswer.Decline;
        bool announced = false;

        var e = Assert.ThrowsExactly<TokenStatusException>(() => rig.Session.PutSecret(3, "new", Rig.AwsSizedSecret, 6, 30, _ => announced = true));

        Assert.AreEqual(Status.NotConfirmed, e.Status);
        Assert.AreEqual(Opcode.PutSecret, e.Opcode);
        Assert.IsTrue(announced, "AwaitingButton came first");
        Assert.AreEqual("keep", rig.Token.LabelOf(3));
    }

    [TestMethod]
    public void NoPressIsConfirmTimeoutAfterThirtySeconds()
    {
        var rig = new Rig();
        rig.Token.Button = FakeToken.ButtonAnswer.Ignore;
        TokenStatusException? e = null;

        TimeSpan took = rig.Elapsed(() => e = Assert.ThrowsExactly<TokenStatusException>(() => rig.Session.WipeAll()));

        Assert.AreEqual(Status.ConfirmTimeout, e!.Status);
        Assert.AreEqual(TimeSpan.FromSeconds(30), took, "the host outwaited the device's 30 s");
    }

    [TestMethod]
    public void DeclinedSetTimeAndDeleteAreNotConfirmed()
    {
        var rig = new Rig();
        rig.Token.Store(0, "x", Rig.RfcSecret);
        rig.Token.Button = FakeToken.ButtonAnswer.Decline;
        Assert.AreEqual(Status.NotConfirmed, Assert.ThrowsExactly<TokenStatusException>(() => rig.Session.SetTime(1767225600)).Status);
        Assert.AreEqual(Status.NotConfirmed, Assert.ThrowsExactly<TokenStatusException>(() => rig.Session.DeleteSlot(0)).Status);
        Assert.IsNull(rig.Token.DeviceUtc);
        Assert.IsTrue(rig.Token.IsUsed(0));
    }

    [TestMethod]
    public void AFinalResponseLaterThanTheDeviceTimeoutIsStillReceived()
    {
        // A slow device loop: the final comes 40 s after AwaitingButton; the default wait is 45 s.
        var rig = new Rig();
        rig.Token.PressAfter = TimeSpan.FromSeconds(40);
        rig.Token.Store(1, "x", Rig.RfcSecret);
        TimeSpan took = rig.Elapsed(() => rig.Session.DeleteSlot(1));
        Assert.AreEqual(TimeSpan.FromSeconds(40), took);
        Assert.IsFalse(rig.Token.IsUsed(1));
    }

    [TestMethod]
    public void NoFinalResponseIsATimeoutAfterTheConfirmWait()
    {
        var rig = new Rig();
        rig.Token.PressAfter = TimeSpan.FromSeconds(400);
        rig.Token.Store(1, "x", Rig.RfcSecret);
        TimeSpan took = rig.Elapsed(() => Assert.ThrowsExactly<TokenTimeoutException>(() => rig.Session.DeleteSlot(1)));
        Assert.AreEqual(TimeSpan.FromSeconds(45), took, "max(ConfirmTimeout 45 s, 30 s + 10 s grace)");
    }

    [TestMethod]
    public void TheConfirmWaitCoversTheAnnouncedSecondsEvenWhenConfiguredShorter()
    {
        var rig = new Rig(new TokenSessionOptions { ConfirmTimeout = TimeSpan.FromSeconds(5) });
        rig.Token.Button = FakeToken.ButtonAnswer.Ignore;
        var e = Assert.ThrowsExactly<TokenStatusException>(() => rig.Session.WipeAll());
        Assert.AreEqual(Status.ConfirmTimeout, e.Status, "30 s announced + 10 s grace beats the 5 s option");
    }

    [TestMethod]
    public void ARequestWhileAConfirmationIsPendingGetsBusy()
    {
        var rig = new Rig();
        TokenStatusException? busy = null;

        rig.Session.PutSecret(0, "AWS root", Rig.AwsSizedSecret, 6, 30, _ =>
        {
            // A second client on the same line while the token shows its confirmation screen.
            var other = new TokenSession(rig.Token, rig.Options);
            busy = Assert.ThrowsExactly<TokenStatusException>(() => other.Info());
        });

        Assert.AreEqual(Status.Busy, busy!.Status);
        Assert.AreEqual(Opcode.Info, busy.Opcode);
        Assert.IsTrue(rig.Token.IsUsed(0), "the pending PutSecret still completed");
        Assert.AreEqual(1, rig.Session.Info().SlotsUsed, "and the token serves requests again");
    }

    [TestMethod]
    public void VerifyIsRefusedOutsideTheProvisioningWindow()
    {
        var rig = new Rig();
        rig.Token.SetClock(1767225600);
        rig.Token.Store(2, "preloaded", Rig.RfcSecret);
        Assert.AreEqual(Status.NotAllowed, Assert.ThrowsExactly<TokenStatusException>(() => rig.Session.Verify(2)).Status, "never written in this session");

        rig.Session.PutSecret(3, "fresh", Rig.AwsSizedSecret, 6, 30);
        Assert.AreEqual(Status.NotAllowed, Assert.ThrowsExactly<TokenStatusException>(() => rig.Session.Verify(2)).Status, "another slot");
        rig.Session.Verify(3);

        rig.Time.Advance(TimeSpan.FromSeconds(61));
        Assert.AreEqual(Status.NotAllowed, Assert.ThrowsExactly<TokenStatusException>(() => rig.Session.Verify(3)).Status, "window closed after 60 s");
    }

    [TestMethod]
    public void VerifyWithoutAClockIsClockNotSet()
    {
        var rig = new Rig();
        rig.Session.PutSecret(0, "x", Rig.RfcSecret, 6, 30);
        var e = Assert.ThrowsExactly<TokenStatusException>(() => rig.Session.Verify(0));
        Assert.AreEqual(Status.ClockNotSet, e.Status);
        StringAssert.Contains(e.Message, "clock is not set");
    }

    [TestMethod]
    public void DeletingAnEmptySlotIsRefusedWithoutConfirmation()
    {
        var rig = new Rig();
        bool announced = false;
        var e = Assert.ThrowsExactly<TokenStatusException>(() => rig.Session.DeleteSlot(5, _ => announced = true));
        Assert.AreEqual(Status.BadArgument, e.Status);
        Assert.AreEqual(StatusDetail.SlotEmpty, e.Detail);
        Assert.IsFalse(announced, "no confirmation screen for a request that cannot succeed");
    }

    [TestMethod]
    public void ADeviceThatSkipsConfirmationIsAProtocolViolation()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.SkipConfirmation;
        var e = Assert.ThrowsExactly<ProtocolException>(() => rig.Session.WipeAll());
        StringAssert.Contains(e.Message, "without asking for confirmation");
    }
}
