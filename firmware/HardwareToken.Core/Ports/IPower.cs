namespace HardwareToken.Core.Ports
{
    /// <summary>
    /// Power control: light sleep (RAM and the app survive) with its wake sources, and deep sleep until the button.
    /// </summary>
    /// <remarks>
    /// Contract, for both calls: the core calls them with the display already off and all storage writes finished.
    /// An adapter refuses to sleep (returns at once) while the button is held or button edges are queued, so a tap
    /// just before sleep is never lost; the core then handles the queued edges on its next step.
    /// <list type="bullet">
    /// <item><see cref="LightSleep"/> returns on the first of: the button pressed, activity on the provisioning
    /// serial line (on the ESP32 the bytes that wake the chip are lost; the host resends), or
    /// the requested time elapsed. A timer always bounds it, so a wake source that fails cannot
    /// strand the token. Adapters that cannot sleep (the emulator, tests) return <see cref="WakeCause.None"/> at
    /// once and the core polls. The monotonic clock may or may not count while the chip sleeps: the core does not
    /// rely on either.</item>
    /// <item><see cref="EnterDeepSleep"/>: on the ESP32 the call never returns: waking is a reset and the app boots
    /// again (the waking press is then reported by <see cref="IButton"/>). Adapters that cannot sleep return, and
    /// the core then waits for the next button press with the display off; serial bytes are dropped meanwhile,
    /// since the UART cannot wake the ESP32 from deep sleep.</item>
    /// </list>
    /// </remarks>
    public interface IPower
    {
        /// <summary>Light-sleeps for at most <paramref name="maxMilliseconds"/>; returns what ended it.</summary>
        WakeCause LightSleep(int maxMilliseconds);

        /// <summary>Requests deep sleep until the button is pressed.</summary>
        void EnterDeepSleep();
    }
}
