using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HardwareToken.Core.Time;
using HardwareToken.Hardware.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Hardware.Tests
{
    /// <summary>
    /// Source scan of firmware/HardwareToken.Firmware: nothing nanoFramework 1.x (no generics) cannot run, nothing the
    /// hardware notes forbid, and the wiring rules of Program.cs. The firmware cannot be compiled here, so this is the
    /// desktop guard; the real compiler is the nanoFramework build (docs/testing.md).
    /// </summary>
    [TestClass]
    public sealed class FirmwareSourceTests
    {
        private static readonly (Regex Pattern, string Why)[] Forbidden =
        {
            (new Regex(@"\b(List|Dictionary|IList|IEnumerable|ICollection|IDictionary|IReadOnlyList|IReadOnlyCollection|HashSet|Queue|Stack|LinkedList|Func|Action|Predicate|Span|ReadOnlySpan|Memory|Nullable|EventHandler|Task|ValueTask|KeyValuePair|Tuple|ValueTuple|Lazy|IComparer|IEquatable|Comparer|EqualityComparer)\s*<"), "generic type (nanoFramework 1.x has no generics)"),
            (new Regex(@"\w\s*<\s*(int|long|byte|bool|string|object|char|short|uint|ulong)\s*[,>]"), "generic type argument"),
            (new Regex(@"\$@?"""), "string interpolation"),
            (new Regex(@"@\$"""), "string interpolation"),
            (new Regex(@"using\s+System\.Linq"), "LINQ"),
            (new Regex(@"\bDateTime\.Now\b"), "DateTime.Now (not in nanoFramework; the token keeps UTC only)"),
            (new Regex(@"\bSendCommand\s*\("), "Ssd13xx SendCommand (overwrites the frame buffer: FACTS §1); write raw commands"),
            (new Regex(@"\bSystem\.Math\b|\bMath\."), "System.Math is a separate package and not needed"),
            (new Regex(@"\bvar\s+\(|(^|[^\w.])\(\s*\w+\s*,\s*\w+\s*\)\s*=(?!=)"), "tuples"),
            (new Regex(@"\bSpanByte\b"), "SpanByte exists only on nanoFramework; pass byte[] (it converts implicitly)"),
        };

        private static IEnumerable<(string File, string Code)> FirmwareSources() =>
            Repo.CsFiles(Repo.FirmwareDir).Select(f => (Repo.Relative(f), CSharpSource.WithoutComments(File.ReadAllText(f))));

        private static string Program => CSharpSource.WithoutComments(File.ReadAllText(Path.Combine(Repo.FirmwareDir, "Program.cs")));

        [TestMethod]
        public void FirmwareUsesNoConstructNanoFramework1CannotRun()
        {
            List<string> problems = new List<string>();
            foreach ((string file, string code) in FirmwareSources())
            {
                string[] lines = code.Split('\n');
                for (int i = 0; i < lines.Length; i++)
                {
                    foreach ((Regex pattern, string why) in Forbidden)
                    {
                        if (pattern.IsMatch(lines[i]))
                        {
                            problems.Add(file + ":" + (i + 1) + ": " + why + ": " + lines[i].Trim());
                        }
                    }
                }
            }

            Assert.AreEqual(0, problems.Count, string.Join(Environment.NewLine, problems));
        }

        [TestMethod]
        public void TheScanCatchesWhatItForbids()
        {
            string[] bad =
            {
                "List<int> x;", "var d = new Dictionary<string, int>();", "Func<int> f;", "string s = $\"{a}\";",
                "using System.Linq;", "DateTime t = DateTime.Now;", "(a, b) = (b, a);", "_panel.SendCommand(new SetDisplayOff());", "Span<byte> s;",
            };
            foreach (string line in bad)
            {
                Assert.IsTrue(Forbidden.Any(f => f.Pattern.IsMatch(line)), "not caught: " + line);
            }

            string fine = "if (a < b && c > d && Max(a, b) == c) { x = y << 2; } // List<int> in a comment";
            string code = CSharpSource.WithoutComments(fine);
            Assert.IsFalse(Forbidden.Any(f => f.Pattern.IsMatch(code)), "false alarm: " + code);
            Assert.AreEqual("a \"//x\" b ", CSharpSource.WithoutComments("a \"//x\" b /* c */"));
        }

        [TestMethod]
        public void PinsAreMuxedBeforeAnyBusIsCreated()
        {
            string program = Program;
            int lastMux = program.LastIndexOf("Configuration.SetPinFunction(", StringComparison.Ordinal);
            Assert.IsTrue(lastMux > 0, "Program.cs sets no pin function");
            foreach (string creation in new[] { "new I2cDevice(", "new Com2SerialLink(", "new SerialPort(" })
            {
                int first = program.IndexOf(creation, StringComparison.Ordinal);
                Assert.IsTrue(first < 0 || first > lastMux, creation + " before the last SetPinFunction");
            }

            foreach (string function in new[] { "DeviceFunction.I2C1_DATA", "DeviceFunction.I2C1_CLOCK", "DeviceFunction.COM2_RX", "DeviceFunction.COM2_TX" })
            {
                StringAssert.Contains(program, function);
            }
        }

        [TestMethod]
        public void EveryI2cDeviceRunsAtTheSpeedTheRtcAllows()
        {
            // The bus speed is bus-wide and the last created device wins (FACTS §3): every device asks for the same
            // speed, the RTC's maximum (DS1307 100 kHz, DS3231 400 kHz; the SSD1306 allows 400 kHz).
            int settings = 0;
            foreach ((string file, string code) in FirmwareSources())
            {
                foreach (Match m in Regex.Matches(code, @"new\s+I2cConnectionSettings\s*\(([^;]*)\)\s*\)"))
                {
                    settings++;
                    StringAssert.EndsWith(m.Groups[1].Value.Trim(), ", speed", file + ": " + m.Value);
                }
            }

            Assert.AreEqual(2, settings, "one I2cConnectionSettings per device (RTC, OLED)");
            StringAssert.Contains(Program, "I2cBusSpeed speed = RtcRegisterImage.MaxBusKilohertz(BuildInfo.Rtc) >= 400 ? I2cBusSpeed.FastMode : I2cBusSpeed.StandardMode;");
            Assert.AreEqual(100, RtcRegisterImage.MaxBusKilohertz(RtcChip.Ds1307));
            Assert.AreEqual(400, RtcRegisterImage.MaxBusKilohertz(RtcChip.Ds3231));
        }

        [TestMethod]
        public void MainGuardsEverySetUpStepAndTheLoop()
        {
            // An exception that ends Main leaves the ESP32 waiting for a debugger (EnterDebuggerLoopAfterExit), so
            // Main is exactly: progress record, try { Run }, catch { FailSafeShutdown }.
            string program = Program;
            Match main = Regex.Match(program, @"public static void Main\(\)\s*\{(?<body>.*?)\n        \}", RegexOptions.Singleline);
            Assert.IsTrue(main.Success, "Main not found");
            string body = Regex.Replace(main.Groups["body"].Value, @"\s+", " ").Trim();
            Assert.AreEqual("BootProgress progress = new BootProgress(); try { Run(progress); } catch (Exception) { FailSafeShutdown.Run(new EspFailSafe(progress.Display, progress.Oled), progress.Stage); }", body);

            // Each stage is announced before its step, in boot order.
            string[] stages = { "Pins", "I2cBus", "Display", "Clock", "Button", "Serial", "Storage", "App" };
            int at = 0;
            foreach (string stage in stages)
            {
                int next = program.IndexOf("progress.Stage = BootStage." + stage + ";", at, StringComparison.Ordinal);
                Assert.IsTrue(next > at, "stage " + stage + " announced in order");
                at = next;
            }

            Assert.IsTrue(program.IndexOf("app.Boot();", StringComparison.Ordinal) > at, "the app runs in the last stage");
        }

        [TestMethod]
        public void TheSerialReceiveBufferIsSizedBeforeOpen()
        {
            string link = File.ReadAllText(Repo.Path("firmware", "HardwareToken.Firmware", "Adapters", "Com2SerialLink.cs"));
            int size = link.IndexOf("_port.ReadBufferSize = ReceiveBufferBytes;", StringComparison.Ordinal);
            int open = link.IndexOf("_port.Open();", StringComparison.Ordinal);
            Assert.IsTrue(size > 0 && open > size, "ReadBufferSize is set before Open (it throws once open)");
        }

        [TestMethod]
        public void ProgramRunsTheCoreLoopAsDocumented()
        {
            string program = Program;
            int boot = program.IndexOf("app.Boot();", StringComparison.Ordinal);
            int step = program.IndexOf("app.Step()", StringComparison.Ordinal);
            Assert.IsTrue(boot > 0 && step > boot, "Boot() once, then Step() in the loop");
            StringAssert.Contains(program, "Sleep.GetWakeupCause()");
            StringAssert.Contains(program, "Rtc.SetSystemTime(");
            StringAssert.Contains(program, "config.FirmwareBuildUnixSeconds = BuildInfo.FirmwareBuildUnixSeconds;");
            Assert.IsTrue(program.IndexOf("SetSystemTimeFromRtc(rtc)", StringComparison.Ordinal) < boot, "system clock set before the app boots");
        }

        [TestMethod]
        public void EveryCorePortHasExactlyOneFirmwareAdapter()
        {
            string portsDir = Repo.Path("firmware", "HardwareToken.Core", "Ports");
            List<string> ports = Repo.CsFiles(portsDir)
                .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"public\s+interface\s+(I\w+)").Select(m => m.Groups[1].Value))
                .ToList();
            Assert.IsTrue(ports.Count >= 8, "ports found: " + string.Join(",", ports));

            List<(string Class, string Interface)> adapters = FirmwareSources()
                .SelectMany(s => Regex.Matches(s.Code, @"class\s+(\w+)\s*:\s*(I\w+)").Select(m => (m.Groups[1].Value, m.Groups[2].Value)))
                .ToList();
            foreach (string port in ports)
            {
                List<string> implementations = adapters.Where(a => a.Interface == port).Select(a => a.Class).ToList();
                Assert.AreEqual(1, implementations.Count, port + " implemented by: " + string.Join(",", implementations));
            }
        }

        [TestMethod]
        public void EveryImportedNamespaceComesFromAPinnedPackage()
        {
            // Namespace -> package that provides it (docs/firmware.md explains each).
            Dictionary<string, string> provider = new Dictionary<string, string>
            {
                ["System"] = "nanoFramework.CoreLibrary",
                ["System.Threading"] = "nanoFramework.CoreLibrary",
                ["System.Device.I2c"] = "nanoFramework.System.Device.I2c",
                ["System.Device.Gpio"] = "nanoFramework.System.Device.Gpio",
                ["System.IO"] = "nanoFramework.System.IO.FileSystem",
                ["System.IO.Ports"] = "nanoFramework.System.IO.Ports",
                ["System.Net.NetworkInformation"] = "nanoFramework.System.Net",
                ["Iot.Device.Ssd13xx"] = "nanoFramework.Iot.Device.Ssd13xx",
                ["nanoFramework.Hardware.Esp32"] = "nanoFramework.Hardware.Esp32",
            };
            HashSet<string> pinned = new NanoProject(Repo.FirmwareNfproj).ConfigPackages().Select(p => p.Id).ToHashSet();
            foreach ((string file, string code) in FirmwareSources())
            {
                foreach (Match m in Regex.Matches(code, @"^\s*using\s+([\w.]+)\s*;", RegexOptions.Multiline))
                {
                    string ns = m.Groups[1].Value;
                    if (ns.StartsWith("HardwareToken.", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    Assert.IsTrue(provider.ContainsKey(ns), file + ": namespace " + ns + " has no known package (add it here and to docs/firmware.md)");
                    Assert.IsTrue(pinned.Contains(provider[ns]), file + ": " + ns + " needs package " + provider[ns]);
                }
            }

            StringAssert.Contains(string.Join("\n", FirmwareSources().Select(s => s.Code)), "nanoFramework.Runtime.Native.Rtc.SetSystemTime(");
            Assert.IsTrue(pinned.Contains("nanoFramework.Runtime.Native"));
        }
    }
}
