using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using HardwareToken.Cli.Device;
using HardwareToken.Core.Otp;
using HardwareToken.Core.Protocol;
using HardwareToken.Protocol;

namespace HardwareToken.Cli.Provisioning;

/// <summary>
/// Writes one account to a probed token and proves it landed: choose the slot (asking before replacing one),
/// set the clock, PutSecret with the button, Verify the token's code against this computer's own computation at
/// the token's reported time, and check the slot's fingerprint. Progress goes to standard error.
/// </summary>
internal static class Provisioner
{
    /// <summary>What was written and when the token's clock was last seen.</summary>
    /// <param name="Slot">The wire slot (0..7).</param>
    /// <param name="Label">The label written.</param>
    /// <param name="Period">The account's period.</param>
    /// <param name="DeviceUtc">The token's UTC in the Verify reply.</param>
    /// <param name="ObservedAt">The host time when that reply arrived.</param>
    public sealed record Result(int Slot, string Label, int Period, long DeviceUtc, DateTimeOffset ObservedAt);

    /// <summary>Runs the whole write. Failures: <see cref="CliFailure"/> (declined y/N, mismatch: exit 7) and the session's own.</summary>
    public static Result Run(CliEnvironment env, TokenConnection device, ProvisionPlan plan)
    {
        TokenSession session = device.Session;
        IReadOnlyList<SlotInfo> slots = session.ListSlots();
        int slot = ChooseSlot(env, slots, plan);
        int shown = SlotNumber.ToUser(slot);

        if (plan.SyncTime)
        {
            ClockSync.Run(env, device);
            env.Error.WriteLine("token clock set");
        }
        else if (!device.Info.ClockSet)
        {
            throw new CliFailure(ExitCodes.UsageError,
                "the token's clock is not set, so its codes would be wrong; run again without --no-time-sync (or run `hwtoken sync-time` first)");
        }

        byte[] key = new byte[plan.Secret.KeyLength];
        var generator = new OtpGenerator();
        try
        {
            plan.Secret.CopyKeyTo(key);
            using (var prompt = new ButtonPrompt(env, $"write slot {shown} (\"{plan.Label}\")"))
            {
                session.PutSecret(slot, plan.Label, key, plan.Digits, plan.Period, prompt.Start);
            }

            env.Error.WriteLine($"slot {shown} written; checking it");
            VerifyResult verify = session.Verify(slot);
            DateTimeOffset observedAt = env.Now();
            generator.SetKey(key, 0, key.Length, plan.Digits, plan.Period, 0);
            string expected = OtpFormat.Format(generator.TotpCode(verify.DeviceUtc), plan.Digits);
            if (verify.Digits != plan.Digits || !CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(verify.Code), System.Text.Encoding.ASCII.GetBytes(expected)))
            {
                throw new CliFailure(ExitCodes.VerificationMismatch,
                    $"verification failed: the code slot {shown} shows for {TimeText.Utc(verify.DeviceUtc)} (token time) is not the code this computer "
                    + "computes from the secret it sent, for the same moment. The token holds a different key than intended (damaged on the way, "
                    + $"or a firmware fault), so do not register it with AWS. Run the command again; if it fails again, erase the slot (`hwtoken wipe --slot {shown}`) "
                    + "and report the problem");
            }

            uint fingerprint = SlotInfo.FingerprintOf(key);
            SlotInfo? stored = session.ListSlots().FirstOrDefault(s => s.Index == slot);
            if (stored is null || stored.Fingerprint != fingerprint || stored.Label != plan.Label || stored.Digits != plan.Digits || stored.Period != plan.Period)
            {
                string found = stored is null
                    ? "the slot is empty"
                    : $"it lists \"{stored.Label}\", {stored.Digits} digits, {stored.Period} s, fingerprint {stored.FingerprintHex}";
                throw new CliFailure(ExitCodes.VerificationMismatch,
                    $"verification failed: slot {shown} should hold \"{plan.Label}\", {plan.Digits} digits, {plan.Period} s, fingerprint {fingerprint:x8}, but {found}. "
                    + $"Do not register the token with AWS; run the command again, and if it fails again erase the slot (`hwtoken wipe --slot {shown}`)");
            }

            env.Error.WriteLine($"verified: the token's code matches this computer's, and the slot's fingerprint ({stored.FingerprintHex}) matches the secret");
            return new Result(slot, plan.Label, plan.Period, verify.DeviceUtc, observedAt);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            generator.Clear();
        }
    }

    private static int ChooseSlot(CliEnvironment env, IReadOnlyList<SlotInfo> slots, ProvisionPlan plan)
    {
        if (plan.Slot is not int slot)
        {
            for (int i = 0; i < ProtocolLimits.SlotCount; i++)
            {
                if (slots.All(s => s.Index != i))
                {
                    env.Error.WriteLine($"writing slot {SlotNumber.ToUser(i)}, the first empty one (--slot chooses another)");
                    return i;
                }
            }

            throw new CliFailure(ExitCodes.DeviceRefused,
                $"all {ProtocolLimits.SlotCount} slots are used; choose one to replace with --slot N (see `hwtoken status`), or erase one with `hwtoken wipe --slot N`");
        }

        SlotInfo? used = slots.FirstOrDefault(s => s.Index == slot);
        if (used is not null)
        {
            string situation = $"slot {SlotNumber.ToUser(slot)} holds \"{used.Label}\" ({used.Digits} digits, {used.Period} s, fingerprint {used.FingerprintHex})";
            if (plan.Force)
            {
                env.Error.WriteLine(situation + "; replacing it (--force)");
            }
            else
            {
                Confirmation.Require(env, situation, "Replace it?", "replace it");
            }
        }

        return slot;
    }
}
