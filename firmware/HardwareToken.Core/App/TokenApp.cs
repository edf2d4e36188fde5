using System;
using HardwareToken.Core.Accounts;
using HardwareToken.Core.Ports;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Screens;
using HardwareToken.Core.Storage;
using HardwareToken.Core.Time;

namespace HardwareToken.Core.App
{
    /// <summary>
    /// The token's state machine: button gestures, screens, serial provisioning, storage and sleep. The firmware
    /// and the emulator run the same instance loop: <see cref="Boot"/> once, then <see cref="Step"/> forever.
    /// </summary>
    /// <remarks>
    /// Behaviour (docs/architecture.md has the full table):
    /// <list type="bullet">
    /// <item>Wake (power-on or a press) shows the current slot's code, or "no accounts", or "set time" when the
    /// clock cannot be trusted; the press that woke the token does nothing else.</item>
    /// <item>Short press: next used slot (or back to the code from a message or the info screen). Long press
    /// (1.5 s) on the code screen: clock info. On the confirm screen a short press confirms, a long press
    /// declines.</item>
    /// <item>The display turns off <see cref="TokenConfig.DisplayTimeoutMilliseconds"/> after the last press or
    /// serial frame (never while a message, a pending confirmation, a clock sync, a held button or a
    /// half-received frame is on), then <see cref="SleepPolicy"/> light-sleeps through the warm window and
    /// deep-sleeps after it. In the window a press or serial activity wakes the token without a reboot; in deep
    /// sleep serial bytes are dropped, as on the ESP32, where the UART cannot wake the chip from deep sleep.</item>
    /// <item>PutSecret, DeleteSlot, WipeAll and SetTime change nothing until the button is pressed on the
    /// confirm screen within <see cref="TokenConfig.ConfirmTimeoutMilliseconds"/>, by a press that began at least
    /// <see cref="TokenConfig.ConfirmMinimumVisibleMilliseconds"/> after the screen appeared.</item>
    /// </list>
    /// </remarks>
    public sealed class TokenApp
    {
        private const int MaxWaitMilliseconds = 50;
        private const int MessageMilliseconds = 2500;
        private const int InfoMilliseconds = 10000;
        private const int VerifyWindowMilliseconds = ProtocolLimits.VerifyWindowSeconds * 1000;
        private const int EarlyPressNoticeMilliseconds = 2000;

        private readonly ITokenPlatform _platform;
        private readonly TokenConfig _config;
        private readonly AccountTable _accounts = new AccountTable();
        private readonly ClockCalibration _calibration = new ClockCalibration();
        private readonly StateStore _store;
        private readonly ClockService _clock;
        private readonly GestureDetector _gestures;
        private readonly FrameDecoder _decoder = new FrameDecoder();
        private readonly ResponseWriter _writer = new ResponseWriter();
        private readonly ScreenRenderer _screens = new ScreenRenderer();
        private readonly PendingChange _pending = new PendingChange();
        private readonly SleepPolicy _sleep;
        private readonly byte[] _received = new byte[64];
        private readonly byte[] _fingerprint = new byte[AccountFingerprint.Size];
        private readonly TextLine _title = new TextLine(21);
        private readonly TextLine _line1 = new TextLine(21);
        private readonly TextLine _line2 = new TextLine(21);
        private readonly TextLine _line3 = new TextLine(21);
        private readonly TextLine _earlyPress = new TextLine(21);
        private ScreenKind _screen = ScreenKind.Off;
        private ScreenKind _drawnScreen = ScreenKind.Off;
        private long _drawnSecond = -1;
        private bool _dirty;
        private int _slot = -1;
        private long _transientUntil;
        private string _messageTitle;
        private string _messageLine;
        private int _verifySlot = -1;
        private long _verifyUntil;

