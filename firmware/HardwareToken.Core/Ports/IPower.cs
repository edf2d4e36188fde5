namespace HardwareToken.Core.Ports
{
    /// <summary>
    /// Power control: deep sleep until the button wakes the token.
    /// </summary>
    /// <remarks>
    /// Contract: the core calls <see cref="EnterDeepSleep"/> with the display already off and all storage
    /// writes finished. On the ESP32 the call never returns: waking is a reset and the app boots again
    /// (the waking press is then reported by <see cref="IButton"/>). Adapters that cannot sleep (the
    /// emulator, tests) return, and the core then waits for the next button press with the display off.
    /// </remarks>
    public interface IPower
    {
        /// <summary>Requests deep sleep until the button is pressed.</summary>
        void EnterDeepSleep();
    }
}
