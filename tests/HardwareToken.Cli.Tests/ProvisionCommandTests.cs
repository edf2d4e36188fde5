using HardwareToken.Cli.Device;
using HardwareToken.Core.Ports;
using System;
using HardwareToken.Cli.Tests.Fakes;
using HardwareToken.Core.App;
using HardwareToken.Core.Protocol;
using HardwareToken.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

/// <summary><c>hwtoken provision</c> against the real core TokenApp on fake hardware.</summary>
[TestClass]
public sealed class ProvisionCommandTests
{
    private static readonly string[] Port = ["--port", SimulatedToken.PortPath];

    [TestMethod]
    public void WritesSyncsAndVerifiesAFreshSecret()
    {
        using var token = new SimulatedToken(rtcOffsetSeconds: -120);
        byte[] key = TestKeys.RandomAwsKey();
        var cli = new DeviceCli(token) { Stdin = TestKeys.Base32(key) + "\n" };

        CliRun run = cli.Run(["provision", .. Port, "--label", "AWS test"]);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        Assert.AreEqual("slot 1 \"AWS test\" written and verified\n", run.Out);
        StringAssert.Contains(run.Error, "writing slot 1, the first empty one");
        StringAssert.Contains(run.Error, "(jump +120 s (2 min 0 s))");
        StringAssert.Contains(run.Error, "press the button on the token to confirm: write slot 1 (\"AWS test\") (30 s");
        StringAssert.Contains(run.Error, "verified: the token's code matches");
        Assert.IsFalse(run.Error.Contains(TestKeys.Base32(key)[..16], StringComparison.Ordinal), "the secret must never be printed");

        (bool used, string label, long utc, int code) = token.Inspect(app =>
            (app.Accounts.IsUsed(0), app.Accounts.GetLabel(0), app.DeviceUnixSeconds, app.Accounts.Code(0, app.DeviceUnixSeconds)));
        Assert.IsTrue(used);
        Assert.AreEqual("AWS test", label);
        Assert.AreEqual(TestKeys.Code(key, utc), code.ToString("D6"));
        long host = token.HostNow().ToUnixTimeSeconds();
        Assert.IsTrue(Math.Abs(utc - host) <= 1, $"the clock was synced: token {utc}, host {host}");
    }

    [TestMethod]
    public void SlotNumbersAreOneBasedOnTheCommandLineAndZeroBasedOnTheWire()
    {
        using var token = new SimulatedToken();
        byte[] key = TestKeys.RandomAwsKey();
        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(key) }.Run(["provision", .. Port, "--slot", "3", "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        Assert.AreEqual("slot 3 \"AWS root\" written and verified\n", run.Out);
        Assert.IsTrue(token.Inspect(app => app.Accounts.IsUsed(2) && !app.Accounts.IsUsed(0)));
        StringAssert.Contains(run.Error, "label \"AWS root\" (the default)");
        Assert.IsFalse(run.Error.Contains("token clock:", StringComparison.Ordinal), "--no-time-sync sends no SetTime");
    }

