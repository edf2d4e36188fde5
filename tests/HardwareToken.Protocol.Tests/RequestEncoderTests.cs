using HardwareToken.Core.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Protocol.Tests;

/// <summary>The host's request frames decode with the token's decoder and reader.</summary>
[TestClass]
public sealed class RequestEncoderTests
{
    [TestMethod]
    public void PutSecretRoundTripsThroughTheCoreReader()
    {
        byte[] frame = RequestEncoder.Encode(Opcode.PutSecret, 200, RequestEncoder.PutSecretPayload(6, "AWS root", Rig.AwsSizedSecret, 6, 30));
        var decoder = new FrameDecoder();
        FeedResult result = FeedResult.None;
        foreach (byte b in frame)
        {
            result = decoder.Feed(b, 0);
        }

        Assert.AreEqual(FeedResult.FrameReady, result);
        Assert.AreEqual((int)Opcode.PutSecret, decoder.RawOpcode);
        Assert.AreEqual(200, decoder.Sequence);
        char[] label = new char[12];
        byte[] secret = new byte[64];
        Status status = RequestReader.TryReadPutSecret(decoder.Payload, decoder.PayloadLength, out int slot, out int digits, out int period,
            label, out int labelLength, secret, out int secretLength, out byte detail);
        Assert.AreEqual(Status.Ok, status, $"detail {detail}");
        Assert.AreEqual((6, 6, 30, "AWS root"), (slot, digits, period, new string(label, 0, labelLength)));
        CollectionAssert.AreEqual(Rig.AwsSizedSecret, secret.AsSpan(0, secretLength).ToArray());
    }

    [TestMethod]
    public void SetTimeAndSlotPayloads()
    {
        Assert.AreEqual("000000006955b900", Convert.ToHexStringLower(RequestEncoder.SetTimePayload(1767225600)));
        Assert.AreEqual("07", Convert.ToHexStringLower(RequestEncoder.SlotPayload(7)));
    }

    [TestMethod]
    public void ValuesThatDoNotFitAByteAreRefused()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => RequestEncoder.SlotPayload(256));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => RequestEncoder.PutSecretPayload(0, new string('a', 256), [1], 6, 30));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => RequestEncoder.Encode(Opcode.Info, 1, new byte[193]));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => RequestEncoder.Encode(Opcode.Info, 256, []));
    }

    [TestMethod]
    public void EveryStatusAndDetailHasADescription()
    {
        var texts = new HashSet<string>();
        foreach (Status status in Enum.GetValues<Status>())
        {
            string text = StatusText.Describe(status, 0);
            Assert.IsFalse(text.StartsWith("unknown", StringComparison.Ordinal), status.ToString());
            Assert.IsTrue(texts.Add(text), $"{status} has its own text");
        }

        byte[] details = [1, 2, 3, 4, 5, 6, 7, 8, 0x20, 0x21, 0x22, 0x30];
        Assert.AreEqual(details.Length, details.Select(StatusText.DescribeDetail).Distinct().Count());
        Assert.IsFalse(details.Any(d => StatusText.DescribeDetail(d).StartsWith("detail 0x", StringComparison.Ordinal)));
        StringAssert.Contains(StatusText.Describe((Status)0x7F, 3), "unknown status 0x7f");
    }
}
