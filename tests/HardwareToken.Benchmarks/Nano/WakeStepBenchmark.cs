using System;
using HardwareToken.Core.Accounts;
using HardwareToken.Core.App;
using HardwareToken.Core.Tests.Fakes;

namespace HardwareToken.Benchmarks.Nano
{
    /// <summary>
    /// The cost of the step that wakes the token from light sleep (read the clock, compute the code, render the
    /// frame, push it), timed in the real nanoCLR interpreter. Run with ../shared/nanoframework/nanoclr/run-nf-exe.sh
    /// (docs/power.md has the command and the figures). Fakes stand in for the hardware, so the I2C time of the
    /// frame push is not in it: docs/power.md adds it from the bus speed.
    /// </summary>
    public static class WakeStepBenchmark
    {
        public static void Main()
        {
            const long now = 1795000000;
            SimulatedTime time = new SimulatedTime(now * 1000);
            DriftingRtc rtc = new DriftingRtc(time, now, 0);
            MemoryStorage storage = new MemoryStorage(2048);
            byte[] key = new byte[40];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = (byte)(i + 1);
            }


            FakePlatform platform = new FakePlatform(time, rtc, storage);
            TokenConfig config = new TokenConfig();
            config.DisplayTimeoutMilliseconds = 0;
            TokenApp app = new TokenApp(platform, config);
            app.Boot();

            // The account in RAM only: the benchmark measures the wake, not storage.
            if (app.Accounts.Put(0, "AWS root", key, 0, key.Length, 6, 30) != AccountError.None)
            {
                throw new Exception("account refused");
            }

            const int rounds = 200;
            long total = 0;
            long worst = 0;
            for (int i = 0; i < rounds; i++)
            {
                time.Advance(1000);
                app.Step();
                if (app.IsAwake)
                {
                    throw new Exception("expected the token to fall asleep");
                }

                time.Advance(1000);
                platform.FakeButton.Queue(true, time.Milliseconds);
                long start = DateTime.UtcNow.Ticks;
                app.Step();
                long ticks = DateTime.UtcNow.Ticks - start;
                if (!app.IsAwake)
                {
                    throw new Exception("the press did not wake the token");
                }

                platform.FakeButton.Queue(false, time.Milliseconds + 100);
                total += ticks;
                if (ticks > worst)
                {
                    worst = ticks;
                }
            }

            Console.WriteLine("wake step in nanoCLR: mean " + (total / rounds / 10).ToString() + " us, worst " + (worst / 10).ToString() + " us over " + rounds.ToString() + " wakes");
        }
    }
}
