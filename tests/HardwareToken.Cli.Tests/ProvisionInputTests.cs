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
    public void QrNeedsZbarimgAndSaysWhichPackage()
    {
        using var token = new SimulatedToken();
        string image = TempImage();
        CliRun run = new DeviceCli(token) { RunTool = (_, _) => null }.Run("provision", "--port", SimulatedToken.PortPath, "--qr", image);

        Assert.AreEqual(ExitCodes.InputError, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--qr needs zbarimg, which is not installed: install the zbar-tools package");
        Assert.AreEqual(0, token.Opens);
    }

    [TestMethod]
    public void QrMustHoldAnOtpauthTotpUri()
    {
        using var token = new SimulatedToken();
        string image = TempImage();
        (string Output, int Exit, string Message)[] cases =
        [
            (Aws40 + "\n", 0, "is not an otpauth:// URI"),
            ("https://example.com/\n", 0, "is not an otpauth:// URI"),
            ($"otpauth://hotp/x?secret={Aws40}\n", 0, "otpauth://hotp (counter-based HOTP) is not supported"),
            ($"otpauth://totp/a?secret={Aws40}\notpauth://totp/b?secret={Aws40}\n", 0, "holds 2 different otpauth QR codes"),
            (string.Empty, 4, "no QR code found"),
            (string.Empty, 2, "could not read"),
        ];
        foreach ((string output, int exit, string message) in cases)
        {
            CliRun run = new DeviceCli(token) { RunTool = (_, _) => new ToolResult(exit, output) }.Run("provision", "--port", SimulatedToken.PortPath, "--qr", image);
            Assert.AreEqual(ExitCodes.InputError, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Error, message);
            Assert.IsFalse(run.Error.Contains(Aws40[..16], StringComparison.Ordinal), "the QR content is never printed");
        }

        Assert.AreEqual(0, token.Opens);
    }

    [TestMethod]
    public void QrWithATotpUriProvisions()
    {
        using var token = new SimulatedToken();
        string image = TempImage();
        byte[] key = TestKeys.RandomAwsKey();
        IReadOnlyList<string>? arguments = null;
        var cli = new DeviceCli(token)
        {
            RunTool = (program, args) =>
            {
                Assert.AreEqual("zbarimg", program);
                arguments = args;
                return new ToolResult(0, $"otpauth://totp/Example:alice?secret={TestKeys.Base32(key)}&issuer=Example\n");
            },
        };
        CliRun run = cli.Run("provision", "--port", SimulatedToken.PortPath, "--qr", image, "--no-time-sync");

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        CollectionAssert.AreEqual(new[] { "--raw", "-q", image }, new List<string>(arguments!));
        Assert.AreEqual("Example alic", token.Inspect(app => app.Accounts.GetLabel(0)));
    }

    private static string TempImage()
    {
        string path = Path.Combine(Path.GetTempPath(), "hwtoken-qr-" + Guid.NewGuid().ToString("N") + ".png");
        File.WriteAllBytes(path, [0x89, (byte)'P', (byte)'N', (byte)'G']);
        return path;
    }
}
