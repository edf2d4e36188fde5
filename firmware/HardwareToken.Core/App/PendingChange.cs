using System;
using HardwareToken.Core.Accounts;

namespace HardwareToken.Core.App
{
    /// <summary>
    /// A confirmed command held between its request and the button press: what to change, the request's
    /// sequence number for the final response, and the deadline. It owns the only copy of a secret on its way
    /// into storage and wipes it whenever the change is applied, declined or expires.
    /// </summary>
    public sealed class PendingChange
    {
        /// <summary>The label's characters (PutSecret).</summary>
        public readonly char[] Label = new char[AccountRules.MaxLabelLength];

        /// <summary>The secret (PutSecret); only the first <see cref="SecretLength"/> bytes are meaningful.</summary>
        public readonly byte[] Secret = new byte[AccountRules.MaxSecretLength];

        public PendingKind Kind;
        public int Sequence;
        public int Opcode;
        public int Slot;
        public int Digits;
        public int Period;
        public int LabelLength;
        public int SecretLength;

        /// <summary>SetTime: the host's UTC seconds, as they were when the request arrived.</summary>
        public long HostUnixSeconds;

        /// <summary>Uptime when the request arrived.</summary>
        public long ReceivedAt;

        /// <summary>Uptime when the confirm screen was first pushed to the panel; -1 until then.</summary>
        public long ShownAt = -1;

        /// <summary>Uptime of the last press ignored for being too early; -1 when none.</summary>
        public long EarlyPressAt = -1;

        /// <summary>Uptime after which the request expires.</summary>
        public long Deadline;

        /// <summary>True once the press was accepted and the change is being carried out (SetTime waits for the RTC).</summary>
        public bool Applying;

        public bool IsActive
        {
            get { return Kind != PendingKind.None; }
        }

        /// <summary>
        /// True when a press that began at <paramref name="pressStartedAt"/> may confirm: the confirm screen had been
        /// on the panel for at least <paramref name="minimumVisibleMilliseconds"/> when it began.
        /// </summary>
        public bool PressCounts(long pressStartedAt, int minimumVisibleMilliseconds)
        {
            return ShownAt >= 0 && pressStartedAt >= ShownAt + minimumVisibleMilliseconds;
        }

        /// <summary>Forgets the request and wipes the secret.</summary>
        public void Clear()
        {
            Array.Clear(Secret, 0, Secret.Length);
            Array.Clear(Label, 0, Label.Length);
            Kind = PendingKind.None;
            Applying = false;
            SecretLength = 0;
            LabelLength = 0;
        }
    }
}
