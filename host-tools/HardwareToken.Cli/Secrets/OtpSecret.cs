using System;
using System.Collections.Generic;

namespace HardwareToken.Cli.Secrets;

/// <summary>
/// A decoded TOTP secret and the parameters that came with it (from an otpauth:// URI, or the AWS defaults
/// SHA1 / 6 digits / 30 s for a bare base32 secret). Dispose wipes the key bytes.
/// </summary>
public sealed class OtpSecret : IDisposable
{
    private readonly byte[] key;
    private bool disposed;

    internal OtpSecret(byte[] key, int keyLength, int digits, int period, bool digitsFromUri, bool periodFromUri, string? issuer, string? account, IReadOnlyList<string> warnings)
    {
        this.key = key;
        KeyLength = keyLength;
        Digits = digits;
        Period = period;
        DigitsFromUri = digitsFromUri;
        PeriodFromUri = periodFromUri;
        Issuer = issuer;
        Account = account;
        Warnings = warnings;
    }

    /// <summary>Length of the key in bytes (1..64; AWS secrets are 40).</summary>
    public int KeyLength { get; }

    /// <summary>6 or 8.</summary>
    public int Digits { get; }

    /// <summary>30 or 60 seconds.</summary>
    public int Period { get; }

    /// <summary>True when the URI had an explicit digits= parameter.</summary>
    public bool DigitsFromUri { get; }

    /// <summary>True when the URI had an explicit period= parameter.</summary>
    public bool PeriodFromUri { get; }

    /// <summary>The issuer (issuer= parameter, else the label prefix), or null.</summary>
    public string? Issuer { get; }

    /// <summary>The account name from the URI label, or null.</summary>
    public string? Account { get; }

    /// <summary>Things worth telling the user that do not stop the command (never containing the secret).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Copies the key into <paramref name="destination"/> (at least <see cref="KeyLength"/> bytes); the caller wipes its copy.</summary>
    public void CopyKeyTo(Span<byte> destination)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        key.AsSpan(0, KeyLength).CopyTo(destination);
    }

    /// <summary>Wipes the key.</summary>
    public void Dispose()
    {
        Array.Clear(key);
        disposed = true;
    }
}
