using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

[TestClass]
public sealed class CodeCommandTests
{
    private const string Rfc6238 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [TestMethod]
    public void Rfc6238AtFiftyNineSecondsIs287082()
    {
        CliRun run = CliRun.Piped(Rfc6238 + "\n", "code", "--time", "59");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("287082  (valid 1 s)\n", run.Out);
        Assert.AreEqual(string.Empty, run.Error);
    }

    [TestMethod]
    [DataRow(59L, "94287082")]
    [DataRow(1111111109L, "07081804")]
    [DataRow(1111111111L, "14050471")]
    [DataRow(1234567890L, "89005924")]
    [DataRow(2000000000L, "69279037")]
    [DataRow(20000000000L, "65353130")]
    public void Rfc6238Sha1VectorsWithEightDigits(long time, string expected)
    {
        CliRun run = CliRun.Piped(Rfc6238, "code", "--quiet", "--digits", "8", "--time", time.ToString());
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual(expected + "\n", run.Out);
    }

    [TestMethod]
    public void WindowPrintsTheFollowingCodesWithTheirStartTimes()
    {
        CliRun run = CliRun.Piped(Rfc6238, "code", "--time", "59", "--digits", "8", "--window", "2");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        CollectionAssert.AreEqual(
            new[]
            {
                "94287082  (valid 1 s)",
                "37359152  (from 1970-01-01T00:01:00Z, in 1 s)",
                "26969429  (from 1970-01-01T00:01:30Z, in 31 s)",
            },
            run.OutLines);
    }

    [TestMethod]
    public void QuietWindowPrintsOnlyCodes()
    {
        CliRun run = CliRun.Piped(Rfc6238, "code", "-q", "-t", "59", "-d", "8", "-w", "2");
        Assert.AreEqual("94287082\n37359152\n26969429\n", run.Out);
    }

    [TestMethod]
    public void IsoTimeEqualsTheSameUnixSeconds()
    {
        CliRun iso = CliRun.Piped(Rfc6238, "code", "-q", "--time", "2005-03-18T01:58:29Z", "-d", "8");
        CliRun offset = CliRun.Piped(Rfc6238, "code", "-q", "--time", "2005-03-18T02:58:29+01:00", "-d", "8");
        Assert.AreEqual("07081804\n", iso.Out, iso.ToString());
        Assert.AreEqual("07081804\n", offset.Out, offset.ToString());
    }

    [TestMethod]
    public void WithoutTimeTheClockIsUsed()
    {
        // CliRun's clock reads 1800000000 = step 60000000, 30 s left.
        CliRun run = CliRun.Piped(Rfc6238, "code");
        CliRun explicitTime = CliRun.Piped(Rfc6238, "code", "--time", "1800000000");
        Assert.AreEqual(explicitTime.Out, run.Out);
        StringAssert.EndsWith(run.Out, "(valid 30 s)\n");
    }

    [TestMethod]
    public void SixtySecondPeriod()
    {
        // T=59 is step 0 with a 60 s period; RFC 4226's first HOTP value for this key is 755224.
        CliRun run = CliRun.Piped(Rfc6238, "code", "--period", "60", "--time", "59");
        Assert.AreEqual("755224  (valid 1 s)\n", run.Out);
    }

    [TestMethod]
    public void UriParametersApplyUnlessOverridden()
    {
        string uri = "otpauth://totp/ACME:me?secret=" + Rfc6238 + "&digits=8&period=30";
        CliRun fromUri = CliRun.Piped(uri, "code", "-q", "-t", "59");
        Assert.AreEqual("94287082\n", fromUri.Out, fromUri.ToString());

        CliRun overridden = CliRun.Piped(uri, "code", "-t", "59", "--digits", "6");
        Assert.AreEqual("287082  (valid 1 s)\n", overridden.Out, overridden.ToString());
        StringAssert.Contains(overridden.Error, "note: --digits 6 overrides digits=8 from the otpauth URI");

        CliRun agreeing = CliRun.Piped(uri, "code", "-t", "59", "--digits", "8", "--period", "30");
        Assert.AreEqual(string.Empty, agreeing.Error, "no note when the option repeats the URI");
    }

    [TestMethod]
    public void SecretFileIsReadAndAWorldReadableOneIsWarnedAbout()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, Rfc6238 + "\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            CliRun quiet = CliRun.Piped("IGNORED-STDIN", "code", "--secret-file", file, "-t", "59");
            Assert.AreEqual(0, quiet.ExitCode, quiet.ToString());
            Assert.AreEqual("287082  (valid 1 s)\n", quiet.Out);
            Assert.AreEqual(string.Empty, quiet.Error);

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
                CliRun warned = CliRun.Piped(string.Empty, "code", "--secret-file", file, "-t", "59");
                Assert.AreEqual(0, warned.ExitCode, warned.ToString());
                StringAssert.Contains(warned.Error, "can be read or written by other users (mode 0644); run chmod 600");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public void HiddenPromptReadsKeysWithoutEchoingThem()
    {
        // Types a wrong character, erases it with backspace, then the rest.
        CliRun run = CliRun.Typed(CliRun.Keys("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJX\bQ"), "code", "-t", "59");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("287082  (valid 1 s)\n", run.Out);
        StringAssert.StartsWith(run.Error, "Secret (base32 or otpauth:// URI; typing is hidden): ");
        Assert.IsFalse(run.Error.Contains("GEZD", StringComparison.Ordinal), "the prompt echoed the secret");
    }

