using System;
using HardwareToken.Cli.Secrets;
using HardwareToken.Core.Protocol;
using HardwareToken.Protocol;
using HardwareToken.Transport;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

/// <summary>Program.Translate is the one place failures become exit codes; each typed failure has its code.</summary>
[TestClass]
public sealed class FailureTranslationTests
{
    [TestMethod]
    public void TypedFailuresGetTheirExitCodeAndNoTrace()
    {
        (Exception Failure, int ExitCode)[] cases =
        [
            (new CliFailure(ExitCodes.UsageError, "usage"), ExitCodes.UsageError),
            (new SecretFormatException("bad"), ExitCodes.InputError),
            (new SecretInputException("none"), ExitCodes.InputError),
            (new SerialPortException(SerialPortErrorKind.PortNotFound, "/dev/x", "m"), ExitCodes.DeviceNotFound),
            (new SerialPortException(SerialPortErrorKind.PermissionDenied, "/dev/x", "m"), ExitCodes.DeviceNotFound),
            (new SerialPortException(SerialPortErrorKind.PortInUse, "/dev/x", "m"), ExitCodes.DeviceNotFound),
            (new SerialPortException(SerialPortErrorKind.NotATerminal, "/dev/x", "m"), ExitCodes.DeviceNotFound),
            (new SerialPortException(SerialPortErrorKind.DeviceVanished, "/dev/x", "m"), ExitCodes.DeviceNotFound),
            (new SerialPortException(SerialPortErrorKind.WriteTimedOut, "/dev/x", "m"), ExitCodes.Timeout),
            (new SerialPortException(SerialPortErrorKind.IoError, "/dev/x", "m"), ExitCodes.Unexpected),
            (new TokenStatusException(Status.BadCrc, 0), ExitCodes.DeviceRefused),
            (new TokenTimeoutException("no response", TimeSpan.FromSeconds(1)), ExitCodes.Timeout),
            (new ProtocolException("garbage"), ExitCodes.DeviceNotFound),
            (new TimeoutException("slow"), ExitCodes.Timeout),
            (new PlatformNotSupportedException("windows"), ExitCodes.DeviceNotFound),
        ];
        foreach ((Exception failure, int exitCode) in cases)
        {
            (int code, string message, bool trace) = Program.Translate(failure);
            Assert.AreEqual(exitCode, code, failure.GetType().Name);
            Assert.IsFalse(trace, failure.GetType().Name);
            StringAssert.StartsWith(message, failure.Message);
        }
    }

    [TestMethod]
    public void EveryRefusalSaysWhatToDo()
    {
        (Status Status, int ExitCode, string Advice)[] cases =
        [
            (Status.Busy, ExitCodes.DeviceRefused, "Press the button to confirm it or hold it to cancel, or wait 30 s"),
            (Status.NotConfirmed, ExitCodes.DeviceRefused, "nothing was changed"),
            (Status.ConfirmTimeout, ExitCodes.Timeout, "Run the command again and press the button"),
            (Status.StorageError, ExitCodes.DeviceRefused, "the previous contents remain (writes are atomic)"),
            (Status.StorageFull, ExitCodes.DeviceRefused, "hwtoken wipe --slot N"),
            (Status.ClockNotSet, ExitCodes.DeviceRefused, "run `hwtoken sync-time` first"),
            (Status.UnknownCommand, ExitCodes.DeviceRefused, "update the token's firmware"),
            (Status.BadArgument, ExitCodes.DeviceRefused, "invalid argument"),
        ];
        foreach ((Status status, int exitCode, string advice) in cases)
        {
            (int code, string message, bool trace) = Program.Translate(new TokenStatusException(status, 0, Opcode.PutSecret));
            Assert.AreEqual(exitCode, code, status.ToString());
            Assert.IsFalse(trace);
            StringAssert.Contains(message, advice, status.ToString());
        }
    }

    [TestMethod]
    public void AnUnplugOrSilenceMidExchangeSaysTheStorageIsIntact()
    {
        (int code, string message, _) = Program.Translate(new SerialPortException(SerialPortErrorKind.DeviceVanished, "/dev/x", "/dev/x: the token was unplugged"));
        Assert.AreEqual(ExitCodes.DeviceNotFound, code);
        StringAssert.Contains(message, "writes are atomic");

        (code, message, _) = Program.Translate(new TokenTimeoutException("no response within 45 s", TimeSpan.FromSeconds(45)));
        Assert.AreEqual(ExitCodes.Timeout, code);
        StringAssert.Contains(message, "writes are atomic");
    }

    [TestMethod]
    public void AnythingElseIsUnexpectedWithATrace()
    {
        (int code, _, bool trace) = Program.Translate(new NullReferenceException());
        Assert.AreEqual(ExitCodes.Unexpected, code);
        Assert.IsTrue(trace);
    }

    [TestMethod]
    public void ExitCodesAreDistinctAndStable()
    {
        int[] codes = [ExitCodes.Ok, ExitCodes.Unexpected, ExitCodes.UsageError, ExitCodes.InputError, ExitCodes.DeviceNotFound, ExitCodes.DeviceRefused, ExitCodes.Timeout, ExitCodes.VerificationMismatch];
        CollectionAssert.AreEqual(new[] { 0, 1, 2, 3, 4, 5, 6, 7 }, codes);
    }
}
