using System.Security.Cryptography;
using HardwareToken.Core.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Protocol.Tests;

/// <summary>Each command's happy path, end to end through the core codec on both sides.</summary>
[TestClass]
public sealed class TokenSessionCommandTests
{
    [TestMethod]
    public void InfoReportsEveryField()
    {
        var rig = new Rig();
        rig.Token.SetClock(1767225600);
        rig.Token.LastSyncUtc = 1767000000;
        rig.Token.SyncCount = 4;
        rig.Token.DriftPartsPerBillion = -1500;
        rig.Token.FirmwareVersion = "1.2.3";
        rig.Token.Store(0, "AWS root", Rig.AwsSizedSecret);

        TokenInfo info = rig.Session.Info();

        Assert.AreEqual(new TokenInfo("1.2.3", 1, 8, 1, 1767225600, 1767000000, -1500, 4), info);
        Assert.IsTrue(info.ClockSet);
    }

    [TestMethod]
    public void InfoWithUnsetClockAndNoSyncGivesNulls()
    {
        var rig = new Rig();
        TokenInfo info = rig.Session.Info();
        Assert.IsNull(info.DeviceUtc);
        Assert.IsNull(info.LastSyncUtc);
        Assert.IsFalse(info.ClockSet);
        Assert.AreEqual(0, info.SlotsUsed);
    }

    [TestMethod]
    public void ListSlotsShowsLabelsAndFingerprintsNeverKeys()
    {
        var rig = new Rig();
        rig.Token.Store(1, "AWS root", Rig.AwsSizedSecret);
        rig.Token.Store(6, "Backup", Rig.RfcSecret, 8, 60);

        IReadOnlyList<SlotInfo> slots = rig.Session.ListSlots();

        Assert.AreEqual(2, slots.Count);
        Assert.AreEqual(new SlotInfo(1, "AWS root", 6, 30, SlotInfo.FingerprintOf(Rig.AwsSizedSecret)), slots[0]);
        Assert.AreEqual(new SlotInfo(6, "Backup", 8, 60, SlotInfo.FingerprintOf(Rig.RfcSecret)), slots[1]);
        Assert.AreEqual("032f8cb4", slots[1].FingerprintHex, "SHA-1(\"hwtoken-fingerprint-v1\" || RFC secret) starts 032f8cb4");
    }

    [TestMethod]
    public void ListSlotsOnAnEmptyToken()
    {
        Assert.AreEqual(0, new Rig().Session.ListSlots().Count);
    }

    [TestMethod]
    public void PutSecretWaitsForThePressThenStores()
    {
        var rig = new Rig();
        var announced = new List<int>();

        TimeSpan took = rig.Elapsed(() => rig.Session.PutSecret(2, "AWS root", Rig.AwsSizedSecret, 6, 30, announced.Add));

        CollectionAssert.AreEqual(new[] { 30 }, announced, "AwaitingButton announced 30 s");
        Assert.AreEqual(TimeSpan.FromSeconds(3), took, "returned when the press came");
        Assert.AreEqual("AWS root", rig.Token.LabelOf(2));
        CollectionAssert.AreEqual(Rig.AwsSizedSecret, rig.Token.SecretOf(2));
        Assert.AreEqual(SlotInfo.FingerprintOf(Rig.AwsSizedSecret), rig.Session.ListSlots().Single().Fingerprint);
    }

    [TestMethod]
    public void VerifyAfterPutSecretGivesTheRfc6238Code()
    {
        var rig = new Rig();
        rig.Token.SetClock(1111111109);
        rig.Token.PressAfter = TimeSpan.Zero;
        rig.Session.PutSecret(0, "rfc", Rig.RfcSecret, 8, 30);

        VerifyResult result = rig.Session.Verify(0);

        Assert.AreEqual(new VerifyResult(0, "07081804", 8, 1111111109, 1), result, "RFC 6238 SHA-1 vector at T=1111111109");
    }

