using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using HardwareToken.Protocol;
using HardwareToken.Transport;

namespace HardwareToken.Benchmarks
{
    /// <summary>
    /// A full provisioning exchange against the virtual token over its pseudo-terminal, timed end to end:
    /// Info, PutSecret (the token waits for its button; the benchmark presses it through the emulator's headless
    /// control channel as soon as AwaitingButton arrives), Verify and ListSlots. Not a BenchmarkDotNet
    /// benchmark: it measures a process and a serial line, 20 runs, and reports the median.
    /// Run: dotnet run -c Release --project tests/HardwareToken.Benchmarks -- roundtrip
    /// </summary>
    public static class ProvisionRoundTrip
    {
    /// <summary>How long the benchmark "reads" the confirm screen before pressing (the token's minimum is 500 ms).</summary>
    private const int ConfirmReadMilliseconds = 600;

        public static int Run(int runs)
        {
            string state = Path.Combine(Path.GetTempPath(), "hwtoken-roundtrip-" + Environment.ProcessId);
            Directory.CreateDirectory(state, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            string dll = Path.Combine(AppContext.BaseDirectory, "hwtoken-emulator.dll");
            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (string a in new[] { dll, "--headless", "--state", state, "--display-timeout", "600" })
            {
                info.ArgumentList.Add(a);
            }

            using Process emulator = Process.Start(info)!;
            emulator.StandardInput.AutoFlush = true;
            string first = emulator.StandardOutput.ReadLine() ?? string.Empty;
            string port = first.StartsWith("serial ", StringComparison.Ordinal) ? first["serial ".Length..] : throw new InvalidOperationException(first);

            var times = new List<double>();
            var pressTimes = new List<double>();
            byte[] secret = new byte[40];
            try
            {
                using SerialPort serial = SerialPort.Open(port);
                var session = new TokenSession(serial);
                for (int i = 0; i < runs; i++)
                {
                    RandomNumberGenerator.Fill(secret);
                    var watch = Stopwatch.StartNew();
                    double pressed = 0;
                    session.Info();
                    session.PutSecret(i % 8, "bench " + i, secret, 6, 30, _ =>
                    {
                        // The token ignores a press that begins under 0.5 s after its confirm screen appeared: wait
                        // as a user reading it would, and leave that wait out of the figures.
                        System.Threading.Thread.Sleep(ConfirmReadMilliseconds);
                        var press = Stopwatch.StartNew();
                        emulator.StandardInput.WriteLine("press");
                        string reply = emulator.StandardOutput.ReadLine() ?? string.Empty;
                        pressed = press.Elapsed.TotalMilliseconds;
                        if (reply != "ok")
                        {
                            throw new InvalidOperationException("press: " + reply);
                        }
                    });
                    session.Verify(i % 8);
                    session.ListSlots();
                    times.Add(watch.Elapsed.TotalMilliseconds - ConfirmReadMilliseconds);
                    pressTimes.Add(pressed);
                }
            }
            finally
            {
                CryptographicOperations.ZeroMemory(secret);
                emulator.StandardInput.WriteLine("quit");
                emulator.WaitForExit(5000);
                Directory.Delete(state, recursive: true);
            }

            Console.WriteLine($"provision round trip over a pty, {runs} runs: median {Median(times):0.0} ms "
                + $"(min {times.Min():0.0}, max {times.Max():0.0}); of which the simulated press (100 ms hold) median {Median(pressTimes):0.0} ms");
            return 0;
        }

        private static double Median(List<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            int mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }
}
