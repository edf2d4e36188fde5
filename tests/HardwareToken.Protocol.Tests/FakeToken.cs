using HardwareToken.Core.Crypto;
using HardwareToken.Core.Otp;
using HardwareToken.Core.Protocol;
using HardwareToken.Transport;

namespace HardwareToken.Protocol.Tests;

/// <summary>
/// A scripted token on the far side of an <see cref="ISerialChannel"/>. It decodes with the core
/// <see cref="FrameDecoder"/>, validates with <see cref="RequestReader"/>, answers with
/// <see cref="ResponseWriter"/>, and follows docs/protocol.md §3 and §6.5: confirmation with a scripted button,
/// Busy while pending, the verify window. Responses are queued with the time they are due; <see cref="Read"/>
/// advances the shared manual clock instead of sleeping, so a 45-second wait takes no real time.
/// </summary>
internal sealed class FakeToken : ISerialChannel
{
    public enum ButtonAnswer { Press, Decline, Ignore }

    public enum Fault { None, Silent, Garbage, Noise, Loopback, WrongSequence, WrongOpcode, CorruptCrc, FutureVersion, SkipConfirmation, LateReply, CorruptInbound, ExtraStatusBytes }

    private sealed class Outgoing(long dueMilliseconds, long order, byte[] bytes)
    {
        public long Due { get; } = dueMilliseconds;
        public long Order { get; } = order;
        public byte[] Bytes { get; } = bytes;
        public int Offset { get; set; }
    }

    private sealed record Account(string Label, int Digits, int Period, byte[] Secret);

    private readonly FrameDecoder _decoder = new();
    private readonly ResponseWriter _writer = new();
    private readonly List<Outgoing> _outbox = [];
    private readonly Account?[] _slots = new Account?[ProtocolLimits.SlotCount];
    private long _order;
    private long _pendingUntil = long.MinValue;
    private int _verifySlot = -1;
    private long _verifyUntil;
    private long? _clockBaseUtc;
    private long _clockBaseMilliseconds;

    public FakeToken(ManualTimeProvider time)
    {
        Time = time;
    }

    public ManualTimeProvider Time { get; }

    public ButtonAnswer Button { get; set; } = ButtonAnswer.Press;

    public TimeSpan PressAfter { get; set; } = TimeSpan.FromSeconds(3);

    public Fault Faults { get; set; }

    public TimeSpan ReplyDelay { get; set; } = TimeSpan.FromSeconds(3);

    public string FirmwareVersion { get; set; } = "1.0.0";

    public long LastSyncUtc { get; set; }

    public uint SyncCount { get; set; }

    public int DriftPartsPerBillion { get; set; }

    /// <summary>Every request frame the token decoded: opcode byte and sequence.</summary>
    public List<(int Opcode, int Sequence)> Requests { get; } = [];

    /// <summary>Every raw byte the host wrote.</summary>
    public List<byte> Written { get; } = [];

    public long? DeviceUtc => _clockBaseUtc is long b ? b + ((Time.Milliseconds - _clockBaseMilliseconds) / 1000) : null;

    public void SetClock(long? unixSeconds)
    {
        _clockBaseUtc = unixSeconds;
        _clockBaseMilliseconds = Time.Milliseconds;
    }

    public void Store(int slot, string label, byte[] secret, int digits = 6, int period = 30) =>
        _slots[slot] = new Account(label, digits, period, (byte[])secret.Clone());

    public bool IsUsed(int slot) => _slots[slot] is not null;

    public string? LabelOf(int slot) => _slots[slot]?.Label;

    public byte[]? SecretOf(int slot) => _slots[slot]?.Secret;

    public void Write(ReadOnlySpan<byte> data)
    {
        Written.AddRange(data.ToArray());
        if (Faults == Fault.Loopback)
        {
            Enqueue(data.ToArray(), Time.Milliseconds);
            return;
        }

        byte[] bytes = data.ToArray();
        if (Faults == Fault.CorruptInbound)
        {
            bytes[^1] ^= 0x01;
        }

        foreach (byte b in bytes)
        {
            FeedResult result = _decoder.Feed(b, Time.Milliseconds);
            if (result == FeedResult.FrameReady)
            {
                Handle();
            }
            else if (result == FeedResult.Error)
            {
                int length = _writer.WriteFrameError(_decoder);
                if (length > 0)
                {
                    Send(length, Time.Milliseconds);
                }
            }
        }
    }

    /// <summary>Nothing to release: the fake holds no descriptor.</summary>
    public void Dispose()
    {
    }

