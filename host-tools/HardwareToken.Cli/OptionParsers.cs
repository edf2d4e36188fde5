using System;
using System.CommandLine.Parsing;
using System.Globalization;

namespace HardwareToken.Cli;

/// <summary>Option value parsers that report a sentence of our own instead of a .NET type name.</summary>
internal static class OptionParsers
{
    /// <summary>An integer from <paramref name="allowed"/>, or null after adding <paramref name="message"/> as a parse error.</summary>
    public static int? OneOf(ArgumentResult result, int[] allowed, string message)
    {
        if (TryInteger(result, out int value) && Array.IndexOf(allowed, value) >= 0)
        {
            return value;
        }

        result.AddError(message);
        return null;
    }

    /// <summary>An integer within [min, max], or null after adding <paramref name="message"/> as a parse error.</summary>
    public static int? IntegerIn(ArgumentResult result, int min, int max, string message)
    {
        if (TryInteger(result, out int value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(message);
        return null;
    }

    private static bool TryInteger(ArgumentResult result, out int value)
    {
        value = 0;
        return result.Tokens.Count == 1
            && int.TryParse(result.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
