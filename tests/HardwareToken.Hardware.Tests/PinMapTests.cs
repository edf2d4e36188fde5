using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using HardwareToken.Firmware;
using HardwareToken.Hardware.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Hardware.Tests
{
    /// <summary>firmware/HardwareToken.Firmware/PinMap.cs against hardware/pinout.csv and the ESP32 pin rules.</summary>
    [TestClass]
    public sealed class PinMapTests
    {
        private static Dictionary<string, int> GpioConstants() =>
            typeof(PinMap).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(int) && f.Name.EndsWith("Gpio", System.StringComparison.Ordinal))
                .ToDictionary(f => f.Name, f => (int)f.GetRawConstantValue());

        [TestMethod]
        public void PinMapDeclaresTheFiveSignals()
        {
            CollectionAssert.AreEquivalent(
                new[] { "I2cSdaGpio", "I2cSclGpio", "ButtonGpio", "Com2RxGpio", "Com2TxGpio" },
                GpioConstants().Keys.ToArray());
        }

        [TestMethod]
        public void EveryGpioConstantHasTheSameGpioInPinoutCsv()
        {
            Dictionary<string, PinoutRow> rows = PinoutCsv.Load().ToDictionary(r => r.Signal);
            foreach (KeyValuePair<string, int> constant in GpioConstants())
            {
                Assert.IsTrue(rows.ContainsKey(constant.Key), "hardware/pinout.csv has no row for PinMap." + constant.Key);
                Assert.AreEqual(constant.Value, rows[constant.Key].Gpio, "GPIO of " + constant.Key + " in pinout.csv");
            }
        }

        [TestMethod]
        public void EveryPinoutRowIsAGpioConstant()
        {
            Dictionary<string, int> constants = GpioConstants();
            foreach (PinoutRow row in PinoutCsv.Load())
            {
                Assert.IsTrue(constants.ContainsKey(row.Signal), "pinout.csv line " + row.Line + ": no PinMap." + row.Signal);
                Assert.AreEqual(constants[row.Signal], row.Gpio, "pinout.csv line " + row.Line + " GPIO");
            }
        }

        [TestMethod]
        public void PinoutSignalsAreUnique()
        {
            List<string> signals = PinoutCsv.Load().Select(r => r.Signal).ToList();
            Assert.AreEqual(signals.Count, signals.Distinct().Count(), "duplicate signal in pinout.csv");
        }

        [TestMethod]
        public void ModulePinsMatchTheWroom32Pinout()
        {
            foreach (PinoutRow row in PinoutCsv.Load())
            {
                Assert.IsTrue(Esp32Facts.Wroom32ModulePin.ContainsKey(row.Gpio), "GPIO" + row.Gpio + " has no ESP32-WROOM-32 pad");
                Assert.AreEqual(Esp32Facts.Wroom32ModulePin[row.Gpio], row.ModulePin, "module pin of GPIO" + row.Gpio + " (" + row.Signal + ")");
            }
        }

        [TestMethod]
        public void EveryPinoutRowSaysWhatItConnectsTo()
        {
            foreach (PinoutRow row in PinoutCsv.Load())
            {
                Assert.IsTrue(row.Notes.Length >= 10, "pinout.csv line " + row.Line + ": notes missing");
            }
        }

        [TestMethod]
        public void ButtonCanWakeTheChipAndHasAPullUp()
        {
            Assert.IsTrue(Esp32Facts.RtcGpios.Contains(PinMap.ButtonGpio), "the button must be an RTC GPIO for ext0 wake-up");
            Assert.IsFalse(Esp32Facts.InputOnlyGpios.Contains(PinMap.ButtonGpio), "GPIO34-39 have no internal pull-up");
        }

        [TestMethod]
        public void NoPinIsReservedByTheModuleOrTheWireProtocol()
        {
            foreach (KeyValuePair<string, int> pin in GpioConstants())
            {
                Assert.IsFalse(Esp32Facts.FlashGpios.Contains(pin.Value), pin.Key + " on a flash pin (GPIO6-11)");
                Assert.IsFalse(Esp32Facts.PsramGpios.Contains(pin.Value), pin.Key + " on a PSRAM pin (GPIO16/17 on WROVER)");
                Assert.IsFalse(Esp32Facts.Uart0Gpios.Contains(pin.Value), pin.Key + " on UART0 (the nanoFramework wire protocol)");
                Assert.IsFalse(Esp32Facts.StrappingGpios.Contains(pin.Value), pin.Key + " on a strapping pin");
            }
        }

        [TestMethod]
        public void OutputsAreNotOnInputOnlyPins()
        {
            foreach (int pin in new[] { PinMap.I2cSdaGpio, PinMap.I2cSclGpio, PinMap.Com2TxGpio })
            {
                Assert.IsFalse(Esp32Facts.InputOnlyGpios.Contains(pin), "GPIO" + pin + " is input-only");
            }
        }

        [TestMethod]
        public void NoPinIsUsedTwice()
        {
            List<int> pins = GpioConstants().Values.ToList();
            Assert.AreEqual(pins.Count, pins.Distinct().Count(), "a GPIO is assigned twice: " + string.Join(",", pins));
        }

        [TestMethod]
        public void I2cIsOnTheUsualPinsAndAddresses()
        {
            Assert.AreEqual(21, PinMap.I2cSdaGpio);
            Assert.AreEqual(22, PinMap.I2cSclGpio);
            Assert.AreEqual(1, PinMap.I2cBusId, "ESP32 I2C1 is bus id 1");
            Assert.AreEqual(0x3C, PinMap.OledI2cAddress);
            Assert.AreEqual(0x68, PinMap.RtcI2cAddress);
        }

        [TestMethod]
        public void ProvisioningUsesCom2At115200()
        {
            Assert.AreEqual("COM2", PinMap.ProvisioningPort, "COM1 carries the wire protocol on a classic ESP32");
            Assert.AreEqual(115200, PinMap.ProvisioningBaudRate);
        }

        [TestMethod]
        public void CsvReaderRejectsAMissingHeaderAndBadNumbers()
        {
            Assert.ThrowsExactly<System.FormatException>(() => PinoutCsv.Parse(new[] { "I2cSdaGpio,21,33,x" }));
            Assert.ThrowsExactly<System.FormatException>(() => PinoutCsv.Parse(new[] { PinoutCsv.Header, "I2cSdaGpio,2x,33,notes" }));
            Assert.AreEqual(1, PinoutCsv.Parse(new[] { PinoutCsv.Header, "A,1,2,notes, with a comma" }).Count);
        }
    }
}