    [TestMethod]
    [DataRow("", "no secret on stdin")]
    [DataRow("   \n", "no secret on stdin")]
    [DataRow("GEZDGNBVGY3TQOJ0", "'0' at position 16 is not a base32 character")]
    [DataRow("otpauth://hotp/x?secret=GEZDGNBV", "HOTP")]
    [DataRow("otpauth://totp/x?secret=GEZDGNBV&algorithm=SHA256", "HMAC-SHA1")]
    public void BadSecretsExitWithInputError(string stdin, string expected)
    {
        CliRun run = CliRun.Piped(stdin, "code");
        Assert.AreEqual(ExitCodes.InputError, run.ExitCode, run.ToString());
        Assert.AreEqual(string.Empty, run.Out);
        StringAssert.StartsWith(run.Error, "hwtoken: error: ");
        StringAssert.Contains(run.Error, expected);
    }

    [TestMethod]
    public void MissingSecretFileIsAnInputError()
    {
        CliRun run = CliRun.Piped(string.Empty, "code", "--secret-file", "/nonexistent/hwtoken/secret.txt");
        Assert.AreEqual(ExitCodes.InputError, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "does not exist");
    }

    [TestMethod]
    [DataRow("--digits", "7", "--digits must be 6 or 8")]
    [DataRow("--period", "45", "--period must be 30 or 60")]
    [DataRow("--window", "101", "--window takes a count from 0 to 100")]
    [DataRow("--window", "-1", "--window takes a count from 0 to 100")]
    [DataRow("--time", "2026-11-23T10:00:00", "has no time zone")]
    [DataRow("--time", "soon", "is neither Unix seconds")]
    [DataRow("--bogus", "1", "Unrecognized command or argument '--bogus'")]
    public void BadOptionsExitWithUsageError(string option, string value, string expected)
    {
        CliRun run = CliRun.Piped(Rfc6238, "code", option, value);
        Assert.AreEqual(ExitCodes.UsageError, run.ExitCode, run.ToString());
        Assert.AreEqual(string.Empty, run.Out);
        StringAssert.Contains(run.Error, expected);
        StringAssert.Contains(run.Error, "hwtoken code --help");
    }

    [TestMethod]
    [DataRow(new[] { "code", Rfc6238 }, "refusing a secret given as an argument", DisplayName = "positional")]
    [DataRow(new[] { "code", "GEZD", "GNBV", "GY3T", "QOJQ" }, "refusing a secret given as an argument", DisplayName = "in groups")]
    [DataRow(new[] { "code", "otpauth://totp/x?secret=GEZDGNBV" }, "refusing a secret given as an argument", DisplayName = "uri")]
    [DataRow(new[] { "code", "--secret", Rfc6238 }, "there is no --secret option, on purpose", DisplayName = "--secret")]
    [DataRow(new[] { "code", "--secret=" + Rfc6238 }, "there is no --secret option, on purpose", DisplayName = "--secret=")]
    [DataRow(new[] { "code", "--digits", Rfc6238 }, "refusing a secret given as an argument", DisplayName = "as an option value")]
    public void SecretsOnTheCommandLineAreRefusedWithoutBeingRepeated(string[] args, string expected)
    {
        CliRun run = CliRun.Piped(Rfc6238, args);
        Assert.AreEqual(ExitCodes.UsageError, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, expected);
        StringAssert.Contains(run.Error, "--secret-file");
        Assert.IsFalse(run.Error.Contains("GEZD", StringComparison.Ordinal), "the error repeats the secret: " + run.Error);
        Assert.AreEqual(string.Empty, run.Out);
    }

    [TestMethod]
    public void AShortStrayWordIsAPlainUsageError()
    {
        CliRun run = CliRun.Piped(Rfc6238, "code", "now");
        Assert.AreEqual(ExitCodes.UsageError, run.ExitCode);
        StringAssert.Contains(run.Error, "'now'");
    }

    [TestMethod]
    public void TheSecretNeverAppearsInAnyOutput()
    {
        foreach (string[] args in new[]
        {
            new[] { "code" },
            new[] { "code", "-w", "3" },
            new[] { "code", "-q" },
            new[] { "code", "--digits", "9" },
        })
        {
            CliRun run = CliRun.Piped(Rfc6238, args);
            Assert.IsFalse((run.Out + run.Error).Contains("GEZDGNBV", StringComparison.OrdinalIgnoreCase), run.ToString());
        }
    }

    [TestMethod]
    public void EveryVerbHasHelpWithAnExample()
    {
        foreach (string verb in new[] { "code", "ports" })
        {
            CliRun run = CliRun.Piped(string.Empty, verb, "--help");
            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Out, "Examples:");
            StringAssert.Contains(run.Out, "hwtoken " + verb);
        }

        CliRun root = CliRun.Piped(string.Empty, "--help");
        Assert.AreEqual(0, root.ExitCode);
        StringAssert.Contains(root.Out, "code");
        StringAssert.Contains(root.Out, "ports");
    }

    [TestMethod]
    public void NoVerbIsAUsageError()
    {
        CliRun run = CliRun.Piped(string.Empty);
        Assert.AreEqual(ExitCodes.UsageError, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "hwtoken --help");
    }
}
