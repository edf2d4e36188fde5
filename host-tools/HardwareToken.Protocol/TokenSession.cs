using System.Security.Cryptography;
using HardwareToken.Core.Otp;
using HardwareToken.Core.Protocol;
using HardwareToken.Transport;

namespace HardwareToken.Protocol;

/// <summary>
/// The host side of the provisioning protocol (docs/protocol.md): one method per command, typed results,
/// typed failures. One request at a time; not thread-safe. The session does not own the channel.
/// </summary>
/// <remarks>
/// Failures: <see cref="TokenStatusException"/> when the token refuses (including NotConfirmed and
/// ConfirmTimeout), <see cref="TokenTimeoutException"/> when nothing comes back, <see cref="ProtocolException"/>
/// when what comes back is not a valid response, and <see cref="ArgumentException"/> (or its subclass
/// <see cref="ArgumentOutOfRangeException"/>) before anything is sent when an argument breaks the protocol's
/// field rules. After any failure other than a token status (a timeout, a protocol failure, an exception
/// thrown by a callback while the token waits for its button) the next command
/// first waits for a quiet line (<see cref="TokenSessionOptions.QuietPeriod"/>), so the token's decoder and
/// this one start clean. Secrets passed in are copied into buffers that are wiped after sending.
/// <para>The channel is Transport's <see cref="ISerialChannel"/>: a <see cref="SerialPort"/>, the emulator's
/// pseudo-terminal, or a fake. The session relies on its read contract: <c>Read</c> returns 0 when the timeout
/// passes with nothing received (a silent peer is not an error) and returns at once for
/// <see cref="TimeSpan.Zero"/>; <c>Write</c> sends every byte. Failures of the channel itself (a
/// <see cref="SerialPortException"/> when the device vanishes) pass through unchanged.</para>
/// </remarks>
public sealed class TokenSession
{
    private readonly ISerialChannel _channel;
    private readonly TokenSessionOptions _options;
    private readonly FrameReceiver _receiver;
    private int _nextSequence = 1;
    private bool _resyncNeeded;

    /// <summary>Creates a session over <paramref name="channel"/>; nothing is sent until the first command.</summary>
    public TokenSession(ISerialChannel channel, TokenSessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _channel = channel;
        _options = options ?? new TokenSessionOptions();
        _receiver = new FrameReceiver(channel, _options.TimeProvider);
    }

    /// <summary>The sequence number the next request will carry (0..255, wrapping).</summary>
    public int NextSequence => _nextSequence;

    /// <summary>Firmware, slot usage, clock and drift. Also the probe that tells a token from anything else.</summary>
    public TokenInfo Info()
    {
        ResponseFrame response = Exchange(Opcode.Info, [], null);
        var body = new BodyReader(response.Body, "Info");
        int protocolVersion = body.U8();
        int slotCount = body.U8();
        int slotsUsed = body.U8();
        bool clockSet = (body.U8() & 1) != 0;
        long deviceUtc = body.I64();
        long lastSync = body.I64();
        int drift = body.I32();
        uint syncCount = body.U32();
        string firmware = body.Text();
        body.End();
        return new TokenInfo(firmware, protocolVersion, slotCount, slotsUsed, clockSet ? deviceUtc : null, lastSync == 0 ? null : lastSync, drift, syncCount);
    }

    /// <summary>Every used slot in ascending order: label, digits, period and key fingerprint (never the key).</summary>
    public IReadOnlyList<SlotInfo> ListSlots()
    {
        ResponseFrame response = Exchange(Opcode.ListSlots, [], null);
        var body = new BodyReader(response.Body, "ListSlots");
        int count = body.U8();
        if (count > ProtocolLimits.SlotCount)
        {
            throw new ProtocolException($"ListSlots: {count} slots, the protocol has {ProtocolLimits.SlotCount}");
        }

        var slots = new List<SlotInfo>(count);
        for (int i = 0; i < count; i++)
        {
            int index = body.U8();
            int digits = body.U8();
            int period = body.U8();
            uint fingerprint = body.U32();
            string label = body.Text();
            slots.Add(new SlotInfo(index, label, digits, period, fingerprint));
        }

        body.End();
        return slots;
    }

