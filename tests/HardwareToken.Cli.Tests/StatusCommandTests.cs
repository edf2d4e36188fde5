using System.Text.Json;
using HardwareToken.Cli.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

[TestClass]
public sealed class StatusCommandTests
{
    private static readonly string[] Status = ["status", "--port", SimulatedToken.PortPath];

    [TestMethod]
    public void ShowsSlotsOneBasedWithFingerprintsAndTheClockOffset()
    {
        using var token = new SimulatedToken(rtcOffsetSeconds: 3);
        byte[] key = TestKeys.RandomAwsKey();
        Assert.AreEqual(ExitCodes.Ok, new DeviceCli(token) { Stdin = TestKeys.Base32(key) }.Run("provision", "--port", SimulatedToken.PortPath, "--slot", "4", "--label", "AWS root", "--no-time-sync").ExitCode);

        CliRun run = new DeviceCli(token).Run(Status);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "token on /dev/ttySIM0: firmware 1.0.0, protocol 1, 1 of 8 slots used");
        StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"│ 4\s+│ AWS root\s+│ 6\s+│ 30 s\s+│ " + Protocol.SlotInfo.FingerprintOf(key).ToString("x8")));
        StringAssert.Contains(run.Out, "offset +3 s");
        StringAssert.Contains(run.Out, "last sync: never (0 syncs)");
        StringAssert.Contains(run.Out, "drift:     0.0 ppm");
        Assert.IsFalse(run.Out.Contains("warning", System.StringComparison.Ordinal), "3 s is within the limit");
    }

    [TestMethod]
    public void WarnsWhenTheClockIsOffByMoreThanFiveSeconds()
    {
        using var token = new SimulatedToken(rtcOffsetSeconds: -7);
        CliRun run = new DeviceCli(token).Run(Status);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "no accounts");
        StringAssert.Contains(run.Out, "offset -7 s");
        StringAssert.Contains(run.Out, "warning: the token's clock is off by -7 s, more than 5 s: its codes may be refused; run `hwtoken sync-time`");
    }

    [TestMethod]
    public void WarnsWhenTheClockIsNotSet()
    {
        using var token = new SimulatedToken(clockUnset: true);
        CliRun run = new DeviceCli(token).Run(Status);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "clock:     not set");
        StringAssert.Contains(run.Out, "warning: the token's clock is not set");
    }

    [TestMethod]
    public void JsonHasEveryFieldForScripts()
    {
        using var token = new SimulatedToken(rtcOffsetSeconds: -3600);
        byte[] key = TestKeys.RandomAwsKey();
        Assert.AreEqual(ExitCodes.Ok, new DeviceCli(token) { Stdin = TestKeys.Base32(key) }.Run("provision", "--port", SimulatedToken.PortPath, "--label", "a b").ExitCode);
        token.Skip(System.TimeSpan.FromSeconds(10));
        token.HostOffsetMilliseconds = 8000;

        CliRun run = new DeviceCli(token).Run([.. Status, "--json"]);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement root = json.RootElement;
        Assert.AreEqual("1.0.0", root.GetProperty("firmware").GetString());
        Assert.AreEqual(1, root.GetProperty("protocolVersion").GetInt32());
        Assert.AreEqual(8, root.GetProperty("slotCount").GetInt32());
        Assert.AreEqual(1, root.GetProperty("slotsUsed").GetInt32());
        JsonElement clock = root.GetProperty("clock");
        Assert.IsTrue(clock.GetProperty("set").GetBoolean());
        long offset = clock.GetProperty("offsetSeconds").GetInt64();
        Assert.IsTrue(offset is -9 or -8 or -7, $"offset {offset}: the host runs 8 s ahead of the freshly synced token");
        Assert.AreEqual(clock.GetProperty("deviceUtc").GetInt64() - clock.GetProperty("hostUtc").GetInt64(), offset);
        Assert.AreEqual(1, clock.GetProperty("syncCount").GetInt32());
        long age = clock.GetProperty("lastSyncAgeSeconds").GetInt64();
        Assert.IsTrue(age is >= 17 and <= 25, $"age {age}: 10 s skipped + 8 s host offset + real time");
        Assert.AreEqual(JsonValueKind.Number, clock.GetProperty("driftPpm").ValueKind);
        JsonElement slot = root.GetProperty("slots")[0];
        Assert.AreEqual(1, slot.GetProperty("slot").GetInt32());
        Assert.AreEqual("a b", slot.GetProperty("label").GetString());
        Assert.AreEqual(6, slot.GetProperty("digits").GetInt32());
        Assert.AreEqual(30, slot.GetProperty("period").GetInt32());
        Assert.AreEqual(Protocol.SlotInfo.FingerprintOf(key).ToString("x8"), slot.GetProperty("fingerprint").GetString());
        Assert.AreEqual(1, root.GetProperty("warnings").GetArrayLength(), "offset over 5 s");
    }
}
