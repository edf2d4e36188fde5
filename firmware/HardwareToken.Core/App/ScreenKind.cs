namespace HardwareToken.Core.App
{
    /// <summary>What the token is showing. Values are stable: the emulator prints their names.</summary>
    public enum ScreenKind
    {
        /// <summary>Display off (asleep or about to sleep).</summary>
        Off = 0,

        /// <summary>The current slot's code with its countdown.</summary>
        Code = 1,

        /// <summary>No account provisioned yet.</summary>
        NoAccounts = 2,

        /// <summary>The clock is not usable: no code is shown.</summary>
        SetTime = 3,

        /// <summary>A host asked for a change and the token waits for the button.</summary>
        Confirm = 4,

        /// <summary>A short message after an action (saved, cancelled, timed out ...).</summary>
        Message = 5,

        /// <summary>Clock details (long press on the code screen).</summary>
        Info = 6,

        /// <summary>Something is wrong with the token itself (storage).</summary>
        Error = 7,
    }
}
