namespace HardwareToken.Protocol;

/// <summary>
/// Bytes came back but not a valid response: garbage, a bad CRC, another protocol version, a mismatched
/// sequence or opcode, an echo of the request, or a body that does not match the specification
/// (docs/protocol.md §8). The peer is probably not a token, or the line is noisy.
/// </summary>
public sealed class ProtocolException : TokenException
{
    /// <summary>Creates the exception.</summary>
    public ProtocolException(string message)
        : base(message)
    {
    }
}