    /// <summary>
    /// Writes an account into <paramref name="slot"/> after the user confirms on the token. Returns when the
    /// token has stored it; throws <see cref="TokenStatusException"/> with NotConfirmed or ConfirmTimeout otherwise.
    /// </summary>
    /// <param name="slot">0..7; a used slot is replaced.</param>
    /// <param name="label">1..12 printable ASCII characters.</param>
    /// <param name="secret">1..64 key bytes (an AWS secret is 40).</param>
    /// <param name="digits">6 or 8.</param>
    /// <param name="period">30 or 60 seconds.</param>
    /// <param name="onAwaitingButton">Called with the seconds the token will wait, when it shows its confirmation screen.</param>
    /// <exception cref="ArgumentException">An argument breaks the field rules; nothing was sent.</exception>
    public void PutSecret(int slot, string label, ReadOnlySpan<byte> secret, int digits, int period, Action<int>? onAwaitingButton = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (label.Length > ProtocolLimits.MaxLabelLength)
        {
            throw new ArgumentException(StatusText.DescribeDetail(StatusDetail.LabelTooLong), nameof(label));
        }

        if (secret.Length > ProtocolLimits.MaxSecretLength)
        {
            throw new ArgumentException(StatusText.DescribeDetail(StatusDetail.SecretTooLong), nameof(secret));
        }

        if (slot is < 0 or > 0xFF)
        {
            throw new ArgumentException(StatusText.DescribeDetail(StatusDetail.SlotOutOfRange), nameof(slot));
        }

        byte[] payload = RequestEncoder.PutSecretPayload(slot, label, secret, digits is >= 0 and <= 0xFF ? digits : 0, period is >= 0 and <= 0xFF ? period : 0);
        try
        {
            CheckPutSecret(payload);
            Exchange(Opcode.PutSecret, payload, body => onAwaitingButton?.Invoke(ReadAwaitingSeconds(body)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(payload);
        }
    }

    /// <summary>Erases <paramref name="slot"/> after the user confirms. An empty slot gets BadArgument/SlotEmpty.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slot"/> is not 0..7; nothing was sent.</exception>
    public void DeleteSlot(int slot, Action<int>? onAwaitingButton = null)
    {
        CheckSlot(slot);
        Exchange(Opcode.DeleteSlot, RequestEncoder.SlotPayload(slot), body => onAwaitingButton?.Invoke(ReadAwaitingSeconds(body)));
    }

    /// <summary>Erases every slot after the user confirms.</summary>
    public void WipeAll(Action<int>? onAwaitingButton = null)
    {
        Exchange(Opcode.WipeAll, [], body => onAwaitingButton?.Invoke(ReadAwaitingSeconds(body)));
    }

    /// <summary>
    /// Sets the token's clock after the user confirms. <paramref name="onAwaiting"/> gets the token's clock as
    /// it stands, so the caller can show the jump. Send a value taken just after a whole second ticks over.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [2000-01-01, 2100-01-01); nothing was sent.</exception>
    public void SetTime(long unixSeconds, Action<SetTimePending>? onAwaiting = null)
    {
        byte[] payload = RequestEncoder.SetTimePayload(unixSeconds);
        if (RequestReader.TryReadSetTime(payload, payload.Length, out _, out byte detail) != Status.Ok)
        {
            throw new ArgumentOutOfRangeException(nameof(unixSeconds), unixSeconds, StatusText.DescribeDetail(detail));
        }

        Exchange(Opcode.SetTime, payload, body =>
        {
            var reader = new BodyReader(body, "SetTime AwaitingButton");
            int seconds = reader.U8();
            bool clockSet = (reader.U8() & 1) != 0;
            long deviceUtc = reader.I64();
            reader.End();
            onAwaiting?.Invoke(new SetTimePending(seconds, clockSet ? deviceUtc : null));
        });
    }

    /// <summary>
    /// The code the token shows now for <paramref name="slot"/>. Allowed only for the slot just written, within
    /// 60 s of its confirmed PutSecret; otherwise <see cref="TokenStatusException"/> with NotAllowed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slot"/> is not 0..7; nothing was sent.</exception>
    public VerifyResult Verify(int slot)
    {
        CheckSlot(slot);
        ResponseFrame response = Exchange(Opcode.Verify, RequestEncoder.SlotPayload(slot), null);
        var body = new BodyReader(response.Body, "Verify");
        int echoedSlot = body.U8();
        int digits = body.U8();
        uint code = body.U32();
        long deviceUtc = body.I64();
        int secondsLeft = body.U8();
        body.End();
        if (echoedSlot != slot)
        {
            throw new ProtocolException($"Verify: asked for slot {slot}, the token answered for slot {echoedSlot}");
        }

        if (!ProtocolLimits.IsSupportedDigits(digits) || code >= (digits == 6 ? 1_000_000u : 100_000_000u))
        {
            throw new ProtocolException($"Verify: code {code} does not fit {digits} digits");
        }

        return new VerifyResult(slot, OtpFormat.Format((int)code, digits), digits, deviceUtc, secondsLeft);
    }

    private static void CheckPutSecret(byte[] payload)
    {
        // The same rules, in the same order, as the token: run the core reader on a copy (it wipes its input).
        byte[] copy = (byte[])payload.Clone();
        char[] label = new char[ProtocolLimits.MaxLabelLength];
        byte[] secret = new byte[ProtocolLimits.MaxSecretLength];
        try
        {
            Status status = RequestReader.TryReadPutSecret(copy, copy.Length, out _, out _, out _, label, out _, secret, out _, out byte detail);
            if (status != Status.Ok)
            {
                throw new ArgumentException(StatusText.DescribeDetail(detail), ParameterFor(detail));
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(copy);
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    private static string ParameterFor(byte detail) => detail switch
    {
        StatusDetail.SlotOutOfRange => "slot",
        StatusDetail.LabelEmpty or StatusDetail.LabelTooLong or StatusDetail.LabelNotPrintableAscii => "label",
        StatusDetail.SecretEmpty or StatusDetail.SecretTooLong => "secret",
        StatusDetail.DigitsUnsupported => "digits",
        StatusDetail.PeriodUnsupported => "period",
        _ => "payload",
    };

    private static void CheckSlot(int slot)
    {
        if (slot is < 0 or >= ProtocolLimits.SlotCount)
        {
            throw new ArgumentOutOfRangeException(nameof(slot), slot, StatusText.DescribeDetail(StatusDetail.SlotOutOfRange));
        }
    }

    private static int ReadAwaitingSeconds(byte[] body)
    {
        var reader = new BodyReader(body, "AwaitingButton");
        int seconds = reader.U8();
        reader.End();
        return seconds;
    }

    private static bool IsConfirmed(Opcode opcode) =>
        opcode is Opcode.PutSecret or Opcode.DeleteSlot or Opcode.WipeAll or Opcode.SetTime;

    /// <summary>
    /// Sends one request and returns its final Ok response. For a confirmed command, <paramref name="onAwaiting"/>
    /// gets the AwaitingButton body before the session waits for the final response.
    /// </summary>
    private ResponseFrame Exchange(Opcode opcode, byte[] payload, Action<byte[]>? onAwaiting)
    {
        try
        {
            PrepareLine();
            int sequence = _nextSequence;
            _nextSequence = (_nextSequence + 1) & 0xFF;
            byte[] frame = RequestEncoder.Encode(opcode, sequence, payload);
            try
            {
                _channel.Write(frame);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(frame);
            }

            ResponseFrame response = Expect(opcode, sequence, _options.ResponseTimeout);
            if (response.Status == Status.AwaitingButton)
            {
                if (!IsConfirmed(opcode))
                {
                    throw new ProtocolException($"{opcode}: AwaitingButton for a command that needs no confirmation");
                }

                byte[] body = response.Body.ToArray();
                int seconds = body.Length > 0 ? body[0] : 0;
                onAwaiting?.Invoke(body);
                TimeSpan wait = TimeSpan.FromSeconds(seconds) + _options.ConfirmGrace;
                if (wait < _options.ConfirmTimeout)
                {
                    wait = _options.ConfirmTimeout;
                }

                response = Expect(opcode, sequence, wait);
                if (response.Status == Status.AwaitingButton)
                {
                    throw new ProtocolException($"{opcode}: a second AwaitingButton instead of the final response");
                }
            }
            else if (response.Status == Status.Ok && IsConfirmed(opcode))
            {
                throw new ProtocolException($"{opcode}: the device reported Ok without asking for confirmation on the token");
            }

            if (response.Status != Status.Ok)
            {
                if (response.Payload.Length != 2)
                {
                    throw new ProtocolException($"{opcode}: a {response.Status} response of {response.Payload.Length} bytes, expected 2");
                }

                throw new TokenStatusException(response.Status, response.Detail, opcode);
            }

            return response;
        }
        catch (Exception e) when (e is not TokenStatusException)
        {
            // The token may still send something for this exchange (a late or final response): start the
            // next one from a quiet line.
            _resyncNeeded = true;
            throw;
        }
    }

    private void PrepareLine()
    {
        if (_resyncNeeded)
        {
            _receiver.WaitForQuiet(_options.QuietPeriod, _options.QuietLimit);
            _resyncNeeded = false;
        }
        else
        {
            _receiver.DiscardInput();
        }
    }

    private ResponseFrame Expect(Opcode opcode, int sequence, TimeSpan timeout)
    {
        ResponseFrame response = _receiver.Receive(timeout);
        if (response.RawOpcode == (int)opcode && response.Sequence == sequence)
        {
            throw new ProtocolException("the request came back unchanged: the port echoes (a loopback or a terminal), it is not a token");
        }

        if (response.RawOpcode != ((int)opcode | FrameFormat.ResponseFlag))
        {
            throw new ProtocolException($"{opcode}: a response with opcode byte 0x{response.RawOpcode:x2}, expected 0x{(int)opcode | FrameFormat.ResponseFlag:x2}");
        }

        if (response.Sequence != sequence)
        {
            throw new ProtocolException($"{opcode}: a response with sequence {response.Sequence}, expected {sequence}");
        }

        if (response.Payload.Length < 2)
        {
            throw new ProtocolException($"{opcode}: a response of {response.Payload.Length} bytes has no status");
        }

        return response;
    }
}
