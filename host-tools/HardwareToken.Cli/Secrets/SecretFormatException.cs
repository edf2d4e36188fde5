using System;

namespace HardwareToken.Cli.Secrets;

/// <summary>The secret text is malformed or asks for something the token cannot do. The message never contains the secret.</summary>
public sealed class SecretFormatException : Exception
{
    public SecretFormatException(string message)
        : base(message)
    {
    }
}
