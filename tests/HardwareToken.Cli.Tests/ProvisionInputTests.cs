using System;
using System.Collections.Generic;
using System.IO;
using HardwareToken.Cli.Tests.Fakes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

/// <summary>
/// Every bad input to provision is refused with a message and its exit code BEFORE the port is opened: the
/// token never hears a byte and its storage is unchanged.
/// </summary>
[TestClass]
public sealed class ProvisionInputTests
{
    private const string Aws40 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    public static IEnumerable<object[]> BadInputs =>
    [
        ["invalid base32", "GEZDGNBVGY3TQOJ0GEZDGNBVGY3TQOJQ", Array.Empty<string>(), ExitCodes.InputError, "'0' at position 16 is not a base32 character (A-Z and 2-7); did you mean the letter O?"],
        ["secret over 64 bytes", new string('A', 104), Array.Empty<string>(), ExitCodes.InputError, "the secret is longer than 64 bytes"],
        ["empty stdin", string.Empty, Array.Empty<string>(), ExitCodes.InputError, "no secret on stdin"],
        ["blank stdin", "  \n", Array.Empty<string>(), ExitCodes.InputError, "no secret on stdin"],
        ["hex pasted", "3132333435363738393031323334353637383930", Array.Empty<string>(), ExitCodes.InputError, "looks like hexadecimal"],
        ["otpauth SHA256", $"otpauth://totp/x?secret={Aws40}&algorithm=SHA256", Array.Empty<string>(), ExitCodes.InputError, "algorithm=SHA256 is not supported"],
        ["otpauth digits 7", $"otpauth://totp/x?secret={Aws40}&digits=7", Array.Empty<string>(), ExitCodes.InputError, "digits=7 is not supported"],
        ["otpauth period 45", $"otpauth://totp/x?secret={Aws40}&period=45", Array.Empty<string>(), ExitCodes.InputError, "period=45 is not supported"],
        ["HOTP URI", $"otpauth://hotp/x?secret={Aws40}&counter=1", Array.Empty<string>(), ExitCodes.InputError, "otpauth://hotp (counter-based HOTP) is not supported"],
        ["label too long", Aws40, new[] { "--label", "Amazon.Web.Services" }, ExitCodes.UsageError, "--label is 19 characters; the token shows at most 12"],
        ["label not ASCII", Aws40, new[] { "--label", "café" }, ExitCodes.UsageError, "--label must be printable ASCII"],
        ["label with a tab", Aws40, new[] { "--label", "a\tb" }, ExitCodes.UsageError, "the character at position 2 is not"],
        ["label empty", Aws40, new[] { "--label", "" }, ExitCodes.UsageError, "--label is empty"],
        ["slot 0", Aws40, new[] { "--slot", "0" }, ExitCodes.UsageError, "--slot takes 1 to 8"],
        ["slot 9", Aws40, new[] { "--slot", "9" }, ExitCodes.UsageError, "--slot takes 1 to 8"],
        ["slot not a number", Aws40, new[] { "--slot", "two" }, ExitCodes.UsageError, "--slot takes 1 to 8"],
        ["digits 7", Aws40, new[] { "--digits", "7" }, ExitCodes.UsageError, "--digits must be 6 or 8"],
        ["period 45", Aws40, new[] { "--period", "45" }, ExitCodes.UsageError, "--period must be 30 or 60"],
        ["secret as an argument", string.Empty, new[] { Aws40 }, ExitCodes.UsageError, "refusing a secret given as an argument"],
        ["missing secret file", string.Empty, new[] { "--secret-file", "/nonexistent/aws.txt" }, ExitCodes.InputError, "it does not exist"],
        ["qr and secret file", string.Empty, new[] { "--qr", "a.png", "--secret-file", "b.txt" }, ExitCodes.UsageError, "--qr and --secret-file both give the secret"],
    ];

    [TestMethod]
    [DynamicData(nameof(BadInputs))]
    public void IsRefusedBeforeThePortIsOpened(string name, string stdin, string[] extra, int exitCode, string message)
    {
        using var token = new SimulatedToken();
        byte[] before = token.Storage.Snapshot();
        foreach (string verb in new[] { "provision", "enroll" })
        {
            string[] yes = verb == "enroll" ? ["--yes"] : [];
            CliRun run = new DeviceCli(token) { Stdin = stdin }.Run([verb, "--port", SimulatedToken.PortPath, .. yes, .. extra]);

            Assert.AreEqual(exitCode, run.ExitCode, $"{name} ({verb}): {run}");
            StringAssert.Contains(run.Error, message, $"{name} ({verb})");
            Assert.AreEqual(string.Empty, run.Out, name);
            Assert.AreEqual(0, token.Opens, $"{name} ({verb}): the port was opened");
            Assert.AreEqual(0, token.BytesReceived, name);
            CollectionAssert.AreEqual(before, token.Storage.Snapshot(), $"{name}: storage changed");
            if (stdin.Length > 20)
            {
                Assert.IsFalse(run.Error.Contains(stdin[..20], StringComparison.Ordinal), $"{name}: the message repeats the secret");
            }
        }
    }