    public int Read(Span<byte> buffer, TimeSpan timeout)
    {
        Outgoing? next = _outbox.OrderBy(o => o.Due).ThenBy(o => o.Order).FirstOrDefault();
        if (next is null)
        {
            Time.Advance(timeout);
            return 0;
        }

        long wait = next.Due - Time.Milliseconds;
        if (wait > 0)
        {
            if (TimeSpan.FromMilliseconds(wait) > timeout)
            {
                Time.Advance(timeout);
                return 0;
            }

            Time.Advance(TimeSpan.FromMilliseconds(wait));
        }

        int count = Math.Min(buffer.Length, next.Bytes.Length - next.Offset);
        next.Bytes.AsSpan(next.Offset, count).CopyTo(buffer);
        next.Offset += count;
        if (next.Offset == next.Bytes.Length)
        {
            _outbox.Remove(next);
        }

        return count;
    }

    private long Now => Time.Milliseconds;

    private void Handle()
    {
        int opcode = _decoder.RawOpcode;
        int sequence = _decoder.Sequence;
        Requests.Add((opcode, sequence));
        switch (Faults)
        {
            case Fault.Silent:
                return;
            case Fault.Garbage:
                Enqueue("ERROR: unknown command\r\n"u8.ToArray(), Now);
                return;
            case Fault.Noise:
                Enqueue(Enumerable.Range(0, 3000).Select(i => (byte)(i % 0x50)).ToArray(), Now);
                return;
            case Fault.WrongSequence:
                sequence = (sequence + 1) & 0xFF;
                break;
            case Fault.WrongOpcode:
                opcode = opcode == (int)Opcode.Info ? (int)Opcode.ListSlots : (int)Opcode.Info;
                break;
        }

        if (Now < _pendingUntil)
        {
            Send(_writer.WriteStatus(sequence, opcode, Status.Busy, StatusDetail.None), Now);
            return;
        }

        byte detail;
        switch ((Opcode)opcode)
        {
            case Opcode.Info:
                if (Reject(RequestReader.TryReadEmpty(_decoder.Payload, _decoder.PayloadLength, out detail), sequence, opcode, detail))
                {
                    return;
                }

                Send(_writer.WriteInfo(sequence, FirmwareVersion, ProtocolLimits.SlotCount, _slots.Count(s => s is not null),
                    DeviceUtc.HasValue, DeviceUtc ?? 0, LastSyncUtc, DriftPartsPerBillion, SyncCount), Now);
                return;

            case Opcode.ListSlots:
                if (Reject(RequestReader.TryReadEmpty(_decoder.Payload, _decoder.PayloadLength, out detail), sequence, opcode, detail))
                {
                    return;
                }

                _writer.BeginSlotList(sequence);
                byte[] fingerprint = new byte[4];
                for (int i = 0; i < _slots.Length; i++)
                {
                    if (_slots[i] is { } account)
                    {
                        KeyFingerprint.Compute(account.Secret, 0, account.Secret.Length, fingerprint, 0);
                        _writer.AddSlot(i, account.Label, account.Digits, account.Period, fingerprint, 0);
                    }
                }

                Send(_writer.EndSlotList(), Now);
                return;

            case Opcode.PutSecret:
            {
                char[] label = new char[ProtocolLimits.MaxLabelLength];
                byte[] secret = new byte[ProtocolLimits.MaxSecretLength];
                Status status = RequestReader.TryReadPutSecret(_decoder.Payload, _decoder.PayloadLength, out int slot, out int digits, out int period,
                    label, out int labelLength, secret, out int secretLength, out detail);
                if (Reject(status, sequence, opcode, detail))
                {
                    return;
                }

                var account = new Account(RequestReader.LabelToString(label, labelLength), digits, period, secret.AsSpan(0, secretLength).ToArray());
                Confirm(sequence, Opcode.PutSecret, _writer.WriteAwaitingButton(sequence, Opcode.PutSecret, ProtocolLimits.ConfirmSeconds), confirmedAt =>
                {
                    _slots[slot] = account;
                    _verifySlot = slot;
                    _verifyUntil = confirmedAt + (ProtocolLimits.VerifyWindowSeconds * 1000L);
                });
                return;
            }

            case Opcode.DeleteSlot:
            {
                if (Reject(RequestReader.TryReadSlot(_decoder.Payload, _decoder.PayloadLength, out int slot, out detail), sequence, opcode, detail))
                {
                    return;
                }

                if (_slots[slot] is null)
                {
                    Send(_writer.WriteStatus(sequence, opcode, Status.BadArgument, StatusDetail.SlotEmpty), Now);
                    return;
                }

                Confirm(sequence, Opcode.DeleteSlot, _writer.WriteAwaitingButton(sequence, Opcode.DeleteSlot, ProtocolLimits.ConfirmSeconds), _ =>
                {
                    _slots[slot] = null;
                    _verifySlot = -1;
                });
                return;
            }

            case Opcode.WipeAll:
                if (Reject(RequestReader.TryReadEmpty(_decoder.Payload, _decoder.PayloadLength, out detail), sequence, opcode, detail))
                {
                    return;
                }

                Confirm(sequence, Opcode.WipeAll, _writer.WriteAwaitingButton(sequence, Opcode.WipeAll, ProtocolLimits.ConfirmSeconds), _ =>
                {
                    Array.Clear(_slots);
                    _verifySlot = -1;
                });
                return;

            case Opcode.SetTime:
            {
                if (Reject(RequestReader.TryReadSetTime(_decoder.Payload, _decoder.PayloadLength, out long unixSeconds, out detail), sequence, opcode, detail))
                {
                    return;
                }

                long receivedAt = Now;
                int awaiting = _writer.WriteAwaitingSetTime(sequence, ProtocolLimits.ConfirmSeconds, DeviceUtc.HasValue, DeviceUtc ?? 0);
                Confirm(sequence, Opcode.SetTime, awaiting, confirmedAt =>
                {
                    // The user's 0..30 s must not make the clock late (docs/protocol.md §3).
                    long applied = unixSeconds + ((confirmedAt - receivedAt) / 1000);
                    _clockBaseUtc = applied;
                    _clockBaseMilliseconds = confirmedAt;
                    LastSyncUtc = applied;
                    SyncCount++;
                });
                return;
            }

            case Opcode.Verify:
            {
                if (Reject(RequestReader.TryReadSlot(_decoder.Payload, _decoder.PayloadLength, out int slot, out detail), sequence, opcode, detail))
                {
                    return;
                }

                if (slot != _verifySlot || Now > _verifyUntil || _slots[slot] is null)
                {
                    Send(_writer.WriteStatus(sequence, opcode, Status.NotAllowed, StatusDetail.None), Now);
                    return;
                }

                if (DeviceUtc is not long utc)
                {
                    Send(_writer.WriteStatus(sequence, opcode, Status.ClockNotSet, StatusDetail.None), Now);
                    return;
                }

                Account account = _slots[slot]!;
                var generator = new OtpGenerator();
                generator.SetKey(account.Secret, 0, account.Secret.Length, account.Digits, account.Period, 0);
                Send(_writer.WriteVerify(sequence, slot, generator.TotpCode(utc), account.Digits, utc, generator.SecondsLeft(utc)), Now);
                return;
            }

            default:
                Send(_writer.WriteStatus(sequence, opcode, Status.UnknownCommand, StatusDetail.None), Now);
                return;
        }
    }

