using HardwareToken.Core.Protocol;
using HardwareToken.Transport;

namespace HardwareToken.Protocol;

/// <summary>
/// Reads response frames from a channel with the core <see cref="FrameDecoder"/>, against deadlines taken
/// from a <see cref="TimeProvider"/>. Keeps bytes that arrive after a frame for the next read.
/// </summary>
internal sealed class FrameReceiver
{
    /// <summary>Give up early after this many bytes without a valid frame (docs/protocol.md §8).</summary>
    public const int GiveUpAfterBytes = 4 * FrameFormat.MaxFrameLength;

    private readonly ISerialChannel _channel;
    private readonly TimeProvider _time;
    private readonly long _epoch;
    private readonly FrameDecoder _decoder = new();
    private readonly byte[] _buffer = new byte[256];
    private int _start;
    private int _count;

    public FrameReceiver(ISerialChannel channel, TimeProvider time)
    {
        _channel = channel;
        _time = time;
        _epoch = time.GetTimestamp();
    }

    /// <summary>Drops everything received so far, including what the channel already holds.</summary>
    public void DiscardInput()
    {
        _start = 0;
        _count = 0;
        _decoder.Reset();
        for (int i = 0; i < 64 && Read(_buffer, TimeSpan.Zero) > 0; i++)
        {
        }
    }

    /// <summary>Reads and drops bytes until the line has been silent for <paramref name="quiet"/>.</summary>
    /// <exception cref="ProtocolException">The line kept talking for longer than <paramref name="limit"/>.</exception>
    public void WaitForQuiet(TimeSpan quiet, TimeSpan limit)
    {
        long start = _time.GetTimestamp();
        long lastByte = start;
        while (true)
        {
            TimeSpan silent = _time.GetElapsedTime(lastByte);
            if (silent >= quiet)
            {
                break;
            }

            if (_time.GetElapsedTime(start) > limit)
            {
                throw new ProtocolException($"the line never went quiet for {quiet.TotalMilliseconds:0} ms within {limit.TotalSeconds:0.#} s: not a token, or a noisy line");
            }

            if (Read(_buffer, quiet - silent) > 0)
            {
                lastByte = _time.GetTimestamp();
            }
        }

        _start = 0;
        _count = 0;
        _decoder.Reset();
    }

    /// <summary>The next complete, CRC-correct frame of this protocol version.</summary>
    /// <exception cref="TokenTimeoutException">Nothing at all arrived within <paramref name="timeout"/>.</exception>
    /// <exception cref="ProtocolException">Bytes arrived but no valid frame, or a frame with a bad CRC, length or version.</exception>
    public ResponseFrame Receive(TimeSpan timeout)
    {
        long start = _time.GetTimestamp();
        int bytesSeen = 0;
        while (true)
        {
            if (_count == 0)
            {
                TimeSpan remaining = timeout - _time.GetElapsedTime(start);
                if (remaining <= TimeSpan.Zero)
                {
                    throw bytesSeen == 0
                        ? new TokenTimeoutException($"no response within {timeout.TotalSeconds:0.###} s: no token on this port, or it is asleep", timeout)
                        : new ProtocolException($"received {bytesSeen} bytes within {timeout.TotalSeconds:0.###} s, none of them a valid response: not a token, or the wrong baud rate");
                }

                _start = 0;
                _count = Read(_buffer, remaining);
                continue;
            }

            byte value = _buffer[_start++];
            _count--;
            bytesSeen++;
            FeedResult result = _decoder.Feed(value, NowMilliseconds());
            if (result == FeedResult.FrameReady)
            {
                byte[] payload = _decoder.Payload.AsSpan(0, _decoder.PayloadLength).ToArray();
                _decoder.WipePayload();
                return new ResponseFrame(_decoder.RawOpcode, _decoder.Sequence, payload);
            }

            if (result == FeedResult.Error)
            {
                switch (_decoder.Error)
                {
                    case FrameError.BadCrc:
                        throw new ProtocolException("a response failed its CRC check: line noise, or not a token");
                    case FrameError.TooLong:
                        throw new ProtocolException($"a response declared a payload over {FrameFormat.MaxPayload} bytes");
                    case FrameError.UnsupportedVersion:
                        throw new ProtocolException($"the device answers in protocol version {_decoder.Version}; this tool speaks {FrameFormat.Version}");
                }

                // Garbage and partial-frame timeouts are tolerated until the deadline or the byte budget.
            }

            if (bytesSeen > GiveUpAfterBytes)
            {
                throw new ProtocolException($"received {bytesSeen} bytes without a valid response: not a token, or the wrong baud rate");
            }
        }
    }

    private int Read(byte[] buffer, TimeSpan timeout)
    {
        int read = _channel.Read(buffer, timeout);
        if (read < 0 || read > buffer.Length)
        {
            throw new InvalidOperationException($"channel returned {read} for a buffer of {buffer.Length}");
        }

        return read;
    }

    private long NowMilliseconds() => (long)_time.GetElapsedTime(_epoch).TotalMilliseconds;
}
