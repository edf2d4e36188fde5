using System;
using System.Globalization;
using System.Linq;
using System.Text;
using HardwareToken.Core.Protocol;

namespace HardwareToken.Cli.Provisioning;

/// <summary>
/// Account labels: 1 to 12 printable ASCII characters (space to ~), as the token's screen can show them.
/// A --label must already follow the rule; a label made from an otpauth URI is normalised to it.
/// </summary>
internal static class LabelRules
{
    /// <summary>The longest label (12).</summary>
    public const int MaxLength = ProtocolLimits.MaxLabelLength;

    /// <summary>The label when neither --label nor an otpauth URI gives one.</summary>
    public const string Default = "AWS root";

    /// <summary>Why <paramref name="label"/> cannot be used, or null when it can. The message does not repeat the label.</summary>
    public static string? Problem(string label)
    {
        if (label.Length == 0)
        {
            return "--label is empty; give 1 to 12 characters";
        }

        for (int i = 0; i < label.Length; i++)
        {
            if (!ProtocolLimits.IsPrintableAscii(label[i]))
            {
                return $"--label must be printable ASCII (letters, digits, space and punctuation): the character at position {i + 1} is not";
            }
        }

        if (label.Length > MaxLength)
        {
            return $"--label is {label.Length} characters; the token shows at most {MaxLength}";
        }

        return null;
    }

    /// <summary>
    /// A label made from an otpauth URI's issuer and account: accents dropped, other non-ASCII removed,
    /// a long multi-word issuer shortened to its initials (Amazon Web Services → AWS), cut to 12 characters.
    /// Null when the URI named neither.
    /// </summary>
    public static string? FromUri(string? issuer, string? account)
    {
        string issuerPart = Normalise(issuer);
        string[] words = issuerPart.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (issuerPart.Length > 8 && words.Length >= 2)
        {
            issuerPart = new string(words.Select(w => char.ToUpperInvariant(w[0])).ToArray());
        }

        string accountPart = Normalise(account);
        string label = (issuerPart + " " + accountPart).Trim();
        if (label.Length == 0)
        {
            return null;
        }

        return label.Length <= MaxLength ? label : label[..MaxLength].TrimEnd();
    }

    /// <summary>Printable ASCII only: accents removed, other whitespace as one space, anything else dropped.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            char mapped = char.IsWhiteSpace(c) ? ' ' : c;
            if (CharUnicodeInfo.GetUnicodeCategory(mapped) == UnicodeCategory.NonSpacingMark || !ProtocolLimits.IsPrintableAscii(mapped))
            {
                continue;
            }

            if (mapped == ' ' && (result.Length == 0 || result[^1] == ' '))
            {
                continue;
            }

            result.Append(mapped);
        }

        return result.ToString().Trim();
    }
}
