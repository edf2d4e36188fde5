using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

[TestClass]
public sealed class TimeArgumentTests
{
    [TestMethod]
    [DataRow("0", 0L)]
    [DataRow("59", 59L)]
    [DataRow("20000000000", 20000000000L)]
    [DataRow("1970-01-01T00:00:59Z", 59L)]
    [DataRow("2026-11-23T10:00:00Z", 1795428000L)]
    [DataRow("2026-11-23T10:00:00z", 1795428000L)]
    [DataRow("2026-11-23 10:00:00Z", 1795428000L)]
    [DataRow("2026-11-23T10:00Z", 1795428000L)]
    [DataRow("2026-11-23T10:00:00.999Z", 1795428000L)]
    [DataRow("2026-11-23T11:00:00+01:00", 1795428000L)]
    [DataRow("2026-11-23T05:00:00-0500", 1795428000L)]
    [DataRow("9999-12-31T23:59:59Z", 253402300799L)]
    public void AcceptedTimes(string text, long expected)
    {
        Assert.IsTrue(TimeArgument.TryParse(text, out long seconds, out string error), error);
        Assert.AreEqual(expected, seconds);
    }

    [TestMethod]
    [DataRow("2026-11-23T10:00:00", "has no time zone; add Z for UTC (2026-11-23T10:00:00Z)")]
    [DataRow("2026-11-23", "is neither Unix seconds")]
    [DataRow("yesterday", "is neither Unix seconds")]
    [DataRow("-1", "before 1970")]
    [DataRow("1969-12-31T23:59:59Z", "before 1970")]
    [DataRow("253402300800", "past the year 9999")]
    [DataRow("2026-13-01T00:00:00Z", "not a valid date")]
    [DataRow("1.5", "is neither Unix seconds")]
    public void RefusedTimes(string text, string expected)
    {
        Assert.IsFalse(TimeArgument.TryParse(text, out _, out string error));
        StringAssert.Contains(error, expected);
    }
}
