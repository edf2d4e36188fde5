using HardwareToken.Core.Protocol;

namespace HardwareToken.Protocol;

/// <summary>The token answered with a status other than Ok (docs/protocol.md §7): it did not do the command.</summary>
public sealed class TokenStatusException : TokenException
{
    /// <summary>Creates the exception for <paramref name="status"/> with its detail byte.</summary>
    public TokenStatusException(Status status, byte detail)
        : this(status, detail, null)
    {
    }

    /// <summary>Creates the exception for a refusal of <paramref name="opcode"/>.</summary>
    public TokenStatusException(Status status, byte detail, Opcode? opcode)
        : base((opcode is null ? "the token" : "the token refused " + opcode) + ": " + StatusText.Describe(status, detail))
    {
        Status = status;
        Detail = detail;
        Opcode = opcode;
    }

    /// <summary>The status the token sent.</summary>
    public Status Status { get; }

    /// <summary>The detail byte (<see cref="StatusDetail"/>); 0 when none.</summary>
    public byte Detail { get; }

    /// <summary>The command refused, when known.</summary>
    public Opcode? Opcode { get; }
}
