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
