using HardwareToken.Core.Protocol;
using HardwareToken.Protocol;
using HardwareToken.Transport;

namespace HardwareToken.Cli.Device;

/// <summary>
/// The exit code and the "what to do" sentence for each way a token can fail a command. Messages start with
/// the exception's own message and add the advice.
/// </summary>
internal static class DeviceAdvice
{
    /// <summary>Said whenever an exchange broke off: the token never leaves a half-written slot.</summary>
    public const string StorageIntact =
        "the token's storage is intact: writes are atomic, so every slot holds either its old or its new account; "
        + "plug it back in and run `hwtoken status` to see which";

    /// <summary>A refusal by the token.</summary>
    public static (int ExitCode, string Message) For(TokenStatusException e) => e.Status switch
    {
        Status.Busy => (ExitCodes.DeviceRefused, e.Message
            + ": its screen asks for a press to confirm an earlier request (another hwtoken, or one that was interrupted). "
            + "Press the button to confirm it or hold it to cancel, or wait 30 s for it to time out; then try again"),
        Status.NotConfirmed => (ExitCodes.DeviceRefused, e.Message + " (a long press); nothing was changed"),
        Status.ConfirmTimeout => (ExitCodes.Timeout, e.Message
            + "; nothing was changed. Run the command again and press the button when the token shows its confirmation screen"),
        Status.StorageError => (ExitCodes.DeviceRefused, e.Message + " (writes are atomic); try again, and if it keeps failing the token's flash may be worn out"),
        Status.StorageFull => (ExitCodes.DeviceRefused, e.Message + "; delete an account with `hwtoken wipe --slot N` first"),
        Status.ClockNotSet => (ExitCodes.DeviceRefused, e.Message.Replace("run set-time first", "run `hwtoken sync-time` first")),
        Status.BadCrc => (ExitCodes.DeviceRefused, e.Message + " (a bad cable or a noisy line?)"),
        Status.UnknownCommand => (ExitCodes.DeviceRefused, e.Message + "; update the token's firmware"),
        Status.UnsupportedVersion => (ExitCodes.DeviceRefused, e.Message + "; update hwtoken or the token's firmware so they match"),
        _ => (ExitCodes.DeviceRefused, e.Message),
    };

    /// <summary>A serial port failure: the transport's message already says what to do; an unplug adds the storage note.</summary>
    public static (int ExitCode, string Message) For(SerialPortException e) => e.Kind switch
    {
        SerialPortErrorKind.DeviceVanished => (ExitCodes.DeviceNotFound, e.Message + "; " + StorageIntact),
        SerialPortErrorKind.WriteTimedOut => (ExitCodes.Timeout, e.Message),
        SerialPortErrorKind.IoError => (ExitCodes.Unexpected, e.Message),
        _ => (ExitCodes.DeviceNotFound, e.Message),
    };

    /// <summary>Silence in the middle of a session (the first probe has its own message, see <see cref="TokenConnection"/>).</summary>
    public static (int ExitCode, string Message) For(TokenTimeoutException e) => (ExitCodes.Timeout,
        e.Message + ". If the token restarted or was unplugged, " + StorageIntact);

    /// <summary>Bytes that are not a valid answer.</summary>
    public static (int ExitCode, string Message) For(ProtocolException e) => (ExitCodes.DeviceNotFound,
        e.Message + "; is this port the token? (run `hwtoken ports`)");
}
