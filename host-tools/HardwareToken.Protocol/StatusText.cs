using HardwareToken.Core.Protocol;

namespace HardwareToken.Protocol;

/// <summary>Plain-English descriptions of statuses and detail bytes, for messages shown to a person.</summary>
public static class StatusText
{
    /// <summary>What <paramref name="status"/> (with its <paramref name="detail"/>) means.</summary>
    public static string Describe(Status status, byte detail) => status switch
    {
        Status.Ok => "done",
        Status.AwaitingButton => "waiting for the button on the token",
        Status.BadFrame => detail == StatusDetail.FrameTooLong ? "the request frame was too long" : "the request frame was malformed",
        Status.BadCrc => "the request was corrupted on the line (bad CRC); nothing was done, it is safe to retry",
        Status.UnsupportedVersion => $"the token speaks protocol version {detail}, not {FrameFormat.Version}",
        Status.UnknownCommand => "the token does not know this command (older firmware?)",
        Status.BadArgument => "invalid argument: " + DescribeDetail(detail),
        Status.Busy => "the token is waiting for a confirmation of another request",
        Status.NotAllowed => "not allowed now (verify works only for the slot just written, within "
            + ProtocolLimits.VerifyWindowSeconds + " s)",
        Status.NotConfirmed => "declined on the token",
        Status.ConfirmTimeout => "nobody pressed the button within " + ProtocolLimits.ConfirmSeconds + " s",
        Status.StorageFull => "the token's storage is full; nothing changed",
        Status.ClockNotSet => "the token's clock is not set (run set-time first)",
        Status.StorageError => "the token's storage failed; the previous contents remain",
        _ => $"unknown status 0x{(byte)status:x2} (detail 0x{detail:x2})",
    };

    /// <summary>What a detail byte of a BadArgument response means.</summary>
    public static string DescribeDetail(byte detail) => detail switch
    {
        StatusDetail.None => "no detail",
        StatusDetail.SlotOutOfRange => $"the slot must be 0 to {ProtocolLimits.SlotCount - 1}",
        StatusDetail.LabelEmpty => "the label is empty",
        StatusDetail.LabelTooLong => $"the label is longer than {ProtocolLimits.MaxLabelLength} characters",
        StatusDetail.LabelNotPrintableAscii => "the label must be printable ASCII (space to ~)",
        StatusDetail.SecretEmpty => "the secret is empty",
        StatusDetail.SecretTooLong => $"the secret is longer than {ProtocolLimits.MaxSecretLength} bytes",
        StatusDetail.DigitsUnsupported => "digits must be 6 or 8",
        StatusDetail.PeriodUnsupported => "the period must be 30 or 60 seconds",
        StatusDetail.PayloadLength => "the request's payload has the wrong length",
        StatusDetail.TimeOutOfRange => "the time is out of range (before 2000, from 2100 on, or before the firmware build)",
        StatusDetail.SlotEmpty => "the slot is empty",
        StatusDetail.FrameTooLong => "the frame was too long",
        _ => $"detail 0x{detail:x2}",
    };
}
