using HardwareToken.Tests.Support;
using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using HardwareToken.EndToEnd.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.EndToEnd.Tests;

/// <summary>hwtoken provision, status, sync-time and wipe, as processes, against the emulator.</summary>
[TestClass]
public sealed class ProvisionEndToEndTests
{
    [TestMethod]
    [DataRow(EmulatorLink.Pty)]
    [DataRow(EmulatorLink.Tcp)]
    [Timeout(60_000, CooperativeCancellation = true)]
    public void ProvisionedCodesEqualOathtoolsAndThePressSwitchesSlots(EmulatorLink link)
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(link, state.Path, "--clock-offset=-40");
        string first = Keys.RandomAwsBase32();
        string second = Keys.RandomAwsBase32();

        HwtokenRun one = new Hwtoken { Stdin = first + "\n" }.PressingOn(emulator).Start("provision", "--port", emulator.SerialPath, "--label", "first");
        Assert.AreEqual(0, one.ExitCode, one.ToString());
        Assert.AreEqual("slot 1 \"first\" written and verified\n", one.Out);
        StringAssert.Matches(one.Error, new Regex(@"token clock: .* -> .* \(jump \+(39|40|41) s\)"));
        StringAssert.Contains(one.Error, "press the button on the token to confirm: write slot 1 (\"first\")");
        Assert.IsFalse(one.Error.Contains(first[..16], StringComparison.Ordinal) || one.Out.Contains(first[..16], StringComparison.Ordinal), "the secret is never printed");

        Dictionary<string, string> shown = emulator.WaitForState(s => s["screen"] == "Code", TimeSpan.FromSeconds(8));
        Assert.AreEqual("0", shown["slot"]);
        Assert.AreEqual("first", shown["label"]);
        Assert.AreEqual(Oathtool.Totp(first, long.Parse(shown["utc"])), shown["code"]);
        Assert.IsTrue(Math.Abs(long.Parse(shown["utc"]) - DateTimeOffset.UtcNow.ToUnixTimeSeconds()) <= 2, "the clock was synced");

        HwtokenRun two = new Hwtoken { Stdin = second }.PressingOn(emulator).Start("provision", "--port", emulator.SerialPath, "--label", "second", "--no-time-sync");
        Assert.AreEqual(0, two.ExitCode, two.ToString());
        Assert.AreEqual("slot 2 \"second\" written and verified\n", two.Out);

        Dictionary<string, string> slot2 = emulator.WaitForState(s => s["screen"] == "Code", TimeSpan.FromSeconds(8));
        Assert.AreEqual("1", slot2["slot"]);
        Assert.AreEqual("second", slot2["label"]);
        Assert.AreEqual(Oathtool.Totp(second, long.Parse(slot2["utc"])), slot2["code"]);