    private bool Reject(Status status, int sequence, int opcode, byte detail)
    {
        if (status == Status.Ok)
        {
            return false;
        }

        Send(_writer.WriteStatus(sequence, opcode, status, detail), Now);
        return true;
    }

    /// <summary>Interim response now; the scripted button decides the final response and when it comes.</summary>
    private void Confirm(int sequence, Opcode opcode, int awaitingLength, Action<long> apply)
    {
        if (Faults == Fault.SkipConfirmation)
        {
            apply(Now);
            Send(_writer.WriteStatus(sequence, opcode, Status.Ok, StatusDetail.None), Now);
            return;
        }

        Send(awaitingLength, Now);
        long due;
        Status final;
        switch (Button)
        {
            case ButtonAnswer.Press:
                due = Now + (long)PressAfter.TotalMilliseconds;
                final = Status.Ok;
                apply(due);
                break;
            case ButtonAnswer.Decline:
                due = Now + (long)PressAfter.TotalMilliseconds;
                final = Status.NotConfirmed;
                break;
            default:
                due = Now + (ProtocolLimits.ConfirmSeconds * 1000L);
                final = Status.ConfirmTimeout;
                break;
        }

        _pendingUntil = due;
        Send(_writer.WriteStatus(sequence, opcode, final, StatusDetail.None), due);
    }

    /// <summary>Queues the writer's frame, applying the scripted faults that change outgoing bytes.</summary>
    private void Send(int length, long due)
    {
        byte[] frame = _writer.Buffer.AsSpan(0, length).ToArray();
        switch (Faults)
        {
            case Fault.CorruptCrc:
                frame[^1] ^= 0x80;
                break;
            case Fault.FutureVersion:
                frame[2] = 2;
                BigEndian.WriteUInt32(Crc32.Compute(frame, 0, frame.Length - 4), frame, frame.Length - 4);
                break;
            case Fault.LateReply:
                due += (long)ReplyDelay.TotalMilliseconds;
                break;
            case Fault.ExtraStatusBytes when frame[6] != (byte)Status.Ok && frame[6] != (byte)Status.AwaitingButton:
                byte[] payload = [frame[6], frame[7], 0xEE];
                frame = new byte[FrameFormat.Overhead + payload.Length];
                payload.CopyTo(frame, FrameFormat.PayloadOffset);
                FrameFormat.Seal(frame, _writer.Buffer[3], _writer.Buffer[4], payload.Length);
                break;
        }

        Enqueue(frame, due);
    }

    private void Enqueue(byte[] bytes, long due) => _outbox.Add(new Outgoing(due, _order++, bytes));
}
