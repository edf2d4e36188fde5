using HardwareToken.Core.App;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.App;
using HardwareToken.Fuzz.Tests.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Fuzz.Tests.Security;

/// <summary>
/// The button is the only thing between a host and a change, so a confirmation must come from a press the user
/// made while looking at the confirm screen. docs/security.md explains the race these tests pin down.
/// </summary>
[TestClass]
public class ConfirmationRaceTests
{
    /// <summary>
    /// The user presses to look at a code; while the button is down a host asks for WipeAll; the release
    /// arrives 40 ms after the confirm screen first appeared. That press was never meant for the screen.
    /// Regression test: the core used to count it as the confirming short press and wipe every account; it now
    /// ignores, on the confirm screen, any gesture whose press began before the request arrived.
    /// </summary>
    [TestMethod]
    public void APressThatBeganBeforeTheConfirmScreenDoesNotConfirm()
    {
        TokenHarness h = TokenHarness.Booted();
        h.Provision(0, "AWS root", TokenFuzzTests.Secret);
        h.Run(3000);
        h.Platform.FakeButton.Queue(true, h.Uptime);
        h.Run(60);
        h.Send(Opcode.WipeAll, new byte[0], 40);
        Assert.AreEqual(ScreenKind.Confirm, h.App.Screen, "the confirm screen is up");
        h.Platform.FakeButton.Queue(false, h.Uptime);
        h.Run(60);
        Reply[] replies = h.Replies();
        Assert.AreEqual(1, replies.Length, "only AwaitingButton so far");
        Assert.AreEqual(Status.AwaitingButton, replies[0].Status);
        Assert.AreEqual(1, h.App.Accounts.UsedCount, "the account is still there");
    }

    /// <summary>The same press, released before the request arrives, does nothing to a later confirmation.</summary>
    [TestMethod]
    public void APressReleasedBeforeTheRequestDoesNotConfirm()
    {
        TokenHarness h = TokenHarness.Booted();
        h.Provision(0, "AWS root", TokenFuzzTests.Secret);
        h.Run(3000);
        h.ShortPress();
        h.Send(Opcode.WipeAll, new byte[0], 50);
        h.Single(Status.AwaitingButton);
        h.Run(1000);
        Assert.AreEqual(0, h.Replies().Length, "still waiting");
        Assert.AreEqual(1, h.App.Accounts.UsedCount);
        h.LongPress();
        h.Single(Status.NotConfirmed);
        Assert.AreEqual(1, h.App.Accounts.UsedCount, "a long press declines");
    }

    /// <summary>A press that wakes a sleeping token only wakes it (and nothing can be pending while it sleeps).</summary>
    [TestMethod]
    public void TheWakingPressConfirmsNothing()
    {
        TokenHarness h = TokenHarness.Booted();
        h.Provision(0, "AWS root", TokenFuzzTests.Secret);
        h.Run(h.Config.DisplayTimeoutMilliseconds + 100);
        Assert.IsFalse(h.App.IsAwake);
        h.Send(Opcode.WipeAll, new byte[0], 50);
        Assert.AreEqual(0, h.Replies().Length, "a sleeping token hears nothing");
        h.ShortPress();
        Assert.IsTrue(h.App.IsAwake);
        Assert.AreEqual(0, h.Replies().Length);
        Assert.AreEqual(1, h.App.Accounts.UsedCount);
    }
}
