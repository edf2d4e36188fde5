namespace HardwareToken.Core.App
{
    /// <summary>The change a host asked for that waits for the button.</summary>
    public enum PendingKind
    {
        None = 0,
        PutSecret = 1,
        DeleteSlot = 2,
        WipeAll = 3,
        SetTime = 4,
    }
}
