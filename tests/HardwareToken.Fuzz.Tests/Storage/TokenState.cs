using System;
using System.Text;
using HardwareToken.Core.App;

namespace HardwareToken.Fuzz.Tests.Storage;

/// <summary>
/// Everything a reboot brings back, as text that compares exactly: for each used slot its label, digits,
/// period and key fingerprint, and the clock calibration (last and previous sync, trim, sync count, RTC offset).
/// </summary>
public static class TokenState
{
    public static string Of(TokenApp app)
    {
        var text = new StringBuilder();
        byte[] fingerprint = new byte[4];
        for (int slot = 0; slot < 8; slot++)
        {
            if (app.Accounts.IsUsed(slot))
            {
                app.Accounts.GetFingerprint(slot, fingerprint, 0);
                text.Append("slot ").Append(slot).Append(" '").Append(app.Accounts.GetLabel(slot)).Append("' ")
                    .Append(app.Accounts.GetDigits(slot)).Append(" digits ").Append(app.Accounts.GetPeriod(slot)).Append(" s key ")
                    .Append(Convert.ToHexString(fingerprint)).Append("; ");
            }
        }

        if (app.Accounts.UsedCount == 0)
        {
            text.Append("no accounts; ");
        }

        return text.Append("clock: last sync ").Append(app.Clock.LastSyncUnixSeconds)
            .Append(", previous ").Append(app.Clock.PreviousSyncUnixSeconds)
            .Append(", trim ").Append(app.Clock.DriftPartsPerBillion).Append(" ppb")
            .Append(", syncs ").Append(app.Clock.SyncCount)
            .Append(", RTC offset ").Append(app.Clock.RtcOffsetMilliseconds).Append(" ms")
            .ToString();
    }
}
