using HardwareToken.Tests.Support;
using System;
using System.IO;
using HardwareToken.Core.Accounts;
using HardwareToken.Core.Storage;
using HardwareToken.Emulator.Adapters;
using HardwareToken.Emulator.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests;

[TestClass]
public sealed class FileStorageTests
{
    [TestMethod]
    public void ANewRegionIs2048BytesOf0xFFInAPrivateFile()
    {
        using var folder = new TempFolder();
        FileStorage storage = FileStorage.Open(folder.Path);
        Assert.AreEqual(2048, storage.Size);
        byte[] onDisk = File.ReadAllBytes(Path.Combine(folder.Path, FileStorage.FileName));
        Assert.AreEqual(2048, onDisk.Length);
        Assert.IsTrue(Array.TrueForAll(onDisk, b => b == 0xFF), "erased flash reads 0xFF");
        byte[] read = new byte[2048];
        storage.Read(0, read, 0, read.Length);
        CollectionAssert.AreEqual(onDisk, read);
        if (!OperatingSystem.IsWindows())
        {
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(storage.Path));
        }
    }

    [TestMethod]
    public void WritesReachTheFileAndSurviveANewInstance()
    {
        using var folder = new TempFolder();
        FileStorage first = FileStorage.Open(folder.Path);
        byte[] data = [1, 2, 3, 4, 5, 6, 7, 8];
        first.Write(1020, data, 2, 5); // straddles the bank boundary at 1024

        byte[] onDisk = File.ReadAllBytes(first.Path);
        CollectionAssert.AreEqual(new byte[] { 0xFF, 3, 4, 5, 6, 7, 0xFF }, onDisk[1019..1026]);

        FileStorage second = FileStorage.Open(folder.Path);
        byte[] read = new byte[9];
        second.Read(1019, read, 1, 7);
        CollectionAssert.AreEqual(new byte[] { 0, 0xFF, 3, 4, 5, 6, 7, 0xFF, 0 }, read);
    }

    [TestMethod]
    public void TheEndsOfTheRegionAreReachable()
    {
        using var folder = new TempFolder();
        FileStorage storage = FileStorage.Open(folder.Path);
        storage.Write(0, [0x11], 0, 1);
        storage.Write(2047, [0x22], 0, 1);
        storage.Write(2048, [], 0, 0);
        byte[] all = new byte[2048];
        storage.Read(0, all, 0, 2048);
        Assert.AreEqual(0x11, all[0]);
        Assert.AreEqual(0x22, all[2047]);
    }

    [TestMethod]
    public void RangesOutsideTheRegionOrTheBufferThrowAndChangeNothing()
    {
        using var folder = new TempFolder();
        FileStorage storage = FileStorage.Open(folder.Path);
        byte[] buffer = new byte[16];
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Write(-1, buffer, 0, 1));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Write(2047, buffer, 0, 2));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Write(2048, buffer, 0, 1));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Write(0, buffer, 0, -1));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Write(0, buffer, 10, 7));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Write(0, buffer, -1, 1));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Write(int.MaxValue, buffer, 0, 16));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Read(2040, buffer, 0, 9));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Read(0, buffer, 8, 9));
        Assert.ThrowsExactly<ArgumentNullException>(() => storage.Read(0, null!, 0, 1));
        Assert.ThrowsExactly<ArgumentNullException>(() => storage.Write(0, null!, 0, 1));
        byte[] onDisk = File.ReadAllBytes(storage.Path);
        Assert.IsTrue(Array.TrueForAll(onDisk, b => b == 0xFF), "no failed write touched the file");
        Assert.AreEqual(2048, onDisk.Length);
    }

    [TestMethod]
    public void AFileOfAnotherSizeIsRefusedNotTruncated()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, FileStorage.FileName);
        File.WriteAllBytes(path, new byte[100]);
        var e = Assert.ThrowsExactly<InvalidDataException>(() => FileStorage.Open(folder.Path));
        StringAssert.Contains(e.Message, "100 bytes");
        Assert.AreEqual(100, new FileInfo(path).Length);
    }

    [TestMethod]
    public void LoosePermissionsAreTightenedAndReported()
    {
        ExternalTool.RequirePosix();
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, FileStorage.FileName);
        byte[] erased = new byte[2048];
        Array.Fill(erased, (byte)0xFF);
        File.WriteAllBytes(path, erased);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var log = new StringWriter();
        FileStorage.Open(folder.Path, log);
        Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        StringAssert.Contains(log.ToString(), "0644");
    }

    [TestMethod]
    public void TheCoreStateStoreRoundTripsThroughTheFile()
    {
        using var folder = new TempFolder();
        var accounts = new AccountTable();
        byte[] key = new byte[40];
        new Random(7).NextBytes(key);
        Assert.AreEqual(AccountError.None, accounts.Put(5, "root", key, 0, key.Length, 6, 30));
        var calibration = new ClockCalibration { LastSyncUnixSeconds = 1_795_000_000, DriftPartsPerBillion = -1234, SyncCount = 2 };
        new StateStore(FileStorage.Open(folder.Path)).Save(accounts, calibration);

        var loaded = new AccountTable();
        var loadedCalibration = new ClockCalibration();
        Assert.AreEqual(LoadResult.Loaded, new StateStore(FileStorage.Open(folder.Path)).Load(loaded, loadedCalibration));
        Assert.AreEqual("root", loaded.GetLabel(5));
        Assert.AreEqual(accounts.Code(5, 1_795_000_000), loaded.Code(5, 1_795_000_000));
        Assert.AreEqual(-1234, loadedCalibration.DriftPartsPerBillion);
    }
}
