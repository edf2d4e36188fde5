using System;
using HardwareToken.Core.Otp;

namespace HardwareToken.Benchmarks.NanoClr
{
    /// <summary>
    /// A fixed number of TOTP codes and nothing else, for build/nanoclr-benchmarks.sh, which runs it with two counts
    /// and takes the difference of nanoCLR's CPU time: a cost per code that other processes on the machine do not
    /// inflate (they only add wall time). NAIVE selects the baseline, LONG_RUN doubles the count.
    /// </summary>
    public static class TotpLoop
    {
#if LONG_RUN
        private const int Codes = 60000;
#else
        private const int Codes = 20000;
#endif

        public static void Main()
        {
            byte[] key = new byte[40];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = (byte)(i + 1);
            }

            OtpGenerator core = new OtpGenerator();
            core.SetKey(key, 0, key.Length, 6, 30, 0);
            int sink = 0;
            for (int i = 0; i < Codes; i++)
            {
#if NAIVE
                sink ^= NaiveTotp.Code(key, 1795000000 + (i * 30));
#else
                sink ^= core.TotpCode(1795000000 + (i * 30));
#endif
            }

            Console.WriteLine("codes " + Codes.ToString() + " sink " + sink.ToString());
        }
    }
}
