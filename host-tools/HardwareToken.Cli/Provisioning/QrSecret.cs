using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HardwareToken.Cli.Secrets;

namespace HardwareToken.Cli.Provisioning;

/// <summary>
/// --qr IMAGE: finds the QR codes in the image in-process (<see cref="QrImageDecoder"/>, no external program) and
/// accepts only one otpauth://totp URI among them, the way the AWS console's "Show QR code" encodes the secret.
/// What the code holds is never printed.
/// </summary>
internal static class QrSecret
{
    /// <summary>Decodes <paramref name="image"/> and parses the URI in it.</summary>
    /// <exception cref="SecretInputException">No image, not an image, no code, or not one otpauth://totp URI.</exception>
    /// <exception cref="SecretFormatException">The URI is malformed or unsupported.</exception>
    public static OtpSecret Read(CliEnvironment env, FileInfo image)
    {
        if (!image.Exists)
        {
            throw new SecretInputException($"cannot read the QR image {image.FullName}: it does not exist");
        }

        IReadOnlyList<string> codes = env.DecodeQr(image.FullName);
        if (codes.Count == 0)
        {
            throw new SecretInputException($"no QR code found in {image.FullName}; take a sharper screenshot of the QR code alone, or paste the secret instead");
        }

        string[] uris = codes.Select(c => c.Trim()).Where(c => c.StartsWith("otpauth://", StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal).ToArray();
        if (uris.Length == 0)
        {
            throw new SecretInputException(codes.Count == 1
                ? $"the QR code in {image.FullName} is not an otpauth:// URI, so it holds no TOTP secret for the token"
                : $"none of the {codes.Count} QR codes in {image.FullName} is an otpauth:// URI, so they hold no TOTP secret for the token");
        }

        if (uris.Length > 1)
        {
            throw new SecretInputException($"{image.FullName} holds {uris.Length} different otpauth QR codes; crop the image to the one to use");
        }

        if (!uris[0].StartsWith("otpauth://totp/", StringComparison.OrdinalIgnoreCase))
        {
            // Let the parser say what it is (HOTP, or malformed): its messages never repeat the secret.
            SecretParser.Parse(uris[0]).Dispose();
            throw new SecretInputException("the QR code holds an otpauth URI that is not otpauth://totp/");
        }

        return SecretParser.Parse(uris[0]);
    }
}
