using System;
using System.Diagnostics;
using System.Security.Cryptography;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Otp;
using HardwareToken.Core.Text;
using HardwareToken.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Core.Tests
{
    /// <summary>
    /// Desktop-only: the core against independent implementations, .NET's HMACSHA1 (the OS crypto library) and
    /// the oathtool program.
    /// </summary>
    [TestClass]
    public class DifferentialTests
    {
        [TestMethod]
        public void HmacAndTotpMatchDotNetOnTenThousandRandomCases()
        {
            var random = new Random(20261123);
            byte[] output = new byte[20];
            for (int i = 0; i < 10_000; i++)
            {
                byte[] key = new byte[random.Next(1, 201)];
                random.NextBytes(key);
                long time = random.NextInt64(0, 1L << 40);
                int digits = random.Next(6, 9);
                int period = random.Next(2) == 0 ? 30 : 60;

                var generator = new OtpGenerator();
                generator.SetKey(key, 0, key.Length, digits, period, 0);
                Assert.AreEqual(ReferenceTotp(key, time, digits, period), generator.TotpCode(time), $"case {i}: key {key.Length} B, T={time}");

                byte[] message = new byte[random.Next(0, 300)];
                random.NextBytes(message);
                var mac = new HmacSha1(key, 0, key.Length);
                mac.ComputeHash(message, 0, message.Length, output, 0);
                CollectionAssert.AreEqual(HMACSHA1.HashData(key, message), output, $"case {i}: HMAC of {message.Length} B");
            }
        }

        [TestMethod]
        public void Sha1MatchesDotNetOnEveryLengthUpToThreeBlocks()
        {
            var random = new Random(7);
            byte[] digest = new byte[20];
            var sha = new Sha1();
            for (int n = 0; n <= 200; n++)
            {
                byte[] data = new byte[n];
                random.NextBytes(data);
                sha.Update(data, 0, n);
                sha.Final(digest, 0);
                CollectionAssert.AreEqual(SHA1.HashData(data), digest, $"length {n}");
            }
        }

        [TestMethod]
        public void TotpMatchesOathtoolOnTwoHundredRandomCases()
        {
            string oathtool = ExternalTool.Require("oathtool", "oathtool");

            var random = new Random(4226);
            for (int i = 0; i < 200; i++)
            {
                byte[] key = new byte[random.Next(0, 4) == 0 ? random.Next(1, 65) : 40];
                random.NextBytes(key);
                long time = random.NextInt64(0, 1L << 40);
                int digits = random.Next(2) == 0 ? 6 : 8;
                int period = random.Next(4) == 0 ? 60 : 30;
                string secret = Base32.Encode(key, 0, key.Length, false);

                var generator = new OtpGenerator();
                generator.SetKey(key, 0, key.Length, digits, period, 0);
                string expected = Run(oathtool, $"--totp -b -d {digits} -s {period}s --now=@{time} -", secret);
                Assert.AreEqual(expected, OtpFormat.Format(generator.TotpCode(time), digits), $"case {i}: {key.Length} B, T={time}, {digits} digits, {period} s");
            }
        }

        private static int ReferenceTotp(byte[] key, long time, int digits, int period)
        {
            byte[] counter = BitConverter.GetBytes(time / period);
            if (BitConverter.IsLittleEndian)
            {
                Array.Reverse(counter);
            }

            byte[] h = HMACSHA1.HashData(key, counter);
            int o = h[19] & 0xF;
            int binary = ((h[o] & 0x7F) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
            return binary % (int)Math.Pow(10, digits);
        }

        private static string Run(string program, string arguments, string stdin)
        {
            var info = new ProcessStartInfo(program, arguments)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(info)!;
            process.StandardInput.WriteLine(stdin);
            process.StandardInput.Close();
            string output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            Assert.AreEqual(0, process.ExitCode, process.StandardError.ReadToEnd());
            return output;
        }
    }
}
