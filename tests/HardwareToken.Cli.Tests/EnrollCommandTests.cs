using System;
using HardwareToken.Cli.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

[TestClass]
public sealed class EnrollCommandTests
{
    [TestMethod]
    public void FollowsTheAwsWizardInOrder()
    {
        using var token = new SimulatedToken();
        CliRun run = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()) }.Run("enroll", "--port", SimulatedToken.PortPath, "--yes");

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        string[] inOrder =
        [
            "Sign in to https://console.aws.amazon.com/ as the root user",
            "\"Security credentials\"",
            "\"Assign MFA device\"",
            "\"Device name\"",
            "\"Authenticator app\"",
            "\"Show secret key\"",
            "Reading the secret key from standard input",
            "press the button on the token to confirm: set its clock",
            "press the button on the token to confirm: write slot 1",
            "verified: the token's code matches",
            "\"MFA code 1\": type the code the token shows now for slot 1 (\"AWS root\")",
            "\"MFA code 2\": the token shows a new code now",
            "\"Add MFA\"",
            "Sign out and sign in again as root",
            "AWS allows up to 8 MFA devices per user",
            "aws iam get-account-summary",
            "\"AccountMFAEnabled\": 1",
        ];
        int at = 0;
        foreach (string step in inOrder)
        {
            int found = run.Error.IndexOf(step, at, StringComparison.Ordinal);
            Assert.IsTrue(found >= 0, $"'{step}' missing or out of order in:\n{run.Error}");
            at = found + step.Length;
        }

        Assert.AreEqual("slot 1 (\"AWS root\") written, verified and timed for the AWS MFA codes\n", run.Out);
    }

    [TestMethod]
    public void MfaCodeTwoIsAskedForInTheStepAfterCodeOneWithTimeToTypeCodeOne()
    {
        for (int startOffset = 0; startOffset < 30; startOffset += 7)
        {
            using var token = new SimulatedToken();
            token.Skip(TimeSpan.FromSeconds(startOffset));
            // The token's RTC, which runs on while the app sleeps (its display turns off 30 s after the last frame).
            long codeOneTime = 0;
            long codeTwoTime = 0;
            var cli = new DeviceCli(token) { Stdin = TestKeys.Base32(TestKeys.RandomAwsKey()) };
            cli.Watches.Add(("\"MFA code 1\"", _ => codeOneTime = token.Inspect(_ => token.Rtc.RtcMilliseconds / 1000)));
            cli.Watches.Add(("\"MFA code 2\"", _ => codeTwoTime = token.Inspect(_ => token.Rtc.RtcMilliseconds / 1000)));
            CliRun run = cli.Run("enroll", "--port", SimulatedToken.PortPath, "--yes", "--no-time-sync");

            Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
            Assert.AreEqual((codeOneTime / 30) + 1, codeTwoTime / 30, $"start +{startOffset} s: code 2 is the next step's ({codeOneTime} -> {codeTwoTime})");
            Assert.IsTrue(30 - (codeOneTime % 30) >= EnrollCommandTestLimits.FreshCodeSeconds, $"start +{startOffset} s: only {30 - (codeOneTime % 30)} s to type code 1");
        }
    }

    [TestMethod]
    public void PausesForEnterOnATerminalUnlessYes()
    {
        using var token = new SimulatedToken();
        byte[] key = TestKeys.RandomAwsKey();
        var cli = new DeviceCli(token) { Keys = CliRun.Keys(TestKeys.Base32(key)), Stdin = "\n\n\n" };
        CliRun run = cli.Run("enroll", "--port", SimulatedToken.PortPath, "--no-time-sync");

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        Assert.AreEqual(3, run.Error.Split("Press Enter when done.").Length - 1);
        StringAssert.Contains(run.Error, "Paste the secret key at the hidden prompt below");

        using var other = new SimulatedToken();
        CliRun yes = new DeviceCli(other) { Keys = CliRun.Keys(TestKeys.Base32(key)) }.Run("enroll", "--port", SimulatedToken.PortPath, "--no-time-sync", "--yes");
        Assert.AreEqual(ExitCodes.Ok, yes.ExitCode, yes.ToString());
        Assert.IsFalse(yes.Error.Contains("Press Enter", StringComparison.Ordinal));
    }

    private static class EnrollCommandTestLimits
    {
        public const int FreshCodeSeconds = 10;
    }
}
