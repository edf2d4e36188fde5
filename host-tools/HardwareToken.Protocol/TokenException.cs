namespace HardwareToken.Protocol;

/// <summary>
/// Base of the session's failures: <see cref="TokenStatusException"/> (the token refused),
/// <see cref="TokenTimeoutException"/> (silence), <see cref="ProtocolException"/> (not a valid response).
/// </summary>
public abstract class TokenException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected TokenException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