        public TokenApp(ITokenPlatform platform, TokenConfig config)
        {
            if (platform == null)
            {
                throw new ArgumentNullException("platform");
            }

            _platform = platform;
            _config = config == null ? new TokenConfig() : config;
            _store = new StateStore(platform.Storage);
            _clock = new ClockService(platform.Rtc, _config.FirmwareBuildUnixSeconds);
            _gestures = new GestureDetector(_config.LongPressMilliseconds);
            _sleep = new SleepPolicy(platform.Power, platform.Uptime, _config);
            _earlyPress.Append("TOO SOON: PRESS AGAIN");
        }

        /// <summary>What storage held at boot.</summary>
        public LoadResult BootLoad { get; private set; }

        /// <summary>The screen being shown.</summary>
        public ScreenKind Screen
        {
            get { return _screen; }
        }

        /// <summary>True while the display is on and the token serves the serial line.</summary>
        public bool IsAwake
        {
            get { return _sleep.IsAwake; }
        }

        /// <summary>The sleep policy (read-only use: stage, last wake cause, counters).</summary>
        public SleepPolicy Power
        {
            get { return _sleep; }
        }

        /// <summary>The slot the code screen shows, -1 when there is none.</summary>
        public int CurrentSlot
        {
            get { return _slot; }
        }

        /// <summary>The accounts (read-only use: labels, parameters, codes; the table never returns a secret).</summary>
        public AccountTable Accounts
        {
            get { return _accounts; }
        }

        /// <summary>The clock as the token sees it.</summary>
        public ClockService Clock
        {
            get { return _clock; }
        }

        /// <summary>The last frame pushed to the display.</summary>
        public byte[] Frame
        {
            get { return _screens.Frame; }
        }

        /// <summary>The corrected UTC now, in Unix seconds (meaningful when <see cref="ClockService.State"/> is Ok).</summary>
        public long DeviceUnixSeconds
        {
            get { return _clock.NowUnixSeconds(_platform.Uptime.Milliseconds); }
        }

        /// <summary>Call once after power-on or wake: loads storage, checks the clock, draws the first screen.</summary>
        public void Boot()
        {
            long now = _platform.Uptime.Milliseconds;
            BootLoad = _store.Load(_accounts, _calibration);
            RestoreClockFromCalibration();
            _clock.Poll(now);
            ForgetAnchorIfClockLost();
            _slot = _accounts.FirstUsedSlot();

            // A press that woke the chip is queued at boot: it only wakes.
            ButtonEdge edge;
            while (_platform.Button.TryTake(out edge))
            {
                _gestures.OnEdge(edge);
            }

            _gestures.ConsumeCurrentPress();
            _platform.Display.SetContrast(_config.DisplayContrast);
            Wake(now, WakeCause.Boot);
            if (BootLoad == LoadResult.Corrupt)
            {
                // Nothing valid was found: every account is gone and must be enrolled again (docs/security.md).
                ShowTransient(now, ScreenKind.Error, "STORAGE RESET", "accounts lost: re-add");
            }
            else if (BootLoad == LoadResult.UnsupportedVersion)
            {
                // Written by newer firmware: kept untouched (read-only) until a deliberate wipe.
                ShowTransient(now, ScreenKind.Error, "NEWER DATA", "update firmware or wipe");
            }
        }

