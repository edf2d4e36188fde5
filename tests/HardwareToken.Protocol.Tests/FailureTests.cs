using HardwareToken.Core.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Protocol.Tests;

/// <summary>Silence, garbage, bad frames, mismatches and recovery (docs/protocol.md §8).</summary>
[TestClass]
public sealed class FailureTests
{
    [TestMethod]
    public void SilenceIsATimeoutAfterTheResponseTimeout()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.Silent;
        TokenTimeoutException? e = null;
        TimeSpan took = rig.Elapsed(() => e = Assert.ThrowsExactly<TokenTimeoutException>(() => rig.Session.Info()));
        Assert.AreEqual(TimeSpan.FromSeconds(2), took);
        Assert.AreEqual(TimeSpan.FromSeconds(2), e!.Timeout);
    }

    [TestMethod]
    public void TextInsteadOfFramesIsAProtocolError()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.Garbage;
        var e = Assert.ThrowsExactly<ProtocolException>(() => rig.Session.Info());
        StringAssert.Contains(e.Message, "none of them a valid response");
    }

    [TestMethod]
    public void EndlessNoiseFailsFastWithoutWaitingForTheDeadline()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.Noise;
        TimeSpan took = rig.Elapsed(() => Assert.ThrowsExactly<ProtocolException>(() => rig.Session.Info()));
        Assert.AreEqual(TimeSpan.Zero, took, "gave up after the byte budget, not the timeout");
    }

    [TestMethod]
    public void WrongSequenceEchoIsAProtocolError()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.WrongSequence;
        var e = Assert.ThrowsExactly<ProtocolException>(() => rig.Session.Info());
        StringAssert.Contains(e.Message, "sequence 2, expected 1");
    }

    [TestMethod]
    public void WrongOpcodeEchoIsAProtocolError()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.WrongOpcode;
        var e = Assert.ThrowsExactly<ProtocolException>(() => rig.Session.Info());
        StringAssert.Contains(e.Message, "opcode byte 0x82, expected 0x81");
    }

    [TestMethod]
    public void AnEchoingPortIsRecognised()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.Loopback;
        var e = Assert.ThrowsExactly<ProtocolException>(() => rig.Session.Info());
        StringAssert.Contains(e.Message, "echoes");
    }

    [TestMethod]
    public void AResponseWithABadCrcIsAProtocolError()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.CorruptCrc;
        var e = Assert.ThrowsExactly<ProtocolException>(() => rig.Session.Info());
        StringAssert.Contains(e.Message, "CRC");
    }

    [TestMethod]
    public void AResponseInAnotherProtocolVersionIsAProtocolError()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.FutureVersion;
        var e = Assert.ThrowsExactly<ProtocolException>(() => rig.Session.Info());
        StringAssert.Contains(e.Message, "protocol version 2");
    }

    [TestMethod]
    public void ARequestCorruptedOnTheLineGetsBadCrcFromTheToken()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.CorruptInbound;
        var e = Assert.ThrowsExactly<TokenStatusException>(() => rig.Session.Info());
        Assert.AreEqual(Status.BadCrc, e.Status);
        Assert.AreEqual(0, rig.Token.Requests.Count, "the token acted on nothing");
    }

    [TestMethod]
    public void AnErrorStatusWithABodyIsAProtocolError()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.ExtraStatusBytes;
        Assert.ThrowsExactly<ProtocolException>(() => rig.Session.DeleteSlot(0));
    }

    [TestMethod]
    public void AfterATimeoutTheNextCommandWaitsOutTheLateReply()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.LateReply; // answers 3 s late, after the 2 s timeout
        rig.Token.SetClock(1767225600);
        Assert.ThrowsExactly<TokenTimeoutException>(() => rig.Session.Info());

        rig.Token.Faults = FakeToken.Fault.None;
        TokenInfo info = rig.Session.Info();

        Assert.AreEqual(1767225600 + 4, info.DeviceUtc, "2 s timeout, late reply at 3 s, then 1.1 s of quiet before the new request");
        Assert.AreEqual(2, rig.Token.Requests.Count);
    }

    [TestMethod]
    public void AfterGarbageTheSessionRecoversOnceTheLineIsClean()
    {
        var rig = new Rig();
        rig.Token.Faults = FakeToken.Fault.Garbage;
        Assert.ThrowsExactly<ProtocolException>(() => rig.Session.Info());
        rig.Token.Faults = FakeToken.Fault.None;
        Assert.AreEqual("1.0.0", rig.Session.Info().FirmwareVersion);
    }

    [TestMethod]
    public void InvalidArgumentsAreRejectedBeforeAnythingIsSent()
    {
        var rig = new Rig();
        byte[] secret = Rig.AwsSizedSecret;
        AssertArgument("slot", () => rig.Session.PutSecret(8, "AWS", secret, 6, 30));
        AssertArgument("slot", () => rig.Session.PutSecret(-1, "AWS", secret, 6, 30));
        AssertArgument("label", () => rig.Session.PutSecret(0, "", secret, 6, 30));
        AssertArgument("label", () => rig.Session.PutSecret(0, "ABCDEFGHIJKLM", secret, 6, 30));
        AssertArgument("label", () => rig.Session.PutSecret(0, "caf\u00e9", secret, 6, 30));
        AssertArgument("label", () => rig.Session.PutSecret(0, "\u4e2d", secret, 6, 30));
        AssertArgument("label", () => rig.Session.PutSecret(0, "tab\there", secret, 6, 30));
        AssertArgument("secret", () => rig.Session.PutSecret(0, "AWS", [], 6, 30));
        AssertArgument("secret", () => rig.Session.PutSecret(0, "AWS", new byte[65], 6, 30));
        AssertArgument("digits", () => rig.Session.PutSecret(0, "AWS", secret, 7, 30));
        AssertArgument("digits", () => rig.Session.PutSecret(0, "AWS", secret, 1000, 30));
        AssertArgument("period", () => rig.Session.PutSecret(0, "AWS", secret, 6, 45));
        AssertArgument("slot", () => rig.Session.DeleteSlot(8));
        AssertArgument("slot", () => rig.Session.Verify(-1));
        AssertArgument("unixSeconds", () => rig.Session.SetTime(946684799));
        AssertArgument("unixSeconds", () => rig.Session.SetTime(4102444800));
        Assert.AreEqual(0, rig.Token.Written.Count, "nothing reached the wire");
    }

    [TestMethod]
    public void TheBoundaryArgumentsAreAccepted()
    {
        var rig = new Rig();
        rig.Session.PutSecret(7, "ABCDEFGHIJKL", new byte[64], 8, 60);
        rig.Session.PutSecret(0, " ~", new byte[1], 6, 30);
        rig.Session.SetTime(946684800);
        rig.Session.SetTime(4102444799);
        Assert.AreEqual(2, rig.Session.ListSlots().Count);
    }

    private static void AssertArgument(string parameter, Action action)
    {
        var e = Assert.Throws<ArgumentException>(action);
        Assert.AreEqual(parameter, e.ParamName);
        Assert.IsFalse(string.IsNullOrWhiteSpace(e.Message));
    }
}
