using System;
using System.Collections.Generic;
using System.Globalization;
using HardwareToken.Core.Text;

namespace HardwareToken.Cli.Secrets;

/// <summary>
/// Reads what a person pastes as a TOTP secret: a base32 string (as the AWS console shows it) or an
/// <c>otpauth://totp/LABEL?secret=...</c> URI in Google's Key Uri Format. Refusals say what is wrong and what
/// the token supports, never echoing the secret.
/// </summary>
public static class SecretParser
{
    /// <summary>The most key bytes the token stores (one HMAC-SHA1 block).</summary>
    public const int MaxSecretBytes = 64;

    /// <summary>RFC 4226 §4 asks for at least 128 bits; shorter keys are accepted with a warning.</summary>
    public const int RecommendedMinimumBytes = 16;

    private const string Scheme = "otpauth://";

    /// <summary>
    /// Parses <paramref name="text"/>; surrounding whitespace is ignored. Positions in base32 errors are 1-based
    /// counts into <paramref name="text"/> as given.
    /// </summary>
    /// <exception cref="SecretFormatException">With a message naming the problem.</exception>
    public static OtpSecret Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new SecretFormatException("the secret is empty");
        }

        if (trimmed.StartsWith("otpauth:", StringComparison.OrdinalIgnoreCase))
        {
            return ParseUri(trimmed);
        }

        if (trimmed.Contains("://", StringComparison.Ordinal))
        {
            throw new SecretFormatException("this is a link, not a secret; only otpauth://totp/... URIs and base32 secrets are understood");
        }

        var warnings = new List<string>();
        // The untrimmed text, so error positions count from what the user gave (base32 skips blanks itself).
        (byte[] key, int length) = DecodeBase32(text, "invalid secret: ", warnings);
        return new OtpSecret(key, length, 6, 30, false, false, null, null, warnings);
    }

    private static OtpSecret ParseUri(string uri)
    {
        if (!uri.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new SecretFormatException("malformed otpauth URI: expected otpauth://totp/LABEL?secret=BASE32");
        }

        string rest = uri[Scheme.Length..];
        int hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            rest = rest[..hash];
        }

        int question = rest.IndexOf('?');
        string path = question >= 0 ? rest[..question] : rest;
        string query = question >= 0 ? rest[(question + 1)..] : string.Empty;
        int slash = path.IndexOf('/');
        string type = (slash >= 0 ? path[..slash] : path).ToLowerInvariant();
        string label = slash >= 0 ? Decode(path[(slash + 1)..], plusIsSpace: false) : string.Empty;

        if (type == "hotp")
        {
            throw new SecretFormatException("otpauth://hotp (counter-based HOTP) is not supported: the token shows time-based codes (TOTP) only");
        }

        if (type != "totp")
        {
            throw new SecretFormatException($"unknown otpauth type '{Printable(type)}': expected otpauth://totp/LABEL?secret=BASE32");
        }

        Dictionary<string, string> parameters = ParseQuery(query);
        var warnings = new List<string>();

        string? labelIssuer = null;
        string? account = label.Length > 0 ? label.Trim() : null;
        int colon = label.IndexOf(':');
        if (colon >= 0)
        {
            labelIssuer = label[..colon].Trim();
            account = label[(colon + 1)..].Trim();
            labelIssuer = labelIssuer.Length > 0 ? labelIssuer : null;
            account = account.Length > 0 ? account : null;
        }

        string? issuer = labelIssuer;
        if (parameters.TryGetValue("issuer", out string? issuerParameter) && issuerParameter.Trim().Length > 0)
        {
            issuer = issuerParameter.Trim();
            if (labelIssuer is not null && !string.Equals(labelIssuer, issuer, StringComparison.Ordinal))
            {
                warnings.Add($"the label says issuer '{Printable(labelIssuer)}' but issuer= says '{Printable(issuer)}'; using issuer=");
            }
        }

        if (parameters.TryGetValue("algorithm", out string? algorithm) && !string.Equals(algorithm, "SHA1", StringComparison.OrdinalIgnoreCase))
        {
            throw new SecretFormatException($"algorithm={Printable(algorithm)} is not supported: the token computes HMAC-SHA1 codes only (AWS uses SHA1)");
        }

        bool digitsGiven = parameters.TryGetValue("digits", out string? digitsText);
        int digits = digitsGiven ? ParseChoice(digitsText!, "digits", [6, 8], "the token shows 6 or 8 digits (AWS uses 6)") : 6;
        bool periodGiven = parameters.TryGetValue("period", out string? periodText);
        int period = periodGiven ? ParseChoice(periodText!, "period", [30, 60], "the token supports a 30 or 60 second period (AWS uses 30)") : 30;

        if (!parameters.TryGetValue("secret", out string? secretText))
        {
            throw new SecretFormatException("the otpauth URI has no secret= parameter");
        }

        if (secretText.Trim().Length == 0)
        {
            throw new SecretFormatException("the secret= parameter of the otpauth URI is empty");
        }

        (byte[] key, int length) = DecodeBase32(secretText, "invalid secret= parameter: ", warnings);
        return new OtpSecret(key, length, digits, period, digitsGiven, periodGiven, issuer, account, warnings);
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=');
            string name = Decode(equals >= 0 ? pair[..equals] : pair, plusIsSpace: false).ToLowerInvariant();
            // '+' means a space in form-encoded values (issuer=Acme+Co); base32 has no '+', so the secret is unaffected.
            string value = equals >= 0 ? Decode(pair[(equals + 1)..], plusIsSpace: name == "issuer") : string.Empty;
            if (!parameters.TryAdd(name, value))
            {
                throw new SecretFormatException($"the otpauth URI has {Printable(name)}= twice");
            }
        }

        return parameters;
    }

    private static int ParseChoice(string text, string name, int[] allowed, string why)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            throw new SecretFormatException($"{name}={Printable(text)} in the otpauth URI is not a number; {why}");
        }

        if (Array.IndexOf(allowed, value) < 0)
        {
            throw new SecretFormatException($"{name}={value} is not supported: {why}");
        }

        return value;
    }

    private static (byte[] Key, int Length) DecodeBase32(string text, string prefix, List<string> warnings)
    {
        var key = new byte[MaxSecretBytes];
        if (!Base32.TryDecode(text, key, out int length, out Base32Error error))
        {
            string message = error.Kind == Base32ErrorKind.TooLong
                ? $"the secret is longer than {MaxSecretBytes} bytes, the most the token stores (AWS secrets are 40 bytes, 64 base32 characters)"
                : error.Message;
            throw new SecretFormatException(prefix + message);
        }

        if (length < RecommendedMinimumBytes)
        {
            warnings.Add($"the secret is only {length} bytes; RFC 4226 asks for at least {RecommendedMinimumBytes} (AWS uses 40)");
        }

        return (key, length);
    }

    /// <summary>Percent-decoding (UTF-8); malformed escapes are kept literally.</summary>
    private static string Decode(string text, bool plusIsSpace) =>
        Uri.UnescapeDataString(plusIsSpace ? text.Replace('+', ' ') : text);

    /// <summary>Label and parameter text for messages: control characters removed, length capped.</summary>
    private static string Printable(string text)
    {
        var chars = new List<char>(Math.Min(text.Length, 40));
        foreach (char c in text)
        {
            if (chars.Count == 40)
            {
                return new string(chars.ToArray()) + "...";
            }

            if (!char.IsControl(c))
            {
                chars.Add(c);
            }
        }

        return new string(chars.ToArray());
    }
}
