using System;
using System.IO;
using System.Linq;
using HardwareToken.Cli.Secrets;

namespace HardwareToken.Cli.Provisioning;

/// <summary>
/// --qr IMAGE: decodes a QR code with zbarimg (package zbar-tools) and accepts only an otpauth://totp URI from
/// it, the way the AWS console's "Show QR code" encodes the secret. What the code holds is never printed.
/// </summary>
internal static class QrSecret
{
    /// <summary>The decoder program.</summary>
    public const string Program = "zbarimg";

    /// <summary>zbarimg's exit code when the image holds no barcode.</summary>
    private const int NoSymbolFound = 4;

    /// <summary>Decodes <paramref name="image"/> and parses the URI in it.</summary>
    /// <exception cref="SecretInputException">No image, no zbarimg, no code, or not one otpauth://totp URI.</exception>
    /// <exception cref="SecretFormatException">The URI is malformed or unsupported.</exception>
    public static OtpSecret Read(CliEnvironment env, FileInfo image)
    {
        if (!image.Exists)
        {
            throw new SecretInputException($"cannot read the QR image {image.FullName}: it does not exist");
        }

        ToolResult result = env.RunTool(Program, ["--raw", "-q", image.FullName])
            ?? throw new SecretInputException(
                $"--qr needs {Program}, which is not installed: install the zbar-tools package (sudo apt install zbar-tools; macOS: brew install zbar), "
                + "or paste the secret instead (\"Show secret key\" in the AWS console)");
        if (result.ExitCode == NoSymbolFound)
        {
            throw new SecretInputException($"no QR code found in {image.FullName}; take a sharper screenshot of the QR code alone, or paste the secret instead");
        }

        if (result.ExitCode != 0)
        {
            throw new SecretInputException($"{Program} could not read {image.FullName} (exit code {result.ExitCode}); is it a PNG or JPEG image?");
        }

        string[] codes = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray();
        string[] uris = codes.Where(c => c.StartsWith("otpauth://", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (uris.Length == 0)
        {
            throw new SecretInputException($"the QR code in {image.FullName} is not an otpauth:// URI, so it holds no TOTP secret for the token");
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