        /// <summary>
        /// Call in a loop. Handles queued button edges and serial bytes, redraws when needed, and sleeps the
        /// token when idle. Returns how many milliseconds the caller may wait before the next call (at most 50; 0 after a light sleep that only the bounding timer ended).
        /// </summary>
        public int Step()
        {
            long now = _platform.Uptime.Milliseconds;
            int wait = MaxWaitMilliseconds;

            if (_clock.SyncInProgress)
            {
                int syncWait = _clock.TickSync(now);
                if (!_clock.SyncInProgress)
                {
                    FinishSetTime(now);
                }
                else if (syncWait < wait)
                {
                    wait = syncWait;
                }
            }
            else if (_sleep.IsAwake)
            {
                _clock.Poll(now);
                ForgetAnchorIfClockLost();
            }

            HandleButton(now);
            HandleSerial(now);
            now = _platform.Uptime.Milliseconds;

            if (_pending.IsActive && !_pending.Applying && now >= _pending.Deadline)
            {
                Respond(_writer.WriteStatus(_pending.Sequence, _pending.Opcode, Status.ConfirmTimeout, StatusDetail.None));
                _pending.Clear();
                ShowTransient(now, ScreenKind.Message, "TIMED OUT", "nothing was changed");
            }

            if (!_sleep.IsAwake)
            {
                WakeCause cause = _sleep.Doze(now);
                if (cause == WakeCause.Button || cause == WakeCause.Serial)
                {
                    Wake(_platform.Uptime.Milliseconds, cause);
                }
                else if (cause == WakeCause.Timer)
                {
                    // Only the bounding timer: back to sleep at once, not after a 50 ms wait with the CPU on.
                    wait = 0;
                }
            }
            else if (ShouldSleep(now))
            {
                FallAsleep(now);
            }
            else
            {
                if (IsTransient(_screen) && now >= _transientUntil)
                {
                    ShowBase();
                }
                else if (_screen == ScreenKind.Code || _screen == ScreenKind.NoAccounts || _screen == ScreenKind.SetTime)
                {
                    // The clock may have become usable or unusable, or an account may have appeared.
                    ScreenKind base0 = BaseScreen();
                    if (base0 != _screen)
                    {
                        _screen = base0;
                        _dirty = true;
                    }
                }

                Redraw(now);
            }

            return wait;
        }

        /// <summary>
        /// A stopped or unset RTC makes the recorded offset meaningless. Forget it, durably, before any sync
        /// writes the chip, so a power cut between that write and the sync's save cannot pair a fresh RTC with a
        /// stale offset.
        /// </summary>
        private void ForgetAnchorIfClockLost()
        {
            if ((_clock.State == ClockState.Halted || _clock.State == ClockState.NotSet) && _clock.ForgetAnchor() && !_store.IsReadOnly)
            {
                CopyClockToCalibration();
                try
                {
                    _store.Save(_accounts, _calibration);
                }
                catch (Exception)
                {
                    // Storage trouble shows up on the next confirmed change; the RAM state is already right.
                }
            }
        }

        private void CopyClockToCalibration()
        {
            _calibration.LastSyncUnixSeconds = _clock.LastSyncUnixSeconds;
            _calibration.PreviousSyncUnixSeconds = _clock.PreviousSyncUnixSeconds;
            _calibration.DriftPartsPerBillion = _clock.DriftPartsPerBillion;
            _calibration.RtcOffsetMilliseconds = _clock.RtcOffsetMilliseconds;
            _calibration.SyncCount = _clock.SyncCount;
        }

        private static bool IsTransient(ScreenKind screen)
        {
            return screen == ScreenKind.Message || screen == ScreenKind.Info || screen == ScreenKind.Error;
        }

        /// <summary>Idle for the display timeout, and nothing on screen or in progress that must stay visible.</summary>
        private bool ShouldSleep(long now)
        {
            return !_pending.IsActive
                && !_clock.SyncInProgress
                && !_gestures.IsDown
                && !_decoder.InFrame
                && !(IsTransient(_screen) && now < _transientUntil)
                && _sleep.DisplayTimedOut(now);
        }

        private void FallAsleep(long now)
        {
            _screen = ScreenKind.Off;
            _drawnScreen = ScreenKind.Off;
            _platform.Display.SetPower(false);
            _decoder.Reset();
            _sleep.FallAsleep(now);
        }

        /// <summary>Display on with the current screen; the frame is pushed before the panel is switched on.</summary>
        private void Wake(long now, WakeCause cause)
        {
            _sleep.Woke(now, cause);
            _decoder.Reset();

            // The uptime may not have counted through a light sleep: find the RTC's second boundary again.
            _clock.ForgetPhase();
            _clock.Poll(now);
            if (_slot < 0 || !_accounts.IsUsed(_slot))
            {
                _slot = _accounts.FirstUsedSlot();
            }

            ShowBase();
            Redraw(now);
            _platform.Display.SetPower(true);
        }

