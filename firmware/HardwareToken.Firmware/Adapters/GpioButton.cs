using System;
using System.Device.Gpio;
using HardwareToken.Core.Ports;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// <see cref="IButton"/> on one GPIO (package nanoFramework.System.Device.Gpio): a push button to GND with an
    /// external 10 kΩ pull-up (the internal pull-up is enabled too). Falling edge = press, rising edge = release.
    /// </summary>
    /// <remarks>
    /// The native driver debounces (<see cref="GpioPin.DebounceTimeout"/>, <see cref="DebounceMilliseconds"/>); the
    /// <see cref="EdgeQueue"/> then keeps only edges that change the state, so the core always sees press/release
    /// alternating. Edges are stamped with the shared <see cref="IMonotonicClock"/> in the GPIO event handler, i.e.
    /// when the CLR dispatches the pin event: after the driver's debounce timer (10-20 ms at the 100 Hz RTOS tick) and
    /// after whatever blocking native call the main thread is in (docs/firmware.md, "Button timing"). Every
    /// <see cref="TryTake"/> also reads the pin and lets the queue add an edge the driver lost (EdgeQueue.Reconcile).
    /// When this boot is a deep-sleep wake-up caused by the button (ext0), a press is queued at construction, and a
    /// release right after it if the button was already let go before the app started.
    /// </remarks>
    public sealed class GpioButton : IButton
    {
        /// <summary>Debounce interval handed to the native GPIO driver.</summary>
        public const int DebounceMilliseconds = 20;

        private readonly IMonotonicClock _clock;
        private readonly GpioPin _pin;
        private readonly EdgeQueue _edges = new EdgeQueue();

        /// <summary>Opens <paramref name="pinNumber"/> as a pulled-up input and starts queueing edges.</summary>
        /// <param name="gpio">The board's GPIO controller.</param>
        /// <param name="pinNumber">ESP32 GPIO number (<see cref="PinMap.ButtonGpio"/>).</param>
        /// <param name="clock">The time base of the edge stamps: the same clock the platform hands to the core.</param>
        /// <param name="wokenByButton">True when this boot is an ext0 wake-up caused by the button.</param>
        public GpioButton(GpioController gpio, int pinNumber, IMonotonicClock clock, bool wokenByButton)
        {
            if (gpio == null)
            {
                throw new ArgumentNullException("gpio");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            _clock = clock;
            _pin = gpio.OpenPin(pinNumber, PinMode.InputPullUp);
            _pin.DebounceTimeout = TimeSpan.FromMilliseconds(DebounceMilliseconds);

            if (wokenByButton)
            {
                _edges.Add(true, clock.Milliseconds);
            }

            // Subscribe before sampling the level, so a release in between is seen at least once
            // (a second report of the same release is dropped by the queue).
            _pin.ValueChanged += OnValueChanged;

            if (wokenByButton && _pin.Read() == PinValue.High)
            {
                _edges.Add(false, clock.Milliseconds);
            }
        }

        /// <summary>True while the button is held down (the pin reads low).</summary>
        public bool IsHeld
        {
            get { return _pin.Read() == PinValue.Low; }
        }

        /// <summary>True while edges wait to be taken (the power adapter does not sleep then: a tap is not lost).</summary>
        public bool HasQueuedEdges
        {
            get { return _edges.Count > 0; }
        }

        /// <inheritdoc />
        public bool TryTake(out ButtonEdge edge)
        {
            _edges.Reconcile(_pin.Read() == PinValue.Low, _clock.Milliseconds);
            return _edges.TryTake(out edge);
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            if (e.ChangeType == PinEventTypes.Falling)
            {
                _edges.Add(true, _clock.Milliseconds);
            }
            else if (e.ChangeType == PinEventTypes.Rising)
            {
                _edges.Add(false, _clock.Milliseconds);
            }
        }
    }
}
