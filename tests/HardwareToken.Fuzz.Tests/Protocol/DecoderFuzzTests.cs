using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using FsCheck.Fluent;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Fuzz.Tests.Protocol;

/// <summary>
/// Target (a): FrameDecoder and RequestReader, fed generated traffic byte by byte as the token feeds them.
/// Properties: nothing throws; every FrameReady is exactly the last 10+N bytes fed and they form a frame with a
/// correct CRC and version 1; an intact request after a pause of more than 1000 ms (or with the decoder idle)
/// always decodes, whatever came before; every reader's verdict on every payload is the one docs/protocol.md §5
/// gives; a PutSecret payload is wiped by the reader and a refused one writes nothing.
/// </summary>
[TestClass]
public class DecoderFuzzTests
{
    public TestContext TestContext { get; set; }

    [TestMethod]
    public void DecoderAndReadersSurviveAnyTrafficAndAgreeWithTheSpecification()
    {
        int sessions = FuzzSettings.Pick(8000, 88000);
        var stats = new FuzzStats();
        var watch = Stopwatch.StartNew();
        FsCheck.Check.One(FuzzSettings.Config(sessions), Prop.ForAll(FrameGen.Sessions(24), (Session s) => Run(s, stats)));
        watch.Stop();
        TestContext.WriteLine(
            "fuzz decoder+readers [" + FuzzSettings.Mode + ", seed " + FuzzSettings.Seed + "]: " + stats.Frames + " frames ("
            + stats.Bytes + " bytes, " + stats.Sessions + " sessions) in " + watch.Elapsed.TotalSeconds.ToString("0.0") + " s; " + stats.Summary());
        Assert.IsTrue(stats["ready"] > stats.Frames / 10, "the generators reach the body parsers");
        Assert.IsTrue(stats["exact"] > 0 && stats["putsecret-ok"] > 0 && stats["settime-ok"] > 0, "every path is hit");
        if (FuzzSettings.Long)
        {
            Assert.IsTrue(stats.Frames >= 1000000, "long mode feeds at least 1,000,000 frames");
        }
    }

    private static void Run(Session session, FuzzStats stats)
    {
        var decoder = new FrameDecoder();
        var fed = new List<byte>();
        long now = 0;
        stats.Sessions++;
        foreach (Chunk chunk in session.Chunks)
        {
            stats.Frames++;
            stats.Bytes += chunk.Bytes.Length;
            now += chunk.GapMilliseconds;
            if (chunk.GapMilliseconds > FrameFormat.InterByteTimeoutMilliseconds && (chunk.Bytes.Length & 1) == 0)
            {
                // The token's loop checks for a stale partial frame between bytes too.
                decoder.CheckTimeout(now);
            }

            bool mustDecode = chunk.Kind == ChunkKind.Valid
                && (chunk.GapMilliseconds > FrameFormat.InterByteTimeoutMilliseconds || !decoder.InFrame);
            FeedResult last = FeedResult.None;
            byte[] lastFrame = null;
            foreach (byte b in chunk.Bytes)
            {
                last = decoder.Feed(b, now);
                fed.Add(b);
                if (last == FeedResult.FrameReady)
                {
                    lastFrame = CheckReady(decoder, fed, stats);
                }
                else if (last == FeedResult.Error)
                {
                    CheckError(decoder, stats);
                }
            }

            if (mustDecode)
            {
                Assert.AreEqual(FeedResult.FrameReady, last, "an intact request after a pause or an idle decoder decodes: " + chunk);
                CollectionAssert.AreEqual(chunk.Bytes, lastFrame, "and decodes to itself");
                stats.Count("exact");
            }
        }
    }

