namespace HardwareToken.Core.Storage
{
    /// <summary>What one bank holds, as judged by <see cref="TokenImage.Inspect"/>.</summary>
    internal enum BankStatus
    {
        /// <summary>Every byte is 0xFF: never written (or deliberately erased).</summary>
        Erased = 0,

        /// <summary>Not a readable image: wrong magic, bad length, CRC mismatch or an invalid record.</summary>
        Damaged = 1,

        /// <summary>A complete image in a format this firmware reads.</summary>
        Valid = 2,

        /// <summary>A complete image (CRC correct) in a newer format than this firmware knows.</summary>
        NewerFormat = 3,
    }
}
