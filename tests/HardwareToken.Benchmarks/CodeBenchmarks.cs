using System;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using HardwareToken.Core.Otp;

namespace HardwareToken.Benchmarks
{
    /// <summary>
    /// One 6-digit TOTP code: the core (precomputed HMAC midstates, fixed buffers) against .NET's
    /// HMACSHA1.HashData and a new HMACSHA1 per code, for 20-, 40- (AWS) and 64-byte keys.
    /// </summary>
    [MemoryDiagnoser]
    public class CodeBenchmarks
    {
        private readonly byte[] _counter = new byte[8];
        private OtpGenerator _generator = null!;
        private byte[] _key = null!;
        private long _time = 1_795_000_000;

        [Params(20, 40, 64)]
        public int KeyBytes { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _key = new byte[KeyBytes];
            new Random(KeyBytes).NextBytes(_key);
            _generator = new OtpGenerator();
            _generator.SetKey(_key, 0, _key.Length, 6, 30, 0);
        }

        [Benchmark(Baseline = true, Description = "HMACSHA1.HashData")]
        public int HashData()
        {
            WriteCounter(_time / 30);
            return Truncate(HMACSHA1.HashData(_key, _counter));
        }

        [Benchmark(Description = "new HMACSHA1(key).ComputeHash")]
        public int NewHmacPerCode()
        {
            WriteCounter(_time / 30);
            using var mac = new HMACSHA1(_key);
            return Truncate(mac.ComputeHash(_counter));
        }

        [Benchmark(Description = "core OtpGenerator.TotpCode")]
        public int Core() => _generator.TotpCode(_time);

        private void WriteCounter(long counter)
        {
            for (int i = 7; i >= 0; i--)
            {
                _counter[i] = (byte)counter;
                counter >>= 8;
            }
        }

        private static int Truncate(byte[] h)
        {
            int o = h[19] & 0xF;
            return (((h[o] & 0x7F) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3]) % 1_000_000;
        }
    }
}