    [TestMethod]
    public void HelpAndUsageErrorsNeverListOrOpenAPort()
    {
        using var token = new SimulatedToken();
        var cli = new DeviceCli(token) { Ports = [] };
        foreach (string verb in new[] { "provision", "enroll", "status", "sync-time", "wipe" })
        {
            CliRun help = cli.Run(verb, "--help");
            Assert.AreEqual(ExitCodes.Ok, help.ExitCode, help.ToString());
            StringAssert.Contains(help.Out, "Examples:", verb);
            StringAssert.Contains(help.Out, "hwtoken " + verb + " --port", verb);

            CliRun usage = cli.Run(verb, "--no-such-option");
            Assert.AreEqual(ExitCodes.UsageError, usage.ExitCode, usage.ToString());
            StringAssert.Contains(usage.Error, $"run `hwtoken {verb} --help` for usage");
        }

        Assert.AreEqual(0, token.Opens);
    }

    [TestMethod]
    public void QrMustHoldOneOtpauthTotpUri()
    {
        using var token = new SimulatedToken();
        (string Image, string Message)[] cases =
        [
            (QrImages.Png(Aws40), "is not an otpauth:// URI"),
            (QrImages.Png("https://example.com/"), "is not an otpauth:// URI"),
            (QrImages.Png($"otpauth://hotp/x?secret={Aws40}"), "otpauth://hotp (counter-based HOTP) is not supported"),
            (QrImages.SideBySide($"otpauth://totp/a?secret={Aws40}", $"otpauth://totp/b?secret={Aws40}"), "holds 2 different otpauth QR codes"),
            (QrImages.SideBySide("https://example.com/a", "https://example.com/b"), "none of the 2 QR codes"),
            (QrImages.Blank(), "no QR code found"),
            (QrImages.NotAnImage(), "is not an image hwtoken can read; give a PNG or JPEG"),
            (QrImages.TruncatedPng($"otpauth://totp/a?secret={Aws40}"), "damaged image"),
        ];
        foreach ((string image, string message) in cases)
        {
            CliRun run = new DeviceCli(token).Run("provision", "--port", SimulatedToken.PortPath, "--qr", image);
            Assert.AreEqual(ExitCodes.InputError, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Error, message);
            Assert.IsFalse(run.Error.Contains(Aws40[..16], StringComparison.Ordinal), "the QR content is never printed");
        }

        Assert.AreEqual(0, token.Opens);
    }

    [TestMethod]
    [DataRow("png")]
    [DataRow("jpeg")]
    [DataRow("photo")]
    public void QrWithATotpUriProvisions(string kind)
    {
        using var token = new SimulatedToken();
        byte[] key = TestKeys.RandomAwsKey();
        string uri = $"otpauth://totp/Example:alice?secret={TestKeys.Base32(key)}&issuer=Example";
        string image = kind switch
        {
            "png" => QrImages.Png(uri),
            "jpeg" => QrImages.Jpeg(uri),
            _ => QrImages.Photo(uri),
        };
        CliRun run = new DeviceCli(token).Run("provision", "--port", SimulatedToken.PortPath, "--qr", image, "--no-time-sync");

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        Assert.AreEqual("Example alic", token.Inspect(app => app.Accounts.GetLabel(0)));
    }

    [TestMethod]
    [DataRow("png")]
    [DataRow("jpeg")]
    [DataRow("photo")]
    public void ZbarimgReadsTheSameTextFromTheSameImages(string kind)
    {
        // zbarimg (ZBar, C) is an independent decoder: both must read the same URI from every test image.
        string zbarimg = HardwareToken.Tests.Support.ExternalTool.Require("zbarimg", "zbar-tools");
        string uri = $"otpauth://totp/Amazon%20Web%20Services:root@123456789012?secret={TestKeys.Base32(TestKeys.RandomAwsKey())}&issuer=Amazon%20Web%20Services";
        string image = kind switch
        {
            "png" => QrImages.Png(uri),
            "jpeg" => QrImages.Jpeg(uri),
            _ => QrImages.Photo(uri),
        };
        CollectionAssert.AreEqual(new[] { uri }, new List<string>(Provisioning.QrImageDecoder.Decode(image)));

        var info = new System.Diagnostics.ProcessStartInfo(zbarimg, ["--raw", "-q", image]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(info)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode);
        Assert.AreEqual(uri, output.Trim());
    }

}
