namespace HardwareToken.Core.Storage
{
    /// <summary>
    /// What <see cref="StateStore.Load"/> found. In every case the tables passed to Load hold a consistent state
    /// afterwards: a loaded one, or empty.
    /// </summary>
    public enum LoadResult
    {
        /// <summary>Both banks are erased (all 0xFF): a fresh token. The tables are empty.</summary>
        Empty = 0,

        /// <summary>The newest valid image was loaded and the other bank is valid or erased.</summary>
        Loaded = 1,

        /// <summary>
        /// One bank is unreadable (a save was interrupted by a power cut, or the bank is damaged) and the state
        /// came from the other, valid bank. Nothing is lost that had been completely saved; the next
        /// <see cref="StateStore.Save"/> rewrites both banks.
        /// </summary>
        RecoveredOlderCopy = 2,

        /// <summary>
        /// No bank is valid and at least one is not erased: damaged storage, or the very first save was cut
        /// short. The tables are empty. Show it; the next save starts over.
        /// </summary>
        Corrupt = 3,

        /// <summary>
        /// The newest valid image has a format version newer than this firmware understands (a downgrade). The
        /// tables are empty and <see cref="StateStore.Save"/> refuses to overwrite the image until
        /// <see cref="StateStore.Erase"/> is called deliberately.
        /// </summary>
        UnsupportedVersion = 4,
    }
}