        private void HandleButton(long now)
        {
            ButtonEdge edge;
            while (_platform.Button.TryTake(out edge))
            {
                if (!_sleep.IsAwake || (edge.Pressed && _sleep.IsWakePress(edge.AtMilliseconds)))
                {
                    // A press wakes the token and does nothing else (deep sleep stands for a reboot).
                    if (edge.Pressed)
                    {
                        _gestures.OnEdge(edge);
                        _gestures.ConsumeCurrentPress();
                        if (!_sleep.IsAwake)
                        {
                            Wake(now, _sleep.Stage == PowerStage.DeepSleep ? WakeCause.Boot : WakeCause.Button);
                        }

                        _sleep.WakePressTaken();
                    }

                    continue;
                }

                _sleep.NoteActivity(now);
                OnGesture(_gestures.OnEdge(edge), now);
            }

            if (_sleep.IsAwake)
            {
                Gesture held = _gestures.Poll(now);
                if (held != Gesture.None)
                {
                    _sleep.NoteActivity(now);
                    OnGesture(held, now);
                }
            }
        }

        private void OnGesture(Gesture gesture, long now)
        {
            if (gesture == Gesture.None)
            {
                return;
            }

            if (_pending.IsActive)
            {
                if (_pending.Applying)
                {
                    return;
                }

                if (!_pending.PressCounts(_gestures.LastPressStartedAt, _config.ConfirmMinimumVisibleMilliseconds))
                {
                    // Too early: begun before the screen had been readable for the minimum (or before it appeared,
                    // then it was meant for something else). Button stamps can be late by the debounce and a
                    // blocking call; the minimum is that margin. Ignored, and the screen says so.
                    _pending.EarlyPressAt = now;
                    _dirty = true;
                    return;
                }

                if (gesture == Gesture.ShortPress)
                {
                    Apply(now);
                }
                else
                {
                    Respond(_writer.WriteStatus(_pending.Sequence, _pending.Opcode, Status.NotConfirmed, StatusDetail.None));
                    _pending.Clear();
                    ShowTransient(now, ScreenKind.Message, "CANCELLED", "nothing was changed");
                }

                return;
            }

            switch (_screen)
            {
                case ScreenKind.Code:
                    if (gesture == Gesture.ShortPress)
                    {
                        int next = _accounts.NextUsedSlot(_slot);
                        if (next >= 0)
                        {
                            _slot = next;
                        }

                        _dirty = true;
                    }
                    else
                    {
                        _screen = ScreenKind.Info;
                        _transientUntil = now + InfoMilliseconds;
                        _dirty = true;
                    }

                    break;
                case ScreenKind.Message:
                case ScreenKind.Info:
                case ScreenKind.Error:
                    ShowBase();
                    break;
                default:
                    if (gesture == Gesture.LongPress)
                    {
                        _screen = ScreenKind.Info;
                        _transientUntil = now + InfoMilliseconds;
                        _dirty = true;
                    }

                    break;
            }
        }

        private void HandleSerial(long now)
        {
            int count;
            bool arrived = false;
            while ((count = _platform.Serial.Read(_received, 0, _received.Length)) > 0)
            {
                arrived = true;
                if (_sleep.Stage == PowerStage.LightSleep)
                {
                    // The UART wakes the chip from light sleep; the bytes that woke it are lost, as on the ESP32.
                    Wake(now, WakeCause.Serial);
                }

                if (!_sleep.AcceptsSerial(now))
                {
                    Array.Clear(_received, 0, count);
                    continue;
                }

                for (int i = 0; i < count; i++)
                {
                    FeedResult result = _decoder.Feed(_received[i], now);
                    if (result == FeedResult.FrameReady)
                    {
                        _sleep.NoteActivity(now);
                        HandleFrame(now);
                        _decoder.WipePayload();
                    }
                    else if (result == FeedResult.Error)
                    {
                        Respond(_writer.WriteFrameError(_decoder));
                    }
                }

                Array.Clear(_received, 0, count);
            }

            if (_sleep.IsAwake)
            {
                _sleep.SerialDrained(now, arrived);
                _decoder.CheckTimeout(now);
            }
        }

