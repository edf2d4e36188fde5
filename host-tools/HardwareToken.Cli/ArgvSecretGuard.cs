using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace HardwareToken.Cli;

/// <summary>
/// Refuses secrets typed as arguments: argv is visible to every user through ps and lands in shell history.
/// The refusal replaces the parser's own message, so a word that looks like a secret is never repeated.
/// </summary>
internal static class ArgvSecretGuard
{
    public const string Advice =
        "secrets are never taken from the command line, where other users can see them (ps) and shell history keeps them; "
        + "pipe it on stdin (… < secret.txt), type it at the hidden prompt, or use --secret-file PATH";

    /// <summary>
    /// The message to print instead of the parser's errors, or null when the command line holds no secret:
    /// checks the words no option took and, when parsing failed, every value (the parser's messages quote them).
    /// </summary>
    public static string? Refusal(ParseResult parse)
    {
        IReadOnlyList<string> stray = parse.UnmatchedTokens;
        if (stray.Any(t => t.StartsWith("--secret", StringComparison.OrdinalIgnoreCase) && !t.StartsWith("--secret-file", StringComparison.OrdinalIgnoreCase)))
        {
            return "there is no --secret option, on purpose: " + Advice;
        }

        IEnumerable<string> suspects = parse.Errors.Count > 0
            ? parse.Tokens.Where(t => t.Type == TokenType.Argument).Select(t => t.Value).Concat(stray)
            : stray;
        if (suspects.Any(LooksLikeSecret) || (stray.Count > 1 && LooksLikeSecret(string.Concat(stray))))
        {
            return "refusing a secret given as an argument: " + Advice + ". If it was a real secret, remove it from your shell history.";
        }

        return null;
    }

    /// <summary>
    /// An otpauth URI, or 16+ letters and digits (spaces, hyphens and padding allowed): base32, or a mistyped or
    /// hex secret, which is just as secret.
    /// </summary>
    internal static bool LooksLikeSecret(string token)
    {
        if (token.Contains("otpauth:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        int alphanumeric = 0;
        foreach (char c in token)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                alphanumeric++;
            }
            else if (c is not (' ' or '-' or '='))
            {
                return false;
            }
        }

        return alphanumeric >= 16;
    }
}
