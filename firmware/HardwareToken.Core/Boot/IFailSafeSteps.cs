namespace HardwareToken.Core.Boot
{
    /// <summary>
    /// The board's last-resort actions after an exception escaped the firmware (in set-up or in the app), each one
    /// usable on its own: <see cref="FailSafeShutdown"/> calls them in order and survives any of them throwing.
    /// </summary>
    public interface IFailSafeSteps
    {
        /// <summary>Pushes <paramref name="frame"/> and turns the panel on; false when there is no usable panel.</summary>
        bool ShowFrame(byte[] frame);

        /// <summary>Blocks for <paramref name="milliseconds"/> (keeps the error screen visible).</summary>
        void Wait(int milliseconds);

        /// <summary>Turns the panel off.</summary>
        void PanelOff();

        /// <summary>Arms the button's wake-up from deep sleep; false when it could not be armed.</summary>
        bool ArmButtonWakeup();

        /// <summary>Enters deep sleep; returns only when the chip did not sleep.</summary>
        void DeepSleep();

        /// <summary>Restarts the chip.</summary>
        void Reboot();
    }
}
