using System;
using System.Collections.Generic;
using System.Diagnostics;
using FsCheck.Fluent;
using HardwareToken.Core.App;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.App;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Fuzz.Tests.Protocol;

/// <summary>
/// Target (b): a booted <see cref="TokenApp"/> on fake hardware with two provisioned accounts, fed generated
/// traffic over its serial line while nobody touches the button. Properties: nothing throws; every byte the
/// token sends is part of a well-formed response frame; no reply ever contains any 4-byte window of either
/// secret; no confirmed command (PutSecret, DeleteSlot, WipeAll, SetTime) ever answers Ok; Verify gives a code
/// only for the slot just written and within 60 s of that write; storage (every byte and the write count), the
/// RTC and the accounts are exactly as before; afterwards the token still answers a valid Info.
/// </summary>
[TestClass]
public class TokenFuzzTests
{
    /// <summary>The AWS-shaped 40-byte secret provisioned in slot 0 (random-looking, so no reply matches it by chance).</summary>
    internal static readonly byte[] Secret = FrameGen.Fill(20261118, 40);

    /// <summary>A 20-byte secret in slot 3.</summary>
    internal static readonly byte[] BackupSecret = FrameGen.Fill(4648, 20);

    private static readonly HashSet<uint> SecretWindows = Windows(Secret, BackupSecret);

    public TestContext TestContext { get; set; }

    [TestMethod]
    public void ATokenFedAnyTrafficWithoutAPressChangesNothingAndLeaksNothing()
    {
        int sessions = FuzzSettings.Pick(3000, 82000);
        var stats = new FuzzStats();
        var watch = Stopwatch.StartNew();
        FsCheck.Check.One(FuzzSettings.Config(sessions), Prop.ForAll(FrameGen.Sessions(24), (Session s) => Run(s, stats)));
        watch.Stop();
        TestContext.WriteLine(
            "fuzz TokenApp [" + FuzzSettings.Mode + ", seed " + FuzzSettings.Seed + "]: " + stats.Frames + " frames ("
            + stats.Bytes + " bytes, " + stats.Sessions + " booted tokens) in " + watch.Elapsed.TotalSeconds.ToString("0.0")
            + " s; replies: " + stats.Summary());
        Assert.IsTrue(stats["AwaitingButton"] > 0 && stats["ConfirmTimeout"] > 0, "confirmations were started and timed out");
        Assert.IsTrue(stats["verify-code"] > 0 && stats["NotAllowed"] > 0, "Verify was answered inside its window and refused outside it");
        Assert.IsTrue(stats["BadArgument"] > 0 && stats["BadCrc"] > 0 && stats["Busy"] > 0, "the error paths were reached");
        if (FuzzSettings.Long)
        {
            Assert.IsTrue(stats.Frames >= 1000000, "long mode feeds at least 1,000,000 frames");
        }
    }

    private static void Run(Session session, FuzzStats stats)
    {
        var h = new TokenHarness(TokenHarness.Now, 0);

        // Never sleep, so every byte is served (a sleeping token drops serial bytes; waking it needs a press).
        h.Config.DisplayTimeoutMilliseconds = int.MaxValue / 2;
        h.Boot();
        h.Provision(3, "backup", BackupSecret);
        h.Provision(0, "AWS root", Secret);
        long verifyWindowOpened = h.Uptime;
        h.Platform.FakeSerial.TakeSent();

        var storage = h.Platform.FakeStorage;
        byte[] before = storage.Snapshot();
        int writes = storage.WriteCount;
        int rtcWrites = h.Platform.FakeRtc.Writes;
        string accounts = Describe(h.App);
        stats.Sessions++;
        int awaiting = 0;
        int finished = 0;
        foreach (Chunk chunk in session.Chunks)
        {
            stats.Frames++;
            stats.Bytes += chunk.Bytes.Length;
            h.Run(chunk.GapMilliseconds);
            h.Platform.FakeSerial.HostSends(chunk.Bytes);
            h.Run(5);
            List<byte[]> replies = Inspect(h.Platform.FakeSerial.TakeSent(), h.Uptime - verifyWindowOpened, stats);
            awaiting += replies.FindAll(f => (Status)f[6] == Status.AwaitingButton).Count;
            if (awaiting > finished && (chunk.Bytes.Length & 1) == 0)
            {
                // Half the time wait the confirmation out at once, so later chunks reach more than Busy.
                WaitOut(h);
                replies.AddRange(Inspect(h.Platform.FakeSerial.TakeSent(), h.Uptime - verifyWindowOpened, stats));
            }

            finished += replies.FindAll(f => (Status)f[6] == Status.ConfirmTimeout).Count;
        }

        // Any confirmation still pending times out; the pause also drops any partial frame.
        WaitOut(h);
        finished += Inspect(h.Platform.FakeSerial.TakeSent(), h.Uptime - verifyWindowOpened, stats).FindAll(f => (Status)f[6] == Status.ConfirmTimeout).Count;
        Assert.AreEqual(awaiting, finished, "every AwaitingButton got exactly one final answer, ConfirmTimeout");
        h.Send(Opcode.Info, Array.Empty<byte>(), 50);
        List<byte[]> info = Inspect(h.Platform.FakeSerial.TakeSent(), h.Uptime - verifyWindowOpened, stats);
        Assert.AreEqual(1, info.Count, "one reply to Info after the fuzzing");
        Assert.AreEqual(0x81, (int)info[0][3], "it answers Info");
        Assert.AreEqual(Status.Ok, (Status)info[0][6], "with Ok");

        CollectionAssert.AreEqual(before, storage.Snapshot(), "storage bytes unchanged without a press");
        Assert.AreEqual(writes, storage.WriteCount, "no storage write without a press");
        Assert.AreEqual(rtcWrites, h.Platform.FakeRtc.Writes, "the RTC is never set without a press");
        Assert.AreEqual(accounts, Describe(h.App), "accounts unchanged");
        Assert.AreEqual(0, h.App.Clock.SyncCount, "no sync happened");
    }

