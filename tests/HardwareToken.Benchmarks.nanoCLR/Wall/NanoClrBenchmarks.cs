using System;
using HardwareToken.Core.Accounts;
using HardwareToken.Core.App;
using HardwareToken.Core.Otp;
using HardwareToken.Core.Storage;
using HardwareToken.Benchmarks.NanoClr.Previous;
using HardwareToken.Core.Tests.Fakes;

namespace HardwareToken.Benchmarks.NanoClr
{
    /// <summary>
    /// The figures of docs/benchmarks.md's nanoCLR section, in one nanoCLR run (build/nanoclr-benchmarks.sh).
    /// Times come from DateTime.UtcNow (100 ns ticks) over many iterations; the heap from nanoFramework's GC.
    /// </summary>
    public static class Program
    {
        private const long Now = 1795000000; // 2026-11-18, as the shared tests' TokenHarness

        public static void Main()
        {
            byte[] key = new byte[40];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = (byte)(i + 1);
            }

            // The two implementations must agree before they are timed.
            OtpGenerator core = new OtpGenerator();
            core.SetKey(key, 0, key.Length, 6, 30, 0);
            PreviousTotp previous = new PreviousTotp(key);
            for (long t = Now; t < Now + 300; t += 30)
            {
                if (core.TotpCode(t) != NaiveTotp.Code(key, t) || previous.Code(t) != NaiveTotp.Code(key, t))
                {
                    Console.WriteLine("MISMATCH at " + t.ToString());
                    return;
                }
            }

            // Interleaved batches; the fastest batch is the figure (other processes on the machine only ever add time),
            // the mean over all batches is printed beside it.
            const int batches = 100;
            const int perBatch = 200;
            long coreBest = long.MaxValue, naiveBest = long.MaxValue, coreTotal = 0, naiveTotal = 0;
            long previousBest = long.MaxValue, previousTotal = 0;
            int sink = 0;
            long t0 = Now;
            for (int batch = 0; batch < batches; batch++)
            {
                long start = DateTime.UtcNow.Ticks;
                for (int i = 0; i < perBatch; i++)
                {
                    sink ^= core.TotpCode(t0 + (i * 30));
                }

                long ticks = DateTime.UtcNow.Ticks - start;
                coreTotal += ticks;
                coreBest = ticks < coreBest ? ticks : coreBest;
                start = DateTime.UtcNow.Ticks;
                for (int i = 0; i < perBatch; i++)
                {
                    sink ^= NaiveTotp.Code(key, t0 + (i * 30));
                }

                ticks = DateTime.UtcNow.Ticks - start;
                naiveTotal += ticks;
                naiveBest = ticks < naiveBest ? ticks : naiveBest;
                start = DateTime.UtcNow.Ticks;
                for (int i = 0; i < perBatch; i++)
                {
                    sink ^= previous.Code(t0 + (i * 30));
                }

                ticks = DateTime.UtcNow.Ticks - start;
                previousTotal += ticks;
                previousBest = ticks < previousBest ? ticks : previousBest;
                t0 += perBatch * 30;
            }

            Report("totp_core_us", coreBest, perBatch, coreTotal, batches * perBatch);
            Report("totp_naive_us", naiveBest, perBatch, naiveTotal, batches * perBatch);
            Report("totp_previous_core_us", previousBest, perBatch, previousTotal, batches * perBatch);

            // Boot with 8 accounts to the first frame, on the shared tests' fake hardware.
            MemoryStorage storage = new MemoryStorage(2048);
            AccountTable table = new AccountTable();
            for (int slot = 0; slot < AccountTable.SlotCount; slot++)
            {
                table.Put(slot, "AWS " + slot.ToString(), key, 0, key.Length, 6, 30);
            }

            ClockCalibration clock = new ClockCalibration();
            new StateStore(storage).Save(table, clock);
            table = null;
            uint freeBefore = nanoFramework.Runtime.Native.GC.Run(true);

            const int boots = 50;
            TokenApp app = null;
            FakePlatform platform = null;
            long bootTicks = 0, bootBest = long.MaxValue;
            for (int i = 0; i < boots; i++)
            {
                SimulatedTime time = new SimulatedTime(Now * 1000);
                platform = new FakePlatform(time, new DriftingRtc(time, Now, 0), storage);
                TokenConfig config = new TokenConfig();
                config.DisplayTimeoutMilliseconds = 600000; // the code screen stays on for the Step figure below
                app = new TokenApp(platform, config);
                int shows = platform.FakeDisplay.Shows;
                long start = DateTime.UtcNow.Ticks;
                app.Boot();
                while (platform.FakeDisplay.Shows == shows)
                {
                    app.Step();
                }

                long bootOnce = DateTime.UtcNow.Ticks - start;
                bootTicks += bootOnce;
                bootBest = bootOnce < bootBest ? bootOnce : bootBest;
                app = (i == boots - 1) ? app : null;
            }

            Report("boot_8_accounts_us", bootBest, 1, bootTicks, boots);
            uint freeAfter = nanoFramework.Runtime.Native.GC.Run(true);
            Console.WriteLine("accounts_used " + app.Accounts.UsedCount.ToString() + " screen " + ((int)app.Screen).ToString());
            Console.WriteLine("heap_booted_bytes " + (freeBefore - freeAfter).ToString());
            Console.WriteLine("heap_free_bytes " + freeAfter.ToString());

            // One Step per second on the code screen: the second changes, the screen is redrawn.
            const int seconds = 200;
            long stepTicks = 0, stepBest = long.MaxValue;
            int redraws = platform.FakeDisplay.Shows;
            for (int i = 0; i < seconds; i++)
            {
                platform.Time.Advance(1000);
                long start = DateTime.UtcNow.Ticks;
                app.Step();
                long stepOnce = DateTime.UtcNow.Ticks - start;
                stepTicks += stepOnce;
                stepBest = stepOnce < stepBest ? stepOnce : stepBest;
            }

            Report("step_per_second_us", stepBest, 1, stepTicks, seconds);
            Console.WriteLine("redraws " + (platform.FakeDisplay.Shows - redraws).ToString() + " of " + seconds.ToString());
            Console.WriteLine("sink " + sink.ToString());
        }

        private static void Report(string name, long bestTicks, int bestCount, long totalTicks, int totalCount)
        {
            Console.WriteLine(name + " best " + Microseconds(bestTicks, bestCount) + " mean " + Microseconds(totalTicks, totalCount));
        }

        private static string Microseconds(long ticks, int count)
        {
            long tenths = ticks / count; // one tick is 0.1 us
            return (tenths / 10).ToString() + "." + (tenths % 10).ToString();
        }
    }
}
