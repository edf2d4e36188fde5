namespace HardwareToken.Protocol;

/// <summary>
/// Nothing at all came back within the timeout: no token on this port, a token that is asleep, or a lost
/// final response (docs/protocol.md §8).
/// </summary>
public sealed class TokenTimeoutException : TokenException
{
    /// <summary>Creates the exception for a wait of <paramref name="timeout"/>.</summary>
    public TokenTimeoutException(string message, TimeSpan timeout)
        : base(message)
    {
        Timeout = timeout;
    }

    /// <summary>How long the session waited.</summary>
    public TimeSpan Timeout { get; }
}