        private void HandleFrame(long now)
        {
            int opcode = _decoder.RawOpcode;
            int sequence = _decoder.Sequence;
            if (_pending.IsActive || _clock.SyncInProgress)
            {
                Respond(_writer.WriteStatus(sequence, opcode, Status.Busy, StatusDetail.None));
                return;
            }

            byte detail;
            Status status;
            switch (opcode)
            {
                case (int)Opcode.Info:
                    status = RequestReader.TryReadEmpty(_decoder.Payload, _decoder.PayloadLength, out detail);
                    if (status != Status.Ok)
                    {
                        Respond(_writer.WriteStatus(sequence, opcode, status, detail));
                        return;
                    }

                    bool set = _clock.State == ClockState.Ok;
                    Respond(_writer.WriteInfo(
                        sequence,
                        _config.FirmwareVersion,
                        AccountTable.SlotCount,
                        _accounts.UsedCount,
                        set,
                        set ? _clock.NowUnixSeconds(now) : 0,
                        _clock.LastSyncUnixSeconds,
                        _clock.DriftPartsPerBillion,
                        (uint)_clock.SyncCount));
                    return;
                case (int)Opcode.ListSlots:
                    status = RequestReader.TryReadEmpty(_decoder.Payload, _decoder.PayloadLength, out detail);
                    if (status != Status.Ok)
                    {
                        Respond(_writer.WriteStatus(sequence, opcode, status, detail));
                        return;
                    }

                    _writer.BeginSlotList(sequence);
                    for (int slot = 0; slot < AccountTable.SlotCount; slot++)
                    {
                        if (_accounts.IsUsed(slot))
                        {
                            _accounts.GetFingerprint(slot, _fingerprint, 0);
                            _writer.AddSlot(slot, _accounts.GetLabel(slot), _accounts.GetDigits(slot), _accounts.GetPeriod(slot), _fingerprint, 0);
                        }
                    }

                    Respond(_writer.EndSlotList());
                    return;
                case (int)Opcode.Verify:
                    int verifySlot;
                    status = RequestReader.TryReadSlot(_decoder.Payload, _decoder.PayloadLength, out verifySlot, out detail);
                    if (status != Status.Ok)
                    {
                        Respond(_writer.WriteStatus(sequence, opcode, status, detail));
                    }
                    else if (verifySlot != _verifySlot || now > _verifyUntil || !_accounts.IsUsed(verifySlot))
                    {
                        Respond(_writer.WriteStatus(sequence, opcode, Status.NotAllowed, StatusDetail.None));
                    }
                    else if (_clock.State != ClockState.Ok)
                    {
                        Respond(_writer.WriteStatus(sequence, opcode, Status.ClockNotSet, StatusDetail.None));
                    }
                    else
                    {
                        long t = _clock.NowUnixSeconds(now);
                        Respond(_writer.WriteVerify(sequence, verifySlot, _accounts.Code(verifySlot, t), _accounts.GetDigits(verifySlot), t, _accounts.SecondsLeft(verifySlot, t)));
                    }

                    return;
                case (int)Opcode.PutSecret:
                    StartPutSecret(sequence, now);
                    return;
                case (int)Opcode.DeleteSlot:
                    int deleteSlot;
                    status = RequestReader.TryReadSlot(_decoder.Payload, _decoder.PayloadLength, out deleteSlot, out detail);
                    if (status == Status.Ok && !_accounts.IsUsed(deleteSlot))
                    {
                        status = Status.BadArgument;
                        detail = StatusDetail.SlotEmpty;
                    }

                    if (status != Status.Ok)
                    {
                        Respond(_writer.WriteStatus(sequence, opcode, status, detail));
                        return;
                    }

                    BeginPending(PendingKind.DeleteSlot, sequence, opcode, now);
                    _pending.Slot = deleteSlot;
                    ConfirmText.DeleteSlot(deleteSlot, _accounts.GetLabel(deleteSlot), _title, _line1, _line2, _line3);
                    Respond(_writer.WriteAwaitingButton(sequence, Opcode.DeleteSlot, ProtocolLimits.ConfirmSeconds));
                    return;
                case (int)Opcode.WipeAll:
                    status = RequestReader.TryReadEmpty(_decoder.Payload, _decoder.PayloadLength, out detail);
                    if (status != Status.Ok)
                    {
                        Respond(_writer.WriteStatus(sequence, opcode, status, detail));
                        return;
                    }

                    BeginPending(PendingKind.WipeAll, sequence, opcode, now);
                    ConfirmText.WipeAll(_accounts.UsedCount, _title, _line1, _line2, _line3);
                    Respond(_writer.WriteAwaitingButton(sequence, Opcode.WipeAll, ProtocolLimits.ConfirmSeconds));
                    return;
                case (int)Opcode.SetTime:
                    StartSetTime(sequence, now);
                    return;
                default:
                    Respond(_writer.WriteStatus(sequence, opcode, Status.UnknownCommand, StatusDetail.None));
                    return;
            }
        }

