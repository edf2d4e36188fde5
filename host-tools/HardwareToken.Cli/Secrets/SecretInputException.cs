using System;

namespace HardwareToken.Cli.Secrets;

/// <summary>No secret could be read: stdin was empty or the secret file could not be read.</summary>
public sealed class SecretInputException : Exception
{
    public SecretInputException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
