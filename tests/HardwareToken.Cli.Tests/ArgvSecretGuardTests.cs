using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

[TestClass]
public sealed class ArgvSecretGuardTests
{
    [TestMethod]
    [DataRow("GEZDGNBVGY3TQOJQ", true)]
    [DataRow("gezd-gnbv-gy3t-qojq", true)]
    [DataRow("MZXW6YTBOI======MZXW6YTBOI", true)]
    [DataRow("3132333435363738393031323334353637383930", true)]
    [DataRow("otpauth://totp/x?secret=AB", true)]
    [DataRow("GEZDGNBVGY3TQOJ", false)]
    [DataRow("now", false)]
    [DataRow("/home/me/secrets/aws-root-secret.txt", false)]
    [DataRow("2026-11-23T10:00:00Z", false)]
    [DataRow("1800000000", false)]
    public void LooksLikeSecret(string token, bool expected)
    {
        Assert.AreEqual(expected, ArgvSecretGuard.LooksLikeSecret(token));
    }
}