    [TestMethod]
    public void ALabelIsMadeFromTheOtpauthIssuerAndAccount()
    {
        using var token = new SimulatedToken();
        byte[] key = TestKeys.RandomAwsKey();
        string uri = $"otpauth://totp/Amazon%20Web%20Services:r%C3%A9mi@123456789012?secret={TestKeys.Base32(key)}&issuer=Amazon%20Web%20Services";
        CliRun run = new DeviceCli(token) { Stdin = uri }.Run(["provision", .. Port, "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        Assert.AreEqual("AWS remi@123", token.Inspect(app => app.Accounts.GetLabel(0)));
        StringAssert.Contains(run.Error, "label \"AWS remi@123\" made from the otpauth URI");
    }

    [TestMethod]
    public void UriDigitsAndPeriodReachTheToken()
    {
        using var token = new SimulatedToken();
        byte[] key = TestKeys.RandomAwsKey();
        CliRun run = new DeviceCli(token) { Stdin = $"otpauth://totp/x?secret={TestKeys.Base32(key)}&digits=8&period=60" }
            .Run(["provision", .. Port, "--no-time-sync", "--label", "eight"]);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        Assert.AreEqual((8, 60), token.Inspect(app => (app.Accounts.GetDigits(0), app.Accounts.GetPeriod(0))));
    }

    [TestMethod]
    public void AUsedSlotNeedsForceWhenNobodyCanBeAsked()
    {
        using var token = new SimulatedToken();
        byte[] first = TestKeys.RandomAwsKey();
        Assert.AreEqual(ExitCodes.Ok, new DeviceCli(token) { Stdin = TestKeys.Base32(first) }.Run(["provision", .. Port, "--no-time-sync", "--label", "first"]).ExitCode);
        byte[] before = token.Storage.Snapshot();

        CliRun refused = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()) }.Run(["provision", .. Port, "--slot", "1", "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.UsageError, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Error, "slot 1 holds \"first\"");
        StringAssert.Contains(refused.Error, "add --force to replace it");
        CollectionAssert.AreEqual(before, token.Storage.Snapshot(), "nothing written");

        CliRun forced = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()) }.Run(["provision", .. Port, "--slot", "1", "--no-time-sync", "--force", "--label", "second"]);
        Assert.AreEqual(ExitCodes.Ok, forced.ExitCode, forced.ToString());
        StringAssert.Contains(forced.Error, "replacing it (--force)");
        Assert.AreEqual("second", token.Inspect(app => app.Accounts.GetLabel(0)));
    }

    [TestMethod]
    public void AUsedSlotIsReplacedOnlyAfterYesAtTheKeyboard()
    {
        using var token = new SimulatedToken();
        Assert.AreEqual(ExitCodes.Ok, new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()) }.Run(["provision", .. Port, "--no-time-sync", "--label", "first"]).ExitCode);
        byte[] key = TestKeys.RandomAwsKey();

        CliRun no = new DeviceCli(token) { Keys = CliRun.Keys(TestKeys.Base32(key)), Stdin = "n\n" }.Run(["provision", .. Port, "--slot", "1", "--no-time-sync", "--label", "second"]);
        Assert.AreEqual(ExitCodes.DeviceRefused, no.ExitCode, no.ToString());
        StringAssert.Contains(no.Error, "slot 1 holds \"first\" (6 digits, 30 s, fingerprint ");
        StringAssert.Contains(no.Error, "Replace it? [y/N]");
        StringAssert.Contains(no.Error, "cancelled; nothing was changed");
        Assert.AreEqual("first", token.Inspect(app => app.Accounts.GetLabel(0)));

        CliRun yes = new DeviceCli(token) { Keys = CliRun.Keys(TestKeys.Base32(key)), Stdin = "y\n" }.Run(["provision", .. Port, "--slot", "1", "--no-time-sync", "--label", "second"]);
        Assert.AreEqual(ExitCodes.Ok, yes.ExitCode, yes.ToString());
        Assert.AreEqual("second", token.Inspect(app => app.Accounts.GetLabel(0)));
    }

    [TestMethod]
    public void DecliningOnTheTokenExitsWithFiveAndWritesNothing()
    {
        using var token = new SimulatedToken();
        byte[] before = token.Storage.Snapshot();
        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()), Button = Button.LongPress }.Run(["provision", .. Port, "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.DeviceRefused, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "declined on the token (a long press); nothing was changed");
        CollectionAssert.AreEqual(before, token.Storage.Snapshot());
        Assert.AreEqual(0, token.Inspect(app => app.Accounts.UsedCount));
    }

    [TestMethod]
    public void NoPressInTimeExitsWithSix()
    {
        using var token = new SimulatedToken(configure: c => c.ConfirmTimeoutMilliseconds = 1000);
        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()), Button = Button.Ignore }.Run(["provision", .. Port, "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.Timeout, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "nobody pressed the button within 30 s; nothing was changed. Run the command again");
        Assert.AreEqual(0, token.Inspect(app => app.Accounts.UsedCount));
    }

    [TestMethod]
    public void NoPressForTheClockExitsWithSixBeforeWriting()
    {
        using var token = new SimulatedToken(configure: c => c.ConfirmTimeoutMilliseconds = 1000);
        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()), Button = Button.Ignore }.Run(["provision", .. Port]);

        Assert.AreEqual(ExitCodes.Timeout, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "the token refused SetTime");
        Assert.AreEqual(0, token.Inspect(app => app.Accounts.UsedCount));
    }

    [TestMethod]
    public void APendingConfirmationMakesTheTokenBusy()
    {
        using var token = new SimulatedToken();
        byte[] payload = RequestEncoder.PutSecretPayload(4, "other", new byte[20], 6, 30);
        token.Inject(RequestEncoder.Encode(Opcode.PutSecret, 9, payload));
        Assert.AreEqual(ScreenKind.Confirm, token.Inspect(app => app.Screen), "another host's write is pending");

        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()) }.Run(["provision", .. Port, "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.DeviceRefused, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "the token refused Info: the token is waiting for a confirmation of another request");
        StringAssert.Contains(run.Error, "hold it to cancel, or wait 30 s");
        Assert.AreEqual(0, token.Inspect(app => app.Accounts.UsedCount));
    }

    [TestMethod]
    public void AWrongCodeFromTheTokenIsAVerificationMismatch()
    {
        using var token = new SimulatedToken();
        token.Tamper = frame =>
        {
            if (frame[3] == (0x80 | (int)Opcode.Verify) && frame.Length > 14)
            {
                frame[13] ^= 0x01; // the low byte of the code
                FrameFormat.Seal(frame, frame[3], frame[4], frame[5]);
            }

            return frame;
        };
        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()) }.Run(["provision", .. Port, "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.VerificationMismatch, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "verification failed");
        StringAssert.Contains(run.Error, "do not register it with AWS");
        StringAssert.Contains(run.Error, "hwtoken wipe --slot 1");
    }

    [TestMethod]
    public void AWrongFingerprintIsAVerificationMismatch()
    {
        using var token = new SimulatedToken();
        int lists = 0;
        token.Tamper = frame =>
        {
            if (frame[3] == (0x80 | (int)Opcode.ListSlots) && ++lists == 2)
            {
                frame[FrameFormat.PayloadOffset + 6] ^= 0xFF; // first entry's fingerprint, first byte
                FrameFormat.Seal(frame, frame[3], frame[4], frame[5]);
            }

            return frame;
        };
        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()) }.Run(["provision", .. Port, "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.VerificationMismatch, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "verification failed: slot 1 should hold \"AWS root\"");
    }

    [TestMethod]
    public void AnUnsetClockWithNoTimeSyncIsRefusedBeforeWriting()
    {
        using var token = new SimulatedToken(clockUnset: true);
        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()) }.Run(["provision", .. Port, "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.UsageError, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "the token's clock is not set");
        Assert.AreEqual(0, token.Inspect(app => app.Accounts.UsedCount));
    }

    [TestMethod]
    public void AnUnsetClockIsSetFirst()
    {
        using var token = new SimulatedToken(clockUnset: true);
        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()) }.Run(["provision", .. Port]);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "token clock: not set -> 2026-");
    }

    [TestMethod]
    public void UnpluggedDuringThePressWaitSaysTheStorageIsIntact()
    {
        using var token = new SimulatedToken();
        var cli = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()), Button = Button.Ignore };
        cli.Watches.Add(("press the button on the token", _ => token.Unplug()));
        CliRun run = cli.Run(["provision", .. Port, "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.DeviceNotFound, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "the token was unplugged");
        StringAssert.Contains(run.Error, "the token's storage is intact: writes are atomic");
    }

    [TestMethod]
    public void ATokenInLightSleepAnswersTheRetryWithoutAPress()
    {
        using var token = new SimulatedToken();
        token.Skip(TimeSpan.FromSeconds(31));
        Assert.AreEqual(PowerStage.LightSleep, token.Inspect(app => app.Power.Stage), "in the warm window");

        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()), WakeWhenAsked = false }.Run(["provision", .. Port, "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        Assert.IsFalse(run.Error.Contains(TokenConnection.WakeWords), "no press asked for: " + run.Error);
        Assert.AreEqual(WakeCause.Serial, token.Inspect(app => app.Power.LastWake), "the serial line woke it");
        Assert.AreEqual(1, token.Inspect(app => app.Accounts.UsedCount));
    }

    [TestMethod]
    public void ASleepingTokenIsWokenByThePressTheHintAsksFor()
    {
        using var token = new SimulatedToken(configure: c => c.WarmWindowMilliseconds = 0);
        token.Skip(TimeSpan.FromSeconds(31));
        Assert.IsFalse(token.Inspect(app => app.IsAwake), "asleep after the display timeout");

        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()) }.Run(["provision", .. Port, "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "no answer from /dev/ttySIM0. If it is the token, it is asleep (display off)");
        StringAssert.Contains(run.Error, "asking again in 5 s");
    }

    [TestMethod]
    public void ASleepingTokenNobodyWakesIsReportedAsNoToken()
    {
        using var token = new SimulatedToken(configure: c => c.WarmWindowMilliseconds = 0);
        token.Skip(TimeSpan.FromSeconds(31));
        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()), WakeWhenAsked = false }.Run(["provision", .. Port, "--no-time-sync"]);

        Assert.AreEqual(ExitCodes.DeviceNotFound, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "did not answer, even after the wake-up: not a token");
        Assert.AreEqual(0, token.Inspect(app => app.Accounts.UsedCount));
    }
}
