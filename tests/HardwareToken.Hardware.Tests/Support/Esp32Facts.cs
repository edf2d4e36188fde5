using System.Collections.Generic;
using System.Linq;

namespace HardwareToken.Hardware.Tests.Support
{
    /// <summary>
    /// ESP32 (classic, ESP32-WROOM-32) pin facts the pin map is checked against. Sources: Espressif ESP32 datasheet
    /// (RTC GPIOs, strapping pins, input-only pins 34-39 without pull-ups), ESP32-WROOM-32 datasheet (module pin
    /// numbers; GPIO6-11 wired to the SPI flash), ESP32-WROVER datasheet (GPIO16/17 used by PSRAM), FACTS §3 and §5
    /// (ext0 wake needs an RTC GPIO; UART0 on GPIO1/3 carries the nanoFramework wire protocol).
    /// </summary>
    internal static class Esp32Facts
    {
        public static readonly IReadOnlySet<int> RtcGpios = new HashSet<int> { 0, 2, 4, 12, 13, 14, 15, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39 };

        public static readonly IReadOnlySet<int> FlashGpios = new HashSet<int>(Enumerable.Range(6, 6));

        public static readonly IReadOnlySet<int> PsramGpios = new HashSet<int> { 16, 17 };

        public static readonly IReadOnlySet<int> Uart0Gpios = new HashSet<int> { 1, 3 };

        public static readonly IReadOnlySet<int> StrappingGpios = new HashSet<int> { 0, 2, 5, 12, 15 };

        public static readonly IReadOnlySet<int> InputOnlyGpios = new HashSet<int> { 34, 35, 36, 37, 38, 39 };

        /// <summary>ESP32-WROOM-32 module pad number of each GPIO that reaches a pad.</summary>
        public static readonly IReadOnlyDictionary<int, int> Wroom32ModulePin = new Dictionary<int, int>
        {
            [36] = 4, [39] = 5, [34] = 6, [35] = 7, [32] = 8, [33] = 9, [25] = 10, [26] = 11, [27] = 12,
            [14] = 13, [12] = 14, [13] = 16, [9] = 17, [10] = 18, [11] = 19, [6] = 20, [7] = 21, [8] = 22,
            [15] = 23, [2] = 24, [0] = 25, [4] = 26, [16] = 27, [17] = 28, [5] = 29, [18] = 30, [19] = 31,
            [21] = 33, [3] = 34, [1] = 35, [22] = 36, [23] = 37,
        };
    }
}
