using System;
using System.IO;
using HardwareToken.Core.Accounts;
using HardwareToken.Core.Storage;
using HardwareToken.Emulator.Adapters;
using HardwareToken.Emulator.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests;

[TestClass]
public sealed class DemoAccountTests
{
    private static AccountTable Load(FileStorage storage)
    {
        var accounts = new AccountTable();
        new StateStore(storage).Load(accounts, new ClockCalibration());
        return accounts;
    }

    [TestMethod]
    public void AnEmptyTokenGetsDemoWithTheRfc6238Key()
    {
        using var folder = new TempFolder();
        FileStorage storage = FileStorage.Open(folder.Path);
        Assert.IsTrue(DemoAccount.ProvisionIfEmpty(storage));
        AccountTable accounts = Load(storage);
        Assert.AreEqual(1, accounts.UsedCount);
        Assert.AreEqual("DEMO", accounts.GetLabel(0));
        Assert.AreEqual(6, accounts.GetDigits(0));
        Assert.AreEqual(30, accounts.GetPeriod(0));

        // RFC 6238 appendix B, SHA-1, last 6 of the 8-digit values.
        Assert.AreEqual(287082, accounts.Code(0, 59));
        Assert.AreEqual(81804, accounts.Code(0, 1111111109));
        Assert.AreEqual(279037, accounts.Code(0, 2000000000));
    }

    [TestMethod]
    public void OnTheHostClockTheDemoTokenIsRecordedAsSyncedOtherwiseNot()
    {
        using (var folder = new TempFolder())
        {
            FileStorage storage = FileStorage.Open(folder.Path);
            Assert.IsTrue(DemoAccount.ProvisionIfEmpty(storage, 1_800_000_000));
            var calibration = new ClockCalibration();
            new StateStore(storage).Load(new AccountTable(), calibration);
            Assert.AreEqual(1_800_000_000, calibration.LastSyncUnixSeconds);
            Assert.AreEqual(1, calibration.SyncCount);
            Assert.AreEqual(0, calibration.RtcOffsetMilliseconds, "the RTC already shows UTC");
            Assert.AreEqual(0, calibration.DriftPartsPerBillion, "no drift is known after one sync");
        }

        using (var folder = new TempFolder())
        {
            FileStorage storage = FileStorage.Open(folder.Path);
            Assert.IsTrue(DemoAccount.ProvisionIfEmpty(storage, null));
            var calibration = new ClockCalibration();
            new StateStore(storage).Load(new AccountTable(), calibration);
            Assert.IsFalse(calibration.HasSynced, "a clock not set from the host stays never-synced (CHECK CLOCK)");
        }
    }

    [TestMethod]
    public void ATokenWithAccountsIsLeftAlone()
    {
        using var folder = new TempFolder();
        FileStorage storage = FileStorage.Open(folder.Path);
        var accounts = new AccountTable();
        accounts.Put(3, "mine", [1, 2, 3, 4, 5], 0, 5, 6, 30);
        new StateStore(storage).Save(accounts, new ClockCalibration());
        byte[] before = File.ReadAllBytes(storage.Path);

        Assert.IsFalse(DemoAccount.ProvisionIfEmpty(storage));

        CollectionAssert.AreEqual(before, File.ReadAllBytes(storage.Path), "not a byte written");
        AccountTable after = Load(storage);
        Assert.AreEqual(1, after.UsedCount);
        Assert.IsFalse(after.IsUsed(0));
    }

    [TestMethod]
    public void ASecondRunDoesNotProvisionAgain()
    {
        using var folder = new TempFolder();
        FileStorage storage = FileStorage.Open(folder.Path);
        Assert.IsTrue(DemoAccount.ProvisionIfEmpty(storage));
        byte[] before = File.ReadAllBytes(storage.Path);
        Assert.IsFalse(DemoAccount.ProvisionIfEmpty(storage));
        CollectionAssert.AreEqual(before, File.ReadAllBytes(storage.Path));
    }

    [TestMethod]
    public void UnreadableStorageIsNotOverwritten()
    {
        using var folder = new TempFolder();
        FileStorage storage = FileStorage.Open(folder.Path);
        byte[] garbage = new byte[2048];
        new Random(5).NextBytes(garbage);
        storage.Write(0, garbage, 0, garbage.Length);
        Assert.IsFalse(DemoAccount.ProvisionIfEmpty(storage));
        CollectionAssert.AreEqual(garbage, File.ReadAllBytes(storage.Path));
    }
}
