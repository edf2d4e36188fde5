namespace HardwareToken.Protocol.Tests;

/// <summary>A fake token, its manual clock and a session over it.</summary>
internal sealed class Rig
{
    public Rig(TokenSessionOptions? options = null)
    {
        Time = new ManualTimeProvider();
        Token = new FakeToken(Time);
        Options = (options ?? new TokenSessionOptions()) with { TimeProvider = Time };
        Session = new TokenSession(Token, Options);
    }

    public ManualTimeProvider Time { get; }

    public FakeToken Token { get; }

    public TokenSessionOptions Options { get; }

    public TokenSession Session { get; }

    /// <summary>The 20-byte RFC 6238 SHA-1 test secret.</summary>
    public static byte[] RfcSecret => "12345678901234567890"u8.ToArray();

    /// <summary>A 40-byte secret, the size an AWS base32 seed decodes to.</summary>
    public static byte[] AwsSizedSecret => Enumerable.Range(0, 40).Select(i => (byte)(i * 7 + 3)).ToArray();

    /// <summary>Runs <paramref name="action"/> and returns how much manual time it took.</summary>
    public TimeSpan Elapsed(Action action)
    {
        long start = Time.GetTimestamp();
        action();
        return Time.GetElapsedTime(start);
    }
}
