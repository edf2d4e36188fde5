using HardwareToken.Tests.Support;
using System;
using System.IO;
using HardwareToken.Emulator.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests;

[TestClass]
public sealed class StateFolderTests
{
    [TestMethod]
    public void ANewFolderIsCreatedPrivateWithItsParents()
    {
        ExternalTool.RequirePosix();
        using var temp = new TempFolder();
        string path = Path.Combine(temp.Path, "a", "b", "state");
        using StateFolder folder = StateFolder.Open(path, null);
        Assert.AreEqual(path, folder.Path);
        Assert.AreEqual(PrivateFiles.DirectoryMode, File.GetUnixFileMode(path));
        Assert.AreEqual(PrivateFiles.FileMode, File.GetUnixFileMode(Path.Combine(path, StateFolder.LockFileName)));
    }

    [TestMethod]
    public void AnOpenFolderIsTightenedTo0700()
    {
        ExternalTool.RequirePosix();
        using var temp = new TempFolder();
        File.SetUnixFileMode(temp.Path, (UnixFileMode)Convert.ToInt32("755", 8));
        var log = new StringWriter();
        using (StateFolder.Open(temp.Path, log))
        {
            Assert.AreEqual(PrivateFiles.DirectoryMode, File.GetUnixFileMode(temp.Path));
        }

        StringAssert.Contains(log.ToString(), "0755");
    }

    [TestMethod]
    public void ASecondEmulatorCannotUseAFolderInUseUntilItIsReleased()
    {
        ExternalTool.RequirePosix();
        using var temp = new TempFolder();
        StateFolder first = StateFolder.Open(temp.Path, null);
        var e = Assert.ThrowsExactly<IOException>(() => StateFolder.Open(temp.Path, null));
        StringAssert.Contains(e.Message, "in use");
        first.Dispose();
        using StateFolder second = StateFolder.Open(temp.Path, null);
    }

    [TestMethod]
    public void AFileWhereTheFolderShouldBeIsRefused()
    {
        using var temp = new TempFolder();
        string path = temp.Sub("file");
        File.WriteAllText(path, "x");
        Assert.ThrowsExactly<IOException>(() => StateFolder.Open(path, null));
    }

    [TestMethod]
    public void TheDefaultFollowsXdgDataHome()
    {
        string? saved = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        try
        {
            Environment.SetEnvironmentVariable("XDG_DATA_HOME", "/srv/data");
            string expected = OperatingSystem.IsMacOS()
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library", "Application Support", "hwtoken-emulator")
                : "/srv/data/hwtoken-emulator";
            Assert.AreEqual(expected, StateFolder.DefaultPath());
            if (!OperatingSystem.IsMacOS())
            {
                Environment.SetEnvironmentVariable("XDG_DATA_HOME", "relative/ignored");
                Assert.AreEqual(
                    Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "hwtoken-emulator"),
                    StateFolder.DefaultPath());
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("XDG_DATA_HOME", saved);
        }
    }
}