        emulator.Press();
        Dictionary<string, string> slot1 = emulator.State();
        Assert.AreEqual("0", slot1["slot"], "a press shows the other account");
        Assert.AreEqual("first", slot1["label"]);
        Assert.AreEqual(Oathtool.Totp(first, long.Parse(slot1["utc"])), slot1["code"]);
        emulator.Press();
        Assert.AreEqual("second", emulator.State()["label"]);
        emulator.Quit();
    }

    [TestMethod]
    [DataRow(EmulatorLink.Pty)]
    [DataRow(EmulatorLink.Tcp)]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void AQrCodeImageIsDecodedInProcessAndZbarimgAgrees(EmulatorLink link)
    {
        // hwtoken decodes the image itself (ImageSharp + ZXing.Net); zbarimg, an independent decoder, must read the same URI.
        string zbarimg = HardwareToken.Tests.Support.ExternalTool.Require("zbarimg", "zbar-tools");
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(link, state.Path);
        string secret = Keys.RandomAwsBase32();
        string image = state.File("aws-qr.png");
        string uri = $"otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret={secret}&issuer=Amazon%20Web%20Services";
        using (var generator = new QRCoder.QRCodeGenerator())
        using (QRCoder.QRCodeData data = generator.CreateQrCode(uri, QRCoder.QRCodeGenerator.ECCLevel.M))
        {
            System.IO.File.WriteAllBytes(image, new QRCoder.PngByteQRCode(data).GetGraphic(6));
        }

        var zbar = new System.Diagnostics.ProcessStartInfo(zbarimg, ["--raw", "-q", image]) { RedirectStandardOutput = true };
        using (var process = System.Diagnostics.Process.Start(zbar)!)
        {
            Assert.AreEqual(uri, process.StandardOutput.ReadToEnd().Trim(), "zbarimg reads the same URI");
            process.WaitForExit();
        }

        HwtokenRun run = new Hwtoken().PressingOn(emulator).Start("provision", "--port", emulator.SerialPath, "--qr", image, "--no-time-sync");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("slot 1 \"AWS root@123\" written and verified\n", run.Out);
        Dictionary<string, string> s = emulator.WaitForState(x => x["screen"] == "Code", TimeSpan.FromSeconds(8));
        Assert.AreEqual(Oathtool.Totp(secret, long.Parse(s["utc"])), s["code"]);
        Assert.IsFalse(run.Error.Contains(secret[..16], StringComparison.Ordinal));
        emulator.Quit();
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void TheDemoTokenStartsSyncedOnlyWhenItRunsOnTheHostClock()
    {
        using (var state = new TempFolder())
        using (var emulator = HeadlessEmulator.Start(state.Path, "--demo"))
        {
            HwtokenRun status = Hwtoken.Run("status", "--port", emulator.SerialPath);
            Assert.AreEqual(0, status.ExitCode, status.ToString());
            StringAssert.Matches(status.Out, new Regex(@"last sync: .* UTC \([0-9]+ s ago\), 1 sync in all"));
            emulator.Quit();
        }

        using (var state = new TempFolder())
        using (var emulator = HeadlessEmulator.Start(state.Path, "--demo", "--clock-offset", "90"))
        {
            HwtokenRun status = Hwtoken.Run("status", "--port", emulator.SerialPath);
            Assert.AreEqual(0, status.ExitCode, status.ToString());
            StringAssert.Contains(status.Out, "last sync: never", "a clock 90 s off was never set from the host: CHECK CLOCK stays");
            emulator.Quit();
        }
    }

    [TestMethod]
    [DataRow(EmulatorLink.Pty)]
    [DataRow(EmulatorLink.Tcp)]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void StatusShowsTheClockOffset(EmulatorLink link)
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(link, state.Path, "--demo", "--clock-offset", "7");

        HwtokenRun text = Hwtoken.Run("status", "--port", emulator.SerialPath);
        Assert.AreEqual(0, text.ExitCode, text.ToString());
        StringAssert.Contains(text.Out, "firmware 1.0.0-emulator, protocol 1, 1 of 8 slots used");
        StringAssert.Matches(text.Out, new Regex(@"│ 1\s+│ DEMO\s+│ 6\s+│ 30 s\s+│ [0-9a-f]{8}"));
        StringAssert.Matches(text.Out, new Regex(@"offset \+[678] s"));
        StringAssert.Contains(text.Out, "warning: the token's clock is off by +");

        HwtokenRun json = Hwtoken.Run("status", "--port", emulator.SerialPath, "--json");
        Assert.AreEqual(0, json.ExitCode, json.ToString());
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        long offset = document.RootElement.GetProperty("clock").GetProperty("offsetSeconds").GetInt64();
        Assert.IsTrue(offset is >= 6 and <= 8, "offset " + offset);
        emulator.Quit();
    }

    [TestMethod]
    [DataRow(EmulatorLink.Pty)]
    [DataRow(EmulatorLink.Tcp)]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void SyncTimeShowsTheJumpAndFixesTheClock(EmulatorLink link)
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(link, state.Path, "--demo", "--clock-offset", "-3600");

        HwtokenRun run = new Hwtoken().PressingOn(emulator).Start("sync-time", "--port", emulator.SerialPath);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Matches(run.Error, new Regex(@"token clock: \S+ \S+ UTC -> \S+ \S+ UTC \(jump \+(3599|3600|3601) s \(1 h 0 min\)\)"), "before the press");
        StringAssert.Matches(run.Out, new Regex(@"the jump was \+(3599|3600|3601) s"));
        StringAssert.Matches(run.Out, new Regex(@"token clock now .* offset (\+0|\+1|-1) s from this computer"), "after");

        long utc = long.Parse(emulator.WaitForState(s => s["screen"] == "Code", TimeSpan.FromSeconds(8))["utc"]);
        Assert.IsTrue(Math.Abs(utc - DateTimeOffset.UtcNow.ToUnixTimeSeconds()) <= 2, "fixed: " + utc);
        HwtokenRun status = Hwtoken.Run("status", "--port", emulator.SerialPath);
        Assert.IsFalse(status.Out.Contains("warning", StringComparison.Ordinal), status.ToString());
        emulator.Quit();
    }

    [TestMethod]
    [DataRow(EmulatorLink.Pty)]
    [DataRow(EmulatorLink.Tcp)]
    [Timeout(60_000, CooperativeCancellation = true)]
    public void WipeOneSlotThenAll(EmulatorLink link)
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(link, state.Path, "--demo");
        HwtokenRun add = new Hwtoken { Stdin = Keys.RandomAwsBase32() }.PressingOn(emulator).Start("provision", "--port", emulator.SerialPath, "--label", "extra", "--no-time-sync");
        Assert.AreEqual(0, add.ExitCode, add.ToString());
        Assert.AreEqual("2", emulator.State()["accounts"]);

        HwtokenRun notForced = Hwtoken.Run("wipe", "--port", emulator.SerialPath, "--slot", "1");
        Assert.AreEqual(2, notForced.ExitCode, notForced.ToString());
        StringAssert.Contains(notForced.Error, "slot 1 holds \"DEMO\"; add --force to erase it");

        HwtokenRun one = new Hwtoken().PressingOn(emulator).Start("wipe", "--port", emulator.SerialPath, "--slot", "1", "--force");
        Assert.AreEqual(0, one.ExitCode, one.ToString());
        Assert.AreEqual("slot 1 (\"DEMO\") erased\n", one.Out);
        Dictionary<string, string> left = emulator.WaitForState(s => s["screen"] == "Code", TimeSpan.FromSeconds(8));
        Assert.AreEqual("1", left["accounts"]);
        Assert.AreEqual("extra", left["label"]);

        HwtokenRun all = new Hwtoken().PressingOn(emulator).Start("wipe", "--port", emulator.SerialPath, "--force");
        Assert.AreEqual(0, all.ExitCode, all.ToString());
        Assert.AreEqual("all accounts erased (1)\n", all.Out);
        Assert.AreEqual("0", emulator.WaitForState(s => s["screen"] == "NoAccounts", TimeSpan.FromSeconds(8))["accounts"]);
        emulator.Quit();
    }

    [TestMethod]
    [DataRow(EmulatorLink.Pty)]
    [DataRow(EmulatorLink.Tcp)]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void ALongPressDeclinesAndNothingChanges(EmulatorLink link)
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(link, state.Path, "--demo");
        HwtokenRun run = new Hwtoken { Stdin = Keys.RandomAwsBase32() }.When(Hwtoken.PressPrompt, _ => emulator.DeclinePress())
            .Start("provision", "--port", emulator.SerialPath, "--slot", "1", "--force", "--no-time-sync");

        Assert.AreEqual(5, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "declined on the token (a long press); nothing was changed");
        Dictionary<string, string> s = emulator.WaitForState(x => x["screen"] == "Code", TimeSpan.FromSeconds(8));
        Assert.AreEqual("DEMO", s["label"]);
        Assert.AreEqual(Oathtool.Totp(Keys.DemoBase32, long.Parse(s["utc"])), s["code"]);
        emulator.Quit();
    }
}
