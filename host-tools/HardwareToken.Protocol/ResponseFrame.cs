using HardwareToken.Core.Protocol;

namespace HardwareToken.Protocol;

/// <summary>A decoded response frame: opcode byte and sequence as received, and a copy of the payload.</summary>
internal sealed record ResponseFrame(int RawOpcode, int Sequence, byte[] Payload)
{
    /// <summary>The status byte (payload[0]); only valid when the payload has at least 2 bytes.</summary>
    public Status Status => (Status)Payload[0];

    /// <summary>The detail byte (payload[1]).</summary>
    public byte Detail => Payload[1];

    /// <summary>The bytes after status and detail.</summary>
    public ReadOnlySpan<byte> Body => Payload.AsSpan(2);
}
