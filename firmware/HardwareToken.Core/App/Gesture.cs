namespace HardwareToken.Core.App
{
    /// <summary>What the user did with the button, as the state machine sees it.</summary>
    public enum Gesture
    {
        /// <summary>Nothing new.</summary>
        None = 0,

        /// <summary>Pressed and released within <see cref="TokenConfig.LongPressMilliseconds"/>.</summary>
        ShortPress = 1,

        /// <summary>Held for <see cref="TokenConfig.LongPressMilliseconds"/> (reported while still held).</summary>
        LongPress = 2,
    }
}
