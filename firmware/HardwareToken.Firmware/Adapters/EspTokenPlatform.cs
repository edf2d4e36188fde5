using System;
using HardwareToken.Core.Ports;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// The ESP32 board as the core sees it: the seven adapters, built and wired by <see cref="Program"/>.
    /// </summary>
    public sealed class EspTokenPlatform : ITokenPlatform
    {
        private readonly IRealTimeClock _rtc;
        private readonly IMonotonicClock _uptime;
        private readonly IDisplay _display;
        private readonly IButton _button;
        private readonly ISerialLink _serial;
        private readonly INonVolatileStorage _storage;
        private readonly IPower _power;

        /// <summary>Bundles the adapters; none may be null.</summary>
        public EspTokenPlatform(
            IRealTimeClock rtc,
            IMonotonicClock uptime,
            IDisplay display,
            IButton button,
            ISerialLink serial,
            INonVolatileStorage storage,
            IPower power)
        {
            if (rtc == null || uptime == null || display == null || button == null || serial == null || storage == null || power == null)
            {
                throw new ArgumentNullException("platform adapter");
            }

            _rtc = rtc;
            _uptime = uptime;
            _display = display;
            _button = button;
            _serial = serial;
            _storage = storage;
            _power = power;
        }

        /// <inheritdoc />
        public IRealTimeClock Rtc
        {
            get { return _rtc; }
        }

        /// <inheritdoc />
        public IMonotonicClock Uptime
        {
            get { return _uptime; }
        }

        /// <inheritdoc />
        public IDisplay Display
        {
            get { return _display; }
        }

        /// <inheritdoc />
        public IButton Button
        {
            get { return _button; }
        }

        /// <inheritdoc />
        public ISerialLink Serial
        {
            get { return _serial; }
        }

        /// <inheritdoc />
        public INonVolatileStorage Storage
        {
            get { return _storage; }
        }

        /// <inheritdoc />
        public IPower Power
        {
            get { return _power; }
        }
    }
}
