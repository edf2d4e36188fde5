using System;
using HardwareToken.Core.Protocol;
using HardwareToken.Protocol;
using HardwareToken.Transport;

namespace HardwareToken.Cli.Device;

/// <summary>
/// An open port with a protocol session on it, after a successful Info probe. The probe tells a token from
/// anything else and copes with a sleeping token. In its warm window (light sleep, for minutes after the display
/// turns off) the serial line wakes the token but the bytes that woke it are lost: the probe is simply sent again,
/// without asking for anything. In deep sleep it drops serial bytes, so when the second probe gets no answer
/// either, the user is asked to press the button to wake it, and the probe is sent once more after a short
/// countdown.
/// </summary>
internal sealed class TokenConnection : IDisposable
{
    /// <summary>How long to wait after asking for the wake-up press (the ESP32 restarts when woken).</summary>
    public static readonly TimeSpan WakeWait = TimeSpan.FromSeconds(5);

    /// <summary>The words of the wake-up hint (tests and scripts wait for them).</summary>
    public const string WakeWords = "press the token's button once to wake it";

    private readonly ISerialChannel channel;

    private TokenConnection(string port, ISerialChannel channel, TokenSession session, TokenInfo info)
    {
        Port = port;
        this.channel = channel;
        Session = session;
        Info = info;
    }

    /// <summary>The port path.</summary>
    public string Port { get; }

    /// <summary>The session; one request at a time.</summary>
    public TokenSession Session { get; }

    /// <summary>What the probe returned.</summary>
    public TokenInfo Info { get; }

    /// <summary>Opens <paramref name="port"/> and probes it.</summary>
    /// <exception cref="CliFailure">Exit 4: the device does not answer like a token.</exception>
    /// <exception cref="SerialPortException">The port cannot be opened.</exception>
    /// <exception cref="TokenStatusException">The token answered the probe with a refusal (Busy).</exception>
    public static TokenConnection Open(CliEnvironment env, string port)
    {
        ISerialChannel channel = env.OpenPort(port);
        try
        {
            var session = new TokenSession(channel, env.SessionOptions);
            TokenInfo info = Probe(env, session, port);
            if (info.ProtocolVersion != FrameFormat.Version)
            {
                env.Error.WriteLine($"warning: the token reports protocol version {info.ProtocolVersion}; this hwtoken speaks {FrameFormat.Version}");
            }

            return new TokenConnection(port, channel, session, info);
        }
        catch
        {
            channel.Dispose();
            throw;
        }
    }

    /// <summary>Info again (after a change), without the wake-up retry.</summary>
    public TokenInfo Refresh() => Session.Info();

    /// <summary>Closes the port.</summary>
    public void Dispose() => channel.Dispose();

    /// <summary>Info, sent twice if need be: the first request may be the one that woke a light-sleeping token.</summary>
    private static TokenInfo InfoWithLightSleepRetry(TokenSession session)
    {
        try
        {
            return session.Info();
        }
        catch (TokenTimeoutException)
        {
            return session.Info();
        }
    }

    private static TokenInfo Probe(CliEnvironment env, TokenSession session, string port)
    {
        try
        {
            try
            {
                return InfoWithLightSleepRetry(session);
            }
            catch (TokenTimeoutException)
            {
                env.Error.WriteLine($"no answer from {port}. If it is the token, it is asleep (display off) and ignores the serial line: {WakeWords}.");
                env.Error.Flush();
                Countdown.Until(env, env.Now() + WakeWait, left => $"asking again in {left} s ...");
                return session.Info();
            }
        }
        catch (TokenTimeoutException)
        {
            throw new CliFailure(ExitCodes.DeviceNotFound,
                $"{port} did not answer, even after the wake-up: not a token, or the token is unpowered. "
                + "Check the cable, press the token's button and run `hwtoken ports` to find its port");
        }
        catch (ProtocolException e)
        {
            throw new CliFailure(ExitCodes.DeviceNotFound,
                $"{port} is not a token, or not at 115200 baud: {e.Message}. Run `hwtoken ports` to find the token's port");
        }
    }
}
