using HardwareToken.Tests.Support;
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using HardwareToken.Core.Otp;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Screens;
using HardwareToken.Emulator.Tests.Support;
using HardwareToken.Protocol;
using HardwareToken.Transport;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests.EndToEnd;

/// <summary>
/// The built emulator as a child process, provisioned over its pseudo-terminal with the host protocol library,
/// exactly as hwtoken would; the button is pressed through the headless commands.
/// </summary>
[TestClass]
public sealed class EmulatorEndToEndTests
{
    private static readonly byte[] DemoKey = "12345678901234567890"u8.ToArray();

    private static string ExpectedDemoCode(long utc)
    {
        var generator = new OtpGenerator();
        byte[] key = (byte[])DemoKey.Clone();
        generator.SetKey(key, 0, key.Length, 6, 30, 0);
        return OtpFormat.Format(generator.TotpCode(utc), 6);
    }

    [TestInitialize]
    public void RequirePosix() => ExternalTool.RequirePosix();

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void InfoWorksAndTheDemoCodeIsTheCoresCodeForTheReportedUtc()
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(state.Path, "--demo");
        using (var channel = SerialPort.Open(emulator.SerialPath))
        {
            TokenInfo info = new TokenSession(channel).Info();
            Assert.AreEqual("1.0.0-emulator", info.FirmwareVersion);
            Assert.AreEqual(8, info.SlotCount);
            Assert.AreEqual(1, info.SlotsUsed);
            Assert.IsTrue(info.ClockSet);
            Assert.IsTrue(Math.Abs(info.DeviceUtc!.Value - DateTimeOffset.UtcNow.ToUnixTimeSeconds()) <= 3, "the RTC follows host UTC");
        }

        Dictionary<string, string> s = emulator.State();
        Assert.AreEqual("Code", s["screen"]);
        Assert.AreEqual("0", s["slot"]);
        Assert.AreEqual("DEMO", s["label"]);
        Assert.AreEqual("true", s["awake"]);
        long utc = long.Parse(s["utc"]);
        Assert.AreEqual(ExpectedDemoCode(utc), s["code"]);
        Assert.AreEqual((30 - (utc % 30)).ToString(), s["left"]);
        Assert.AreEqual(Oathtool.Totp(DemoKey, utc), s["code"], "and oathtool agrees");
        Assert.AreEqual(0, emulator.Quit());
        StringAssert.Contains(emulator.Stderr, "added account \"DEMO\"");
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void ProvisionConfirmWithAPressThenVerifyMatchesOathtool()
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(state.Path, "--demo");
        byte[] key = RandomNumberGenerator.GetBytes(40);
        using var channel = SerialPort.Open(emulator.SerialPath);
        var session = new TokenSession(channel);
        int announced = -1;
        string pressReply = string.Empty;

        session.PutSecret(1, "e2e root", key, 6, 30, seconds =>
        {
            announced = seconds;
            Assert.AreEqual("Confirm", emulator.State()["screen"], "the token shows the confirmation");
            pressReply = emulator.ConfirmCommand();
        });

        Assert.AreEqual(30, announced, "AwaitingButton came with the 30 s countdown");
        Assert.AreEqual("ok", pressReply);
        VerifyResult verify = session.Verify(1);
        Assert.AreEqual(Oathtool.Totp(key, verify.DeviceUtc), verify.Code, "the code the token computes for the UTC it reports");

        IReadOnlyList<SlotInfo> slots = session.ListSlots();
        CollectionAssert.AreEqual(new[] { 0, 1 }, slots.Select(x => x.Index).ToArray());
        Assert.AreEqual(SlotInfo.FingerprintOf(key), slots[1].Fingerprint);
        Assert.AreEqual(SlotInfo.FingerprintOf(DemoKey), slots[0].Fingerprint);