    /// <summary>Checks a ready frame against the bytes fed, then runs every reader; returns the frame's bytes.</summary>
    private static byte[] CheckReady(FrameDecoder decoder, List<byte> fed, FuzzStats stats)
    {
        stats.Count("ready");
        int n = decoder.PayloadLength;
        Assert.IsTrue(n >= 0 && n <= FrameFormat.MaxPayload, "payload length " + n);
        Assert.IsTrue(decoder.HasHeader && decoder.Error == FrameError.None, "a ready frame has its header and no error");
        Assert.IsTrue(fed.Count >= FrameFormat.Overhead + n, "a ready frame is made of bytes that were fed");
        byte[] frame = fed.GetRange(fed.Count - FrameFormat.Overhead - n, FrameFormat.Overhead + n).ToArray();
        Assert.AreEqual(FrameFormat.Magic0, frame[0], "magic 0");
        Assert.AreEqual(FrameFormat.Magic1, frame[1], "magic 1");
        Assert.AreEqual(FrameFormat.Version, frame[2], "only version 1 is ready");
        Assert.AreEqual(decoder.Version, (int)frame[2], "version field");
        Assert.AreEqual(decoder.RawOpcode, (int)frame[3], "opcode field");
        Assert.AreEqual(decoder.Sequence, (int)frame[4], "sequence field");
        Assert.AreEqual(n, (int)frame[5], "length field");
        Assert.AreEqual(Crc32.Compute(frame, 0, FrameFormat.HeaderLength + n), BigEndian.ReadUInt32(frame, FrameFormat.HeaderLength + n), "a ready frame's CRC is right");
        byte[] payload = decoder.Payload.AsSpan(0, n).ToArray();
        CollectionAssert.AreEqual(frame.AsSpan(FrameFormat.PayloadOffset, n).ToArray(), payload, "payload");

        // Every reader on every payload, as if the opcode had been any of them; the verdicts must match §5.
        byte detail;
        Status status = RequestReader.TryReadEmpty(decoder.Payload, n, out detail);
        Expect(RequestRules.Empty(payload, n), status, detail, "empty");
        status = RequestReader.TryReadSlot(decoder.Payload, n, out int slot, out detail);
        Expect(RequestRules.Slot(payload, n), status, detail, "slot");
        Assert.AreEqual(status == Status.Ok ? payload[0] : 0, slot, "slot value");
        status = RequestReader.TryReadSetTime(decoder.Payload, n, out long unixSeconds, out detail);
        Expect(RequestRules.SetTime(payload, n), status, detail, "settime");
        Assert.AreEqual(status == Status.Ok ? BigEndian.ReadInt64(payload, 0) : 0L, unixSeconds, "time value");
        if (status == Status.Ok)
        {
            stats.Count("settime-ok");
        }

        char[] label = new char[ProtocolLimits.MaxLabelLength];
        byte[] secret = Enumerable.Repeat((byte)0xEE, ProtocolLimits.MaxSecretLength).ToArray();
        status = RequestReader.TryReadPutSecret(decoder.Payload, n, out slot, out int digits, out int period, label, out int labelLength, secret, out int secretLength, out detail);
        Expect(RequestRules.PutSecret(payload, n), status, detail, "putsecret");
        Assert.IsTrue(decoder.Payload.AsSpan(0, n).IndexOfAnyExcept((byte)0) < 0, "the PutSecret reader wipes the payload");
        if (status == Status.Ok)
        {
            stats.Count("putsecret-ok");
            Assert.AreEqual((int)payload[0], slot, "put slot");
            Assert.AreEqual((int)payload[1], digits, "put digits");
            Assert.AreEqual((int)payload[2], period, "put period");
            Assert.AreEqual((int)payload[3], labelLength, "put label length");
            Assert.AreEqual(System.Text.Encoding.ASCII.GetString(payload, 4, labelLength), new string(label, 0, labelLength), "put label");
            Assert.AreEqual((int)payload[4 + labelLength], secretLength, "put secret length");
            CollectionAssert.AreEqual(payload.AsSpan(5 + labelLength, secretLength).ToArray(), secret.AsSpan(0, secretLength).ToArray(), "put secret");
        }
        else
        {
            Assert.IsTrue(slot == 0 && digits == 0 && period == 0 && labelLength == 0 && secretLength == 0, "a refused PutSecret reports no fields");
            Assert.IsTrue(secret.All(b => b == 0xEE), "a refused PutSecret writes no secret");
        }

        return frame;
    }

    private static void Expect(byte expectedDetail, Status status, byte detail, string what)
    {
        Assert.AreEqual(expectedDetail, detail, what + " detail");
        Assert.AreEqual(expectedDetail == StatusDetail.None ? Status.Ok : Status.BadArgument, status, what + " status");
    }

    private static void CheckError(FrameDecoder decoder, FuzzStats stats)
    {
        FrameError error = decoder.Error;
        stats.Count("error-" + error);
        Assert.AreNotEqual(FrameError.None, error, "an error has a reason");
        bool header = error == FrameError.TooLong || error == FrameError.BadCrc || error == FrameError.UnsupportedVersion;
        Assert.AreEqual(header, decoder.HasHeader, "header known after " + error);
        Assert.AreEqual(0, decoder.PayloadLength, "no payload after an error");
    }
}