        private void StartPutSecret(int sequence, long now)
        {
            int slot;
            int digits;
            int period;
            int labelLength;
            int secretLength;
            byte detail;
            Status status = RequestReader.TryReadPutSecret(
                _decoder.Payload,
                _decoder.PayloadLength,
                out slot,
                out digits,
                out period,
                _pending.Label,
                out labelLength,
                _pending.Secret,
                out secretLength,
                out detail);
            _decoder.WipePayload();
            if (status != Status.Ok)
            {
                _pending.Clear();
                Respond(_writer.WriteStatus(sequence, (int)Opcode.PutSecret, status, detail));
                return;
            }

            BeginPending(PendingKind.PutSecret, sequence, (int)Opcode.PutSecret, now);
            _pending.Slot = slot;
            _pending.Digits = digits;
            _pending.Period = period;
            _pending.LabelLength = labelLength;
            _pending.SecretLength = secretLength;
            string replaced = _accounts.IsUsed(slot) ? _accounts.GetLabel(slot) : null;
            ConfirmText.PutSecret(slot, _pending.Label, labelLength, replaced, digits, period, _title, _line1, _line2, _line3);
            Respond(_writer.WriteAwaitingButton(sequence, Opcode.PutSecret, ProtocolLimits.ConfirmSeconds));
        }

        private void StartSetTime(int sequence, long now)
        {
            long hostSeconds;
            byte detail;
            Status status = RequestReader.TryReadSetTime(_decoder.Payload, _decoder.PayloadLength, out hostSeconds, out detail);
            if (status == Status.Ok && hostSeconds < _config.FirmwareBuildUnixSeconds)
            {
                status = Status.BadArgument;
                detail = StatusDetail.TimeOutOfRange;
            }

            if (status != Status.Ok)
            {
                Respond(_writer.WriteStatus(sequence, (int)Opcode.SetTime, status, detail));
                return;
            }

            BeginPending(PendingKind.SetTime, sequence, (int)Opcode.SetTime, now);
            _pending.HostUnixSeconds = hostSeconds;
            bool set = _clock.State == ClockState.Ok;
            long device = set ? _clock.NowUnixSeconds(now) : 0;
            ConfirmText.SetTime(set, device, hostSeconds, _title, _line1, _line2, _line3);
            Respond(_writer.WriteAwaitingSetTime(sequence, ProtocolLimits.ConfirmSeconds, set, device));
        }