        // After the "SAVED" message the code screen shows the new slot; its label is escaped in the state line.
        Dictionary<string, string> s = emulator.WaitForState(x => x["screen"] == "Code", TimeSpan.FromSeconds(6));
        Assert.AreEqual("1", s["slot"]);
        Assert.AreEqual("e2e root", s["label"]); // the state line carries it as e2e%20root
        Assert.AreEqual(Oathtool.Totp(key, long.Parse(s["utc"])), s["code"]);
        Assert.AreEqual("2", s["accounts"]);
        Assert.AreEqual(0, emulator.Quit());
        Assert.IsFalse(emulator.Stderr.Contains(Convert.ToHexString(key), StringComparison.OrdinalIgnoreCase), "no secret in the log");
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void KillingTheEmulatorMidConfirmationKeepsTheOldAccounts()
    {
        using var state = new TempFolder();
        byte[] kept = RandomNumberGenerator.GetBytes(40);
        using (var first = HeadlessEmulator.Start(state.Path, "--demo"))
        {
            using var channel = SerialPort.Open(first.SerialPath);
            var session = new TokenSession(channel, new TokenSessionOptions { ConfirmTimeout = TimeSpan.FromSeconds(3), ConfirmGrace = TimeSpan.Zero });
            session.PutSecret(1, "kept", kept, 6, 30, _ => Assert.AreEqual("ok", first.ConfirmCommand()));

            // Now a replacement of the demo slot, and the power is pulled while the token waits for the button.
            Exception? failure = null;
            try
            {
                session.PutSecret(0, "EVIL", RandomNumberGenerator.GetBytes(40), 6, 30, _ => first.Kill());
            }
            catch (Exception e)
            {
                failure = e;
            }

            Assert.IsTrue(failure is SerialPortException or TokenTimeoutException, "the host notices that the token went away: " + failure);
            Assert.IsTrue(first.HasExited);
        }

        using var second = HeadlessEmulator.Start(state.Path, "--demo");
        using (var channel = SerialPort.Open(second.SerialPath))
        {
            IReadOnlyList<SlotInfo> slots = new TokenSession(channel).ListSlots();
            Assert.AreEqual(2, slots.Count);
            Assert.AreEqual("DEMO", slots[0].Label);
            Assert.AreEqual(SlotInfo.FingerprintOf(DemoKey), slots[0].Fingerprint);
            Assert.AreEqual("kept", slots[1].Label);
            Assert.AreEqual(SlotInfo.FingerprintOf(kept), slots[1].Fingerprint);
        }

        Dictionary<string, string> s = second.State();
        Assert.AreEqual("DEMO", s["label"]);
        Assert.AreEqual(ExpectedDemoCode(long.Parse(s["utc"])), s["code"]);
        StringAssert.Contains(second.Stderr, "already holds accounts", "--demo did not overwrite anything");
        Assert.AreEqual(0, second.Quit());
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void ClientsMayConnectAndDisconnectRepeatedly()
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(state.Path);
        for (int i = 0; i < 5; i++)
        {
            using var channel = SerialPort.Open(emulator.SerialPath);
            Assert.AreEqual(0, new TokenSession(channel).Info().SlotsUsed, "connection " + i);
        }

        Assert.AreEqual("NoAccounts", emulator.State()["screen"]);
        Assert.AreEqual(0, emulator.Quit());
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void HeadlessCommandsAnswerAsDocumented()
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(state.Path, "--demo");
        Assert.AreEqual("error unknown command: frobnicate", emulator.Command("frobnicate now"));
        Assert.AreEqual("error press takes no argument", emulator.Command("press 3"));
        Assert.AreEqual("error png needs a path: png PATH", emulator.Command("png"));

        string[] rows = emulator.Screen();
        byte[] frame = FrameText.Parse(rows);
        Assert.IsTrue(rows.All(r => r.Length == 128 && r.All(c => c is '#' or '.')));
        Assert.IsTrue(frame.Any(b => b != 0), "the code screen is lit");

        string png = Path.Combine(state.Path, "shot one.png");
        Assert.AreEqual("ok " + png, emulator.Command("png " + png));
        PngReader image = PngReader.Read(File.ReadAllBytes(png));
        Assert.AreEqual(512, image.Width);

        Assert.AreEqual("ok", emulator.Command("long-press"));
        Assert.AreEqual("Info", emulator.State()["screen"], "a long press on the code screen shows the clock");
        Assert.AreEqual("ok", emulator.Command("press"));
        Assert.AreEqual("Code", emulator.State()["screen"], "a press goes back");
        Assert.AreEqual(0, emulator.Quit());
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void TheDisplaySleepsAfterTheTimeoutAndAPressWakesIt()
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(state.Path, "--demo", "--display-timeout", "1");
        Dictionary<string, string> asleep = emulator.WaitForState(x => x["awake"] == "false", TimeSpan.FromSeconds(5));
        Assert.AreEqual("Off", asleep["screen"]);
        Assert.AreEqual("-", asleep["code"]);
        Assert.AreEqual("LightSleep", asleep["stage"], "first the warm window");
        Assert.IsTrue(emulator.Screen().All(r => r == new string('.', 128)), "an off panel shows nothing");

        Assert.AreEqual("ok", emulator.Command("press"));
        Dictionary<string, string> awake = emulator.State();
        Assert.AreEqual("true", awake["awake"]);
        Assert.AreEqual("Code", awake["screen"], "the waking press only wakes");
        Assert.AreEqual("0", awake["slot"]);
        Assert.AreEqual(0, emulator.Quit());
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void AnUnsetClockIsSetOverSerialAndARestartKeepsIt()
    {
        using var state = new TempFolder();
        using (var first = HeadlessEmulator.Start(state.Path, "--clock-unset"))
        {
            Dictionary<string, string> s = first.State();
            Assert.AreEqual("SetTime", s["screen"]);
            Assert.AreEqual("NotSet", s["clock"]);
            Assert.AreEqual("-", s["utc"]);
            using var channel = SerialPort.Open(first.SerialPath);
            var session = new TokenSession(channel);
            Assert.IsFalse(session.Info().ClockSet);
            SetTimePending? pending = null;
            session.SetTime(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), p =>
            {
                pending = p;
                Assert.AreEqual("ok", first.ConfirmCommand());
            });
            Assert.IsNull(pending!.DeviceUtc, "the token said its clock was not set");
            TokenInfo info = session.Info();
            Assert.IsTrue(info.ClockSet);
            Assert.IsTrue(Math.Abs(info.DeviceUtc!.Value - DateTimeOffset.UtcNow.ToUnixTimeSeconds()) <= 2);
            Assert.AreEqual(0, first.Quit());
        }

        using var second = HeadlessEmulator.Start(state.Path);
        Dictionary<string, string> after = second.State();
        Assert.AreEqual("Ok", after["clock"], "rtc.json kept the time, like the RTC's battery");
        Assert.IsTrue(Math.Abs(long.Parse(after["utc"]) - DateTimeOffset.UtcNow.ToUnixTimeSeconds()) <= 2);
        Assert.AreEqual(0, second.Quit());
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void ClockOptionsShapeTheRtc()
    {
        using var state = new TempFolder();
        using (var slow = HeadlessEmulator.Start(state.Path, "--clock-offset=-3600"))
        {
            long utc = long.Parse(slow.State()["utc"]);
            Assert.IsTrue(Math.Abs(utc - (DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 3600)) <= 2, "an hour slow");
            Assert.AreEqual(0, slow.Quit());
        }

        using (var halted = HeadlessEmulator.Start(state.Path, "--clock-halted"))
        {
            Dictionary<string, string> s = halted.State();
            Assert.AreEqual("Halted", s["clock"]);
            Assert.AreEqual("SetTime", s["screen"]);
            Assert.AreEqual(0, halted.Quit());
        }

        using var still = HeadlessEmulator.Start(state.Path);
        Assert.AreEqual("Halted", still.State()["clock"], "a stopped oscillator stays stopped across restarts");
        Assert.AreEqual(0, still.Quit());
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void EndOfInputQuitsAndASecondEmulatorCannotShareTheFolder()
    {
        using var state = new TempFolder();
        using var first = HeadlessEmulator.Start(state.Path);
        using (Process second = Process.Start(HeadlessEmulator.StartInfo("--headless", "--state", state.Path))!)
        {
            string error = second.StandardError.ReadToEnd();
            Assert.IsTrue(second.WaitForExit(10_000));
            Assert.AreEqual(1, second.ExitCode);
            StringAssert.Contains(error, "in use");
        }

        first.Send("state");
        Assert.IsTrue(first.NextLine().StartsWith("screen=", StringComparison.Ordinal));
        first.CloseInput();
        Assert.AreEqual(0, first.WaitForExit());
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void ABadCommandLineIsAUsageError()
    {
        using Process p = Process.Start(HeadlessEmulator.StartInfo("--headless", "--clock-unset", "--clock-halted"))!;
        string error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.AreEqual(2, p.ExitCode);
        StringAssert.Contains(error, "give one");
        Assert.AreEqual(string.Empty, p.StandardOutput.ReadToEnd(), "nothing on stdout");
    }
}
