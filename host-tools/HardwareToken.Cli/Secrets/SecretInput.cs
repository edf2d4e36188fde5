using System;
using System.IO;
using System.Text;

namespace HardwareToken.Cli.Secrets;

/// <summary>
/// Gets the secret from where it may come: a file named by --secret-file, or standard input (a hidden prompt
/// when it is a keyboard, everything piped in otherwise). Never from the command line.
/// </summary>
public static class SecretInput
{
    /// <summary>More than this is not a secret (a 64-byte key is 103 base32 characters; URIs are longer but not this long).</summary>
    public const int MaxChars = 16 * 1024;

    /// <summary>Reads and parses the secret; warnings (such as a readable file) go to standard error.</summary>
    /// <exception cref="SecretInputException">Nothing could be read.</exception>
    /// <exception cref="SecretFormatException">What was read is not a usable secret.</exception>
    public static OtpSecret Read(CliEnvironment env, FileInfo? secretFile)
    {
        char[] text = secretFile is not null ? ReadFile(env, secretFile) : env.InputIsTerminal ? Prompt(env) : ReadPiped(env);
        try
        {
            string value = new string(text);
            if (value.AsSpan().Trim().Length == 0)
            {
                throw new SecretInputException(secretFile is not null
                    ? $"{secretFile.FullName} is empty; put the base32 secret or otpauth:// URI in it"
                    : env.InputIsTerminal
                        ? "no secret typed"
                        : "no secret on stdin: pipe it in (… < secret.txt) or use --secret-file PATH");
            }

            return SecretParser.Parse(value);
        }
        finally
        {
            Array.Clear(text);
        }
    }

    private static char[] ReadFile(CliEnvironment env, FileInfo file)
    {
        byte[] bytes;
        try
        {
            if (!file.Exists)
            {
                throw new SecretInputException($"cannot read the secret file {file.FullName}: it does not exist");
            }

            if (file.Length > MaxChars)
            {
                throw new SecretInputException($"{file.FullName} is {file.Length} bytes; a secret file holds one base32 secret or otpauth:// URI");
            }

            WarnIfOthersCanRead(env, file);
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SecretInputException($"cannot read the secret file {file.FullName}: {e.Message}", e);
        }

        try
        {
            var chars = new char[Encoding.UTF8.GetCharCount(bytes)];
            Encoding.UTF8.GetChars(bytes, chars);
            return chars;
        }
        finally
        {
            Array.Clear(bytes);
        }
    }

    private static void WarnIfOthersCanRead(CliEnvironment env, FileInfo file)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        UnixFileMode mode = File.GetUnixFileMode(file.FullName);
        const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
        if ((mode & others) != 0)
        {
            env.Error.WriteLine($"warning: {file.FullName} can be read or written by other users (mode {Convert.ToString((int)mode, 8).PadLeft(4, '0')}); run chmod 600 on it");
        }
    }

    private static char[] ReadPiped(CliEnvironment env)
    {
        var buffer = new char[MaxChars + 1];
        int length = 0;
        int n;
        while (length < buffer.Length && (n = env.In.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += n;
        }

        if (length > MaxChars)
        {
            Array.Clear(buffer);
            throw new SecretInputException($"stdin holds more than {MaxChars} characters; pipe in only the base32 secret or otpauth:// URI");
        }

        char[] text = buffer.AsSpan(0, length).ToArray();
        Array.Clear(buffer);
        return text;
    }

    private static char[] Prompt(CliEnvironment env)
    {
        env.Error.Write("Secret (base32 or otpauth:// URI; typing is hidden): ");
        env.Error.Flush();
        var buffer = new char[MaxChars];
        int length = 0;
        try
        {
            while (true)
            {
                ConsoleKeyInfo key = env.ReadHiddenKey();
                // Enter ends the secret; so does Ctrl+D (end of input), as in a shell.
                if (key.Key == ConsoleKey.Enter || key.KeyChar is '\n' or '\r' or '\u0004')
                {
                    break;
                }

                if (key.Key == ConsoleKey.Backspace)
                {
                    length = Math.Max(0, length - 1);
                    buffer[length] = '\0';
                    continue;
                }

                if (!char.IsControl(key.KeyChar) && length < buffer.Length)
                {
                    buffer[length++] = key.KeyChar;
                }
            }
        }
        finally
        {
            env.Error.WriteLine();
        }

        char[] text = buffer.AsSpan(0, length).ToArray();
        Array.Clear(buffer);
        return text;
    }
}