        private void BeginPending(PendingKind kind, int sequence, int opcode, long now)
        {
            _pending.Kind = kind;
            _pending.Sequence = sequence;
            _pending.Opcode = opcode;
            _pending.ReceivedAt = now;
            _pending.ShownAt = -1;
            _pending.EarlyPressAt = -1;
            _pending.Deadline = now + _config.ConfirmTimeoutMilliseconds;
            _pending.Applying = false;
            _screen = ScreenKind.Confirm;
            _dirty = true;
        }

        private void Apply(long now)
        {
            switch (_pending.Kind)
            {
                case PendingKind.PutSecret:
                    AccountError error = _accounts.Put(
                        _pending.Slot,
                        RequestReader.LabelToString(_pending.Label, _pending.LabelLength),
                        _pending.Secret,
                        0,
                        _pending.SecretLength,
                        _pending.Digits,
                        _pending.Period);
                    int slot = _pending.Slot;
                    if (error != AccountError.None)
                    {
                        FinishPending(now, Status.BadArgument, (byte)error, "NOT SAVED", "invalid account");
                        return;
                    }

                    if (Persist(now))
                    {
                        _slot = slot;
                        _verifySlot = slot;
                        _verifyUntil = now + VerifyWindowMilliseconds;
                        FinishPending(now, Status.Ok, StatusDetail.None, "SAVED", _accounts.GetLabel(slot));
                    }

                    return;
                case PendingKind.DeleteSlot:
                    _accounts.Delete(_pending.Slot);
                    if (Persist(now))
                    {
                        _verifySlot = -1;
                        FinishPending(now, Status.Ok, StatusDetail.None, "DELETED", "slot is empty");
                    }

                    return;
                case PendingKind.WipeAll:
                    _accounts.Clear();
                    if (_store.IsReadOnly)
                    {
                        // Data from newer firmware: a confirmed wipe is the deliberate factory reset.
                        _store.Erase();
                    }

                    if (Persist(now))
                    {
                        _verifySlot = -1;
                        FinishPending(now, Status.Ok, StatusDetail.None, "WIPED", "all accounts erased");
                    }

                    return;
                case PendingKind.SetTime:
                    _pending.Applying = true;
                    _clock.BeginSync(_pending.HostUnixSeconds * 1000, _pending.ReceivedAt);
                    return;
            }
        }

        private void FinishSetTime(long now)
        {
            if (!_clock.LastSyncWritten)
            {
                FinishPending(now, Status.StorageError, StatusDetail.None, "CLOCK ERROR", "RTC write failed");
                return;
            }

            CopyClockToCalibration();
            if (Persist(now))
            {
                FinishPending(now, Status.Ok, StatusDetail.None, "TIME SET", "clock synced to UTC");
            }
        }

        /// <summary>
        /// Saves the whole state. When the save fails, storage decides what happened: the state is reloaded, and
        /// if the new image had already committed (its first bank is valid) the change stands and the caller
        /// answers Ok; otherwise the old state is back and the pending request is answered StorageError.
        /// </summary>
        private bool Persist(long now)
        {
            uint before = _store.Sequence;
            try
            {
                _store.Save(_accounts, _calibration);
                return true;
            }
            catch (Exception)
            {
                _store.Load(_accounts, _calibration);
                RestoreClockFromCalibration();
                if (_store.Sequence != before)
                {
                    return true;
                }

                FinishPending(now, Status.StorageError, StatusDetail.None, "NOT SAVED", "storage failed");
                return false;
            }
        }

        private void RestoreClockFromCalibration()
        {
            _clock.RestoreCalibration(
                _calibration.LastSyncUnixSeconds,
                _calibration.PreviousSyncUnixSeconds,
                _calibration.DriftPartsPerBillion,
                _calibration.SyncCount,
                _calibration.RtcOffsetMilliseconds);
        }

