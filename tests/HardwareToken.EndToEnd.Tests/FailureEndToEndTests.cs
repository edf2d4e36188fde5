using HardwareToken.Tests.Support;
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using HardwareToken.EndToEnd.Tests.Support;
using HardwareToken.Transport;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.EndToEnd.Tests;

/// <summary>Bad input, power loss, a sleeping token, and ports that are not a token.</summary>
[TestClass]
public sealed class FailureEndToEndTests
{
    private const string Aws40 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [TestMethod]
    [DataRow(EmulatorLink.Pty)]
    [DataRow(EmulatorLink.Tcp)]
    [Timeout(90_000, CooperativeCancellation = true)]
    public void EveryBadInputIsRefusedAndTheTokenIsUnchanged(EmulatorLink link)
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(link, state.Path, "--demo");
        string before = StatusJson(emulator);

        (string Stdin, string[] Args, int Exit, string Message)[] cases =
        [
            ("GEZDGNBVGY3TQOJ0GEZDGNBVGY3TQOJQ", [], 3, "'0' at position 16 is not a base32 character"),
            (new string('A', 104), [], 3, "the secret is longer than 64 bytes"),
            (string.Empty, [], 3, "no secret on stdin"),
            ("3132333435363738393031323334353637383930", [], 3, "looks like hexadecimal"),
            ($"otpauth://totp/x?secret={Aws40}&algorithm=SHA256", [], 3, "algorithm=SHA256 is not supported"),
            ($"otpauth://totp/x?secret={Aws40}&digits=7", [], 3, "digits=7 is not supported"),
            ($"otpauth://totp/x?secret={Aws40}&period=45", [], 3, "period=45 is not supported"),
            ($"otpauth://hotp/x?secret={Aws40}&counter=0", [], 3, "otpauth://hotp (counter-based HOTP) is not supported"),
            (Aws40, ["--label", "Amazon.Web.Services"], 2, "--label is 19 characters; the token shows at most 12"),
            (Aws40, ["--label", "Zürich"], 2, "--label must be printable ASCII"),
            (Aws40, ["--slot", "9"], 2, "--slot takes 1 to 8"),
            (Aws40, ["--slot", "0"], 2, "--slot takes 1 to 8"),
            (Aws40, ["--slot", "1"], 2, "slot 1 holds \"DEMO\""),
        ];
        foreach ((string stdin, string[] args, int exit, string message) in cases)
        {
            HwtokenRun run = new Hwtoken { Stdin = stdin }.When(Hwtoken.PressPrompt, _ => Assert.Fail("asked for a press")).Start(["provision", "--port", emulator.SerialPath, "--no-time-sync", .. args]);
            Assert.AreEqual(exit, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Error, message);
            Assert.AreEqual(string.Empty, run.Out);
        }

