using HardwareToken.Core.Protocol;

namespace HardwareToken.Fuzz.Tests.Protocol;

/// <summary>
/// The request rules of docs/protocol.md §5, written again from the document (not from RequestReader) so the
/// fuzzer can compare the reader's verdict with the specification's on every payload it produces.
/// </summary>
public static class RequestRules
{
    /// <summary>§5.4: empty.</summary>
    public static byte Empty(byte[] p, int n) => n == 0 ? StatusDetail.None : StatusDetail.PayloadLength;

    /// <summary>§5.2: exactly one byte, 0..7.</summary>
    public static byte Slot(byte[] p, int n) =>
        n != 1 ? StatusDetail.PayloadLength : p[0] > 7 ? StatusDetail.SlotOutOfRange : StatusDetail.None;

    /// <summary>§5.3: exactly 8 bytes, 2000-01-01 ≤ t &lt; 2100-01-01.</summary>
    public static byte SetTime(byte[] p, int n)
    {
        if (n != 8)
        {
            return StatusDetail.PayloadLength;
        }

        long t = 0;
        for (int i = 0; i < 8; i++)
        {
            t = (t << 8) | p[i];
        }

        return t >= 946684800 && t < 4102444800 ? StatusDetail.None : StatusDetail.TimeOutOfRange;
    }

    /// <summary>§5.1: layout, then slot, label (empty, too long, printable), secret (empty, too long), digits, period.</summary>
    public static byte PutSecret(byte[] p, int n)
    {
        if (n < 5)
        {
            return StatusDetail.PayloadLength;
        }

        int labelLength = p[3];
        if (4 + labelLength >= n)
        {
            return StatusDetail.PayloadLength;
        }

        int secretLength = p[4 + labelLength];
        if (n != 5 + labelLength + secretLength)
        {
            return StatusDetail.PayloadLength;
        }

        if (p[0] > 7)
        {
            return StatusDetail.SlotOutOfRange;
        }

        if (labelLength == 0)
        {
            return StatusDetail.LabelEmpty;
        }

        if (labelLength > 12)
        {
            return StatusDetail.LabelTooLong;
        }

        for (int i = 0; i < labelLength; i++)
        {
            byte c = p[4 + i];
            if (c < 0x20 || c > 0x7E)
            {
                return StatusDetail.LabelNotPrintableAscii;
            }
        }

        if (secretLength == 0)
        {
            return StatusDetail.SecretEmpty;
        }

        if (secretLength > 64)
        {
            return StatusDetail.SecretTooLong;
        }

        if (p[1] != 6 && p[1] != 8)
        {
            return StatusDetail.DigitsUnsupported;
        }

        if (p[2] != 30 && p[2] != 60)
        {
            return StatusDetail.PeriodUnsupported;
        }

        return StatusDetail.None;
    }
}