        private void FinishPending(long now, Status status, byte detail, string message, string line)
        {
            Respond(_writer.WriteStatus(_pending.Sequence, _pending.Opcode, status, detail));
            _pending.Clear();
            if (_slot < 0 || !_accounts.IsUsed(_slot))
            {
                _slot = _accounts.FirstUsedSlot();
            }

            ShowTransient(now, ScreenKind.Message, message, line);
        }

        private void Respond(int length)
        {
            if (length > 0)
            {
                _platform.Serial.Write(_writer.Buffer, 0, length);
            }
        }

        private ScreenKind BaseScreen()
        {
            if (_clock.State != ClockState.Ok)
            {
                return ScreenKind.SetTime;
            }

            return _accounts.UsedCount == 0 ? ScreenKind.NoAccounts : ScreenKind.Code;
        }

        private void ShowBase()
        {
            _screen = BaseScreen();
            _dirty = true;
        }

        private void ShowTransient(long now, ScreenKind kind, string title, string line)
        {
            _screen = kind;
            _messageTitle = title;
            _messageLine = line;
            _transientUntil = now + MessageMilliseconds;
            _dirty = true;
        }

        private void Redraw(long now)
        {
            long second = now / 1000;
            bool live = _screen == ScreenKind.Code || _screen == ScreenKind.Confirm || _screen == ScreenKind.Info;
            if (!_dirty && _drawnScreen == _screen && (!live || second == _drawnSecond))
            {
                return;
            }

            switch (_screen)
            {
                case ScreenKind.Code:
                    DrawCode(now);
                    break;
                case ScreenKind.NoAccounts:
                    _screens.RenderNoAccounts();
                    break;
                case ScreenKind.SetTime:
                    _screens.RenderSetTime(ClockInfoText.SetTimeReason(_clock.State));
                    break;
                case ScreenKind.Confirm:
                    long left = (_pending.Deadline - now + 999) / 1000;
                    bool early = _pending.EarlyPressAt >= 0 && now < _pending.EarlyPressAt + EarlyPressNoticeMilliseconds;
                    _screens.RenderConfirm(early ? _earlyPress : _title, _line1, _line2, _line3, left < 0 ? 0 : (int)left, ProtocolLimits.ConfirmSeconds);
                    break;
                case ScreenKind.Info:
                    ClockInfoText.Compose(_clock, now, _title, _line1, _line2, _line3);
                    _screens.RenderInfo(_title, _line1, _line2, _line3);
                    break;
                case ScreenKind.Error:
                    _screens.RenderError(_messageTitle, _messageLine, (int)BootLoad);
                    break;
                case ScreenKind.Message:
                    _screens.RenderMessage(_messageTitle, _messageLine);
                    break;
                default:
                    return;
            }

            if (!_platform.Display.Show(_screens.Frame))
            {
                _dirty = true; // the panel missed it (bus error): draw again at the next step
                return;
            }

            if (_screen == ScreenKind.Confirm && _pending.ShownAt < 0)
            {
                _pending.ShownAt = now;
            }

            _drawnScreen = _screen;
            _drawnSecond = second;
            _dirty = false;
        }

        private void DrawCode(long now)
        {
            if (_slot < 0 || !_accounts.IsUsed(_slot))
            {
                _slot = _accounts.FirstUsedSlot();
            }

            long t = _clock.NowUnixSeconds(now);
            int secondsLeft = _accounts.SecondsLeft(_slot, t);
            int slotNumber = 1;
            for (int i = 0; i < _slot; i++)
            {
                if (_accounts.IsUsed(i))
                {
                    slotNumber++;
                }
            }

            _screens.RenderCode(
                _accounts.GetLabel(_slot),
                slotNumber,
                _accounts.UsedCount,
                _accounts.Code(_slot, t),
                _accounts.GetDigits(_slot),
                secondsLeft,
                _accounts.GetPeriod(_slot),
                secondsLeft <= 5,
                _clock.NeedsSyncWarning(now));
        }
    }
}