    [TestMethod]
    public void VerifyMatchesAnIndependentTotpAtTheDeviceTime()
    {
        var rig = new Rig();
        rig.Token.SetClock(1767225600);
        rig.Session.PutSecret(5, "AWS root", Rig.AwsSizedSecret, 6, 30);

        VerifyResult result = rig.Session.Verify(5);

        Assert.AreEqual(1767225603, result.DeviceUtc, "three seconds of button wait later");
        Assert.AreEqual(ReferenceTotp(Rig.AwsSizedSecret, result.DeviceUtc, 6, 30), result.Code);
        Assert.AreEqual(6, result.Code.Length);
        Assert.AreEqual(30 - (int)(result.DeviceUtc % 30), result.SecondsLeft);
    }

    [TestMethod]
    public void DeleteSlotWaitsForThePressThenErases()
    {
        var rig = new Rig();
        rig.Token.Store(4, "old", Rig.RfcSecret);
        int announced = 0;

        rig.Session.DeleteSlot(4, s => announced = s);

        Assert.AreEqual(30, announced);
        Assert.IsFalse(rig.Token.IsUsed(4));
    }

    [TestMethod]
    public void WipeAllErasesEverySlot()
    {
        var rig = new Rig();
        rig.Token.Store(0, "a", Rig.RfcSecret);
        rig.Token.Store(7, "b", Rig.RfcSecret);
        int announced = 0;

        rig.Session.WipeAll(s => announced = s);

        Assert.AreEqual(30, announced);
        Assert.AreEqual(0, rig.Session.Info().SlotsUsed);
    }

    [TestMethod]
    public void SetTimeShowsTheOldClockThenApplies()
    {
        var rig = new Rig();
        rig.Token.SetClock(1700000000);
        SetTimePending? pending = null;

        rig.Session.SetTime(1767225600, p => pending = p);

        Assert.AreEqual(new SetTimePending(30, 1700000000), pending);
        TokenInfo info = rig.Session.Info();
        Assert.AreEqual(1767225603L, info.DeviceUtc, "host time plus the 3 s the press took");
        Assert.AreEqual(1767225603L, info.LastSyncUtc);
        Assert.AreEqual(1u, info.SyncCount);
    }

    [TestMethod]
    public void SetTimeOnAnUnsetClockShowsNull()
    {
        var rig = new Rig();
        SetTimePending? pending = null;
        rig.Session.SetTime(1767225600, p => pending = p);
        Assert.AreEqual(new SetTimePending(30, null), pending);
        Assert.IsTrue(rig.Session.Info().ClockSet);
    }

    [TestMethod]
    public void SequenceNumbersIncrementAndWrap()
    {
        var rig = new Rig();
        for (int i = 0; i < 300; i++)
        {
            rig.Session.Info();
        }

        int[] sequences = rig.Token.Requests.Select(r => r.Sequence).ToArray();
        Assert.AreEqual(1, sequences[0]);
        for (int i = 1; i < sequences.Length; i++)
        {
            Assert.AreEqual((sequences[i - 1] + 1) & 0xFF, sequences[i], $"request {i}");
        }

        CollectionAssert.Contains(sequences, 0, "wrapped through 0");
    }

    [TestMethod]
    public void FramesOnTheWireMatchTheSpecification()
    {
        var rig = new Rig();
        rig.Session.Info();
        Assert.AreEqual("a55a010101002ad5ca87", Convert.ToHexStringLower(rig.Token.Written.ToArray()), "Info, sequence 1, empty payload, CRC-32");
    }

    private static string ReferenceTotp(byte[] key, long unixSeconds, int digits, int period)
    {
        byte[] counter = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, unixSeconds / period);
        byte[] mac = HMACSHA1.HashData(key, counter);
        int offset = mac[^1] & 0x0F;
        int binary = ((mac[offset] & 0x7F) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
        return (binary % (int)Math.Pow(10, digits)).ToString(new string('0', digits));
    }
}
