using HardwareToken.Tests.Support;
using System;
using System.Buffers.Binary;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.EndToEnd.Tests;

/// <summary>
/// The osx-arm64 build of hwtoken, published by .ci/cross-platform (HWTOKEN_OSX_PUBLISH): it must exist and its
/// launcher must be an arm64 Mach-O executable. Running it needs a Mac; CI only proves it builds.
/// </summary>
[TestClass]
public sealed class PublishTests
{
    private const uint MachO64Magic = 0xFEEDFACF;
    private const uint CpuTypeArm64 = 0x0100000C;

    [TestMethod]
    public void TheMacOSArm64BuildHasAnArm64LauncherAndTheTool()
    {
        string folder = ExternalTool.RequireVariable("HWTOKEN_OSX_PUBLISH", ".ci/cross-platform publishes hwtoken for osx-arm64");

        string launcher = Path.Combine(folder, "hwtoken");
        Assert.IsTrue(File.Exists(launcher), $"{launcher} missing: the osx-arm64 publish failed (see the CI log)");
        Assert.IsTrue(File.Exists(Path.Combine(folder, "hwtoken.dll")), "hwtoken.dll next to the launcher");
        Assert.IsTrue(File.Exists(Path.Combine(folder, "HardwareToken.Transport.dll")), "the transport next to it");

        byte[] header = new byte[8];
        using (FileStream file = File.OpenRead(launcher))
        {
            file.ReadExactly(header);
        }

        Assert.AreEqual(MachO64Magic, BinaryPrimitives.ReadUInt32LittleEndian(header), "a 64-bit Mach-O executable");
        Assert.AreEqual(CpuTypeArm64, BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4)), "for arm64");
    }
}