        Assert.AreEqual(before, StatusJson(emulator), "status unchanged: nothing was written");
        emulator.Quit();
    }

    [TestMethod]
    [DataRow(EmulatorLink.Pty)]
    [DataRow(EmulatorLink.Tcp)]
    [Timeout(60_000, CooperativeCancellation = true)]
    public void KillingTheEmulatorDuringThePressWaitKeepsTheOldAccounts(EmulatorLink link)
    {
        using var state = new TempFolder();
        string kept = Keys.RandomAwsBase32();
        using (var first = HeadlessEmulator.Start(link, state.Path))
        {
            HwtokenRun add = new Hwtoken { Stdin = kept }.PressingOn(first).Start("provision", "--port", first.SerialPath, "--label", "kept", "--no-time-sync");
            Assert.AreEqual(0, add.ExitCode, add.ToString());

            HwtokenRun replace = new Hwtoken { Stdin = Keys.RandomAwsBase32() }.When(Hwtoken.PressPrompt, _ => first.Kill())
                .Start("provision", "--port", first.SerialPath, "--slot", "1", "--force", "--label", "EVIL", "--no-time-sync");
            Assert.IsTrue(replace.ExitCode is 4 or 6, replace.ToString());
            StringAssert.Contains(replace.Error, "the token's storage is intact: writes are atomic");
            Assert.IsTrue(first.HasExited);
        }

        using var second = HeadlessEmulator.Start(link, state.Path);
        HwtokenRun status = Hwtoken.Run("status", "--port", second.SerialPath, "--json");
        Assert.AreEqual(0, status.ExitCode, status.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(status.Out);
        System.Text.Json.JsonElement slots = json.RootElement.GetProperty("slots");
        Assert.AreEqual(1, slots.GetArrayLength());
        Assert.AreEqual("kept", slots[0].GetProperty("label").GetString());
        Dictionary<string, string> s = second.WaitForState(x => x["screen"] == "Code", TimeSpan.FromSeconds(8));
        Assert.AreEqual("kept", s["label"]);
        Assert.AreEqual(Oathtool.Totp(kept, long.Parse(s["utc"])), s["code"]);
        second.Quit();
    }

    [TestMethod]
    [DataRow(EmulatorLink.Pty)]
    [DataRow(EmulatorLink.Tcp)]
    [Timeout(40_000, CooperativeCancellation = true)]
    public void ADeepSleepingTokenAnswersAfterTheWakeUpPress(EmulatorLink link)
    {
        using var state = new TempFolder();
        // The display timeout must outlast hwtoken's 5 s wake-up countdown, or the token is asleep again at the retry.
        // No warm window: straight to deep sleep, where serial bytes are dropped until a press.
        using var emulator = HeadlessEmulator.Start(link, state.Path, "--demo", "--display-timeout", "7", "--warm-window", "0");
        emulator.WaitForState(s => s["awake"] == "false", TimeSpan.FromSeconds(15));

        HwtokenRun run = new Hwtoken().When(Hwtoken.WakePrompt, _ => emulator.Press()).Start("status", "--port", emulator.SerialPath);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "it is asleep (display off) and ignores the serial line: press the token's button once to wake it");
        StringAssert.Contains(run.Out, "DEMO");
        emulator.Quit();
    }

    [TestMethod]
    [Timeout(40_000, CooperativeCancellation = true)]
    public void ATokenInItsWarmWindowAnswersWithoutAPress()
    {
        using var state = new TempFolder();
        // The display timeout must outlast hwtoken's 2 s reply timeout: the resent probe finds the token still awake.
        using var emulator = HeadlessEmulator.Start(state.Path, "--demo", "--display-timeout", "4", "--warm-window", "600");
        emulator.WaitForState(s => s["stage"] == "LightSleep", TimeSpan.FromSeconds(15));

        HwtokenRun run = new Hwtoken().When(Hwtoken.WakePrompt, _ => Assert.Fail("asked for a press")).Start("status", "--port", emulator.SerialPath);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "DEMO");
        Assert.IsFalse(run.Error.Contains("press the token's button"), run.Error);
        Assert.AreEqual("Serial", emulator.State()["wake"], "the serial line woke it, as the UART wakes the chip");
        emulator.Quit();
    }

    [TestMethod]
    [Timeout(40_000, CooperativeCancellation = true)]
    public void ASilentPortIsNotAToken()
    {
        using var pair = new SocatPair();
        HwtokenRun run = Hwtoken.Run("status", "--port", pair.Near);

        Assert.AreEqual(4, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "press the token's button once to wake it");
        StringAssert.Contains(run.Error, "did not answer, even after the wake-up: not a token");
    }

    [TestMethod]
    [Timeout(40_000, CooperativeCancellation = true)]
    public void APortThatAnswersGarbageIsNotAToken()
    {
        using var pair = new SocatPair();
        using SerialPort far = SerialPort.Open(pair.Far);
        using var stop = new CancellationTokenSource();
        var device = new Thread(() =>
        {
            // A modem-like device: every request gets "ERROR".
            byte[] buffer = new byte[256];
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    if (far.Read(buffer, TimeSpan.FromMilliseconds(100)) > 0)
                    {
                        far.Write(Encoding.ASCII.GetBytes("\r\nERROR\r\n"));
                    }
                }
                catch (SerialPortException)
                {
                    return;
                }
            }
        }) { IsBackground = true };
        device.Start();

        HwtokenRun run = Hwtoken.Run("status", "--port", pair.Near);
        stop.Cancel();
        device.Join();

        Assert.AreEqual(4, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "is not a token");
        StringAssert.Contains(run.Error, "none of them a valid response");
    }

    private static string StatusJson(HeadlessEmulator emulator)
    {
        HwtokenRun run = Hwtoken.Run("status", "--port", emulator.SerialPath, "--json");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        System.Text.Json.JsonElement root = json.RootElement;
        return root.GetProperty("slots").GetRawText() + " syncs=" + root.GetProperty("clock").GetProperty("syncCount").GetInt64();
    }
}
