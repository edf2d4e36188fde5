using System;
using System.Security.Cryptography;
using HardwareToken.Core.Accounts;
using HardwareToken.Core.Ports;
using HardwareToken.Core.Storage;

namespace HardwareToken.Emulator;

/// <summary>
/// <c>--demo</c>: puts one account, "DEMO", with the RFC 6238 test key (ASCII "12345678901234567890") into slot 0
/// of an empty token, through the core's own <see cref="AccountTable"/> and <see cref="StateStore"/>, before
/// the app boots. A token that already holds accounts, or whose storage is unreadable, is left untouched.
/// When the simulated RTC runs on the host's own clock (no --clock-* option, nothing else saved), the demo token is
/// also recorded as synced at start-up, which is the truth: its clock is the host's UTC. Otherwise it stays "never
/// synced" and shows CHECK CLOCK like any token whose clock was never set from a host.
/// </summary>
/// <remarks>The key is public test data, yet it is handled like a secret: never printed, wiped after use.</remarks>
internal static class DemoAccount
{
    /// <summary>The demo account's label.</summary>
    public const string Label = "DEMO";

    /// <summary>The slot it goes into.</summary>
    public const int Slot = 0;

    /// <summary>Code length.</summary>
    public const int Digits = 6;

    /// <summary>Step in seconds.</summary>
    public const int Period = 30;

    /// <summary>The RFC 6238 appendix B SHA-1 key, "12345678901234567890" in ASCII.</summary>
    internal static byte[] TestKey() => "12345678901234567890"u8.ToArray();

    /// <summary>Adds the demo account when the storage holds no account; returns true when it did.</summary>
    /// <param name="storage">The token's flash.</param>
    /// <param name="syncedAtUnixSeconds">
    /// The host's UTC now when the RTC runs on the host's clock (the sync to record with the account); null to record none.
    /// </param>
    public static bool ProvisionIfEmpty(INonVolatileStorage storage, long? syncedAtUnixSeconds = null)
    {
        var store = new StateStore(storage);
        var accounts = new AccountTable();
        var calibration = new ClockCalibration();
        LoadResult found = store.Load(accounts, calibration);
        bool readable = found is LoadResult.Empty or LoadResult.Loaded or LoadResult.RecoveredOlderCopy;
        if (!readable || accounts.UsedCount != 0)
        {
            accounts.Clear();
            return false;
        }

        byte[] key = TestKey();
        try
        {
            AccountError error = accounts.Put(Slot, Label, key, 0, key.Length, Digits, Period);
            if (error != AccountError.None)
            {
                throw new InvalidOperationException("the demo account breaks the account rules: " + error);
            }

            if (syncedAtUnixSeconds is long synced && synced > 0)
            {
                // As a sync-time of an RTC that already shows UTC records it: no offset, no drift trim yet.
                calibration.LastSyncUnixSeconds = synced;
                calibration.SyncCount = 1;
            }

            store.Save(accounts, calibration);
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            accounts.Clear();
        }
    }
}