    /// <summary>
    /// Lets more than the 30 s confirmation time pass. The loop is idle meanwhile (no bytes, no press), so the
    /// simulated clock jumps most of the way and the loop then runs for 200 ms: the same outcome as stepping
    /// every 50 ms (the scenario tests do that), for a fraction of the work.
    /// </summary>
    private static void WaitOut(TokenHarness h)
    {
        h.Platform.Time.Advance(30000);
        h.Run(200);
    }

    /// <summary>Decodes everything the token sent and checks each reply; returns the frames.</summary>
    private static List<byte[]> Inspect(byte[] sent, long sinceWrite, FuzzStats stats)
    {
        var frames = new List<byte[]>();
        if (sent.Length >= 4)
        {
            uint window = 0;
            for (int i = 0; i < sent.Length; i++)
            {
                window = (window << 8) | sent[i];
                if (i >= 3 && SecretWindows.Contains(window))
                {
                    Assert.Fail("a reply contains 4 bytes of a secret at offset " + (i - 3) + ": " + Convert.ToHexString(sent));
                }
            }
        }

        var decoder = new FrameDecoder();
        int start = 0;
        for (int i = 0; i < sent.Length; i++)
        {
            FeedResult r = decoder.Feed(sent[i], 0);
            Assert.AreNotEqual(FeedResult.Error, r, "the token sent a malformed frame: " + Convert.ToHexString(sent));
            if (r != FeedResult.FrameReady)
            {
                continue;
            }

            Assert.AreEqual(start + FrameFormat.Overhead + decoder.PayloadLength, i + 1, "frames are back to back, nothing between them");
            byte[] frame = sent[start..(i + 1)];
            start = i + 1;
            frames.Add(frame);
            int opcode = decoder.RawOpcode;
            Assert.IsTrue((opcode & FrameFormat.ResponseFlag) != 0, "a response has bit 7 set in its opcode");
            Assert.IsTrue(decoder.PayloadLength >= 2, "a response has status and detail");
            var status = (Status)decoder.Payload[0];
            stats.Count(status.ToString());
            int request = opcode & 0x7F;
            bool confirmed = request == (int)Opcode.PutSecret || request == (int)Opcode.DeleteSlot
                || request == (int)Opcode.WipeAll || request == (int)Opcode.SetTime;
            if (status == Status.Ok && confirmed)
            {
                Assert.Fail("a confirmed command completed without a press: " + Convert.ToHexString(frame));
            }

            if (status == Status.Ok && request == (int)Opcode.Verify)
            {
                stats.Count("verify-code");
                Assert.AreEqual(0, (int)decoder.Payload[2], "Verify answers only for the slot just written");
                Assert.IsTrue(sinceWrite <= ProtocolLimits.VerifyWindowSeconds * 1000, "Verify answers only within 60 s of the write (" + sinceWrite + " ms)");
                long t = BigEndian.ReadInt64(decoder.Payload, 8);
                Assert.AreEqual(ReferenceTotp(Secret, t), (int)BigEndian.ReadUInt32(decoder.Payload, 4), "the code is the secret's (checked with .NET's HMACSHA1)");
            }
        }

        Assert.AreEqual(sent.Length, start, "no partial frame at the end");
        return frames;
    }

    /// <summary>RFC 6238 with .NET's own HMAC-SHA1: 6 digits, 30 s.</summary>
    private static int ReferenceTotp(byte[] key, long unixSeconds)
    {
        byte[] counter = new byte[8];
        BigEndian.WriteInt64(unixSeconds / 30, counter, 0);
        byte[] mac = System.Security.Cryptography.HMACSHA1.HashData(key, counter);
        int offset = mac[19] & 0x0F;
        int binary = ((mac[offset] & 0x7F) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
        return binary % 1000000;
    }

    private static string Describe(TokenApp app)
    {
        var text = new System.Text.StringBuilder();
        byte[] fingerprint = new byte[4];
        for (int slot = 0; slot < 8; slot++)
        {
            if (app.Accounts.IsUsed(slot))
            {
                app.Accounts.GetFingerprint(slot, fingerprint, 0);
                text.Append(slot).Append(':').Append(app.Accounts.GetLabel(slot)).Append('/').Append(app.Accounts.GetDigits(slot))
                    .Append('/').Append(app.Accounts.GetPeriod(slot)).Append('/').Append(Convert.ToHexString(fingerprint)).Append(' ');
            }
        }

        return text.ToString();
    }

    private static HashSet<uint> Windows(params byte[][] secrets)
    {
        var set = new HashSet<uint>();
        foreach (byte[] s in secrets)
        {
            for (int i = 0; i + 4 <= s.Length; i++)
            {
                set.Add(BigEndian.ReadUInt32(s, i));
            }
        }

        return set;
    }
}
