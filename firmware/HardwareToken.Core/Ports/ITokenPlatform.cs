namespace HardwareToken.Core.Ports
{
    /// <summary>
    /// Everything the token core needs from the hardware, handed out in one place. The nanoFramework
    /// firmware, the desktop emulator and the test fakes each implement it once.
    /// </summary>
    public interface ITokenPlatform
    {
        IRealTimeClock Rtc { get; }
        IMonotonicClock Uptime { get; }
        IDisplay Display { get; }
        IButton Button { get; }
        ISerialLink Serial { get; }
        INonVolatileStorage Storage { get; }
        IPower Power { get; }
    }
}
