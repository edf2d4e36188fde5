using BenchmarkDotNet.Attributes;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Otp;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Screens;

namespace HardwareToken.Benchmarks
{
    /// <summary>
    /// The other hot paths of the token: one code-screen render into the preallocated frame, and one request
    /// frame decoded and answered (Info) with the core's decoder and writer; plus the compression count per code.
    /// </summary>
    [MemoryDiagnoser]
    public class CoreBenchmarks
    {
        private readonly ScreenRenderer _renderer = new ScreenRenderer();
        private readonly FrameDecoder _decoder = new FrameDecoder();
        private readonly ResponseWriter _writer = new ResponseWriter();
        private readonly byte[] _infoRequest = new byte[FrameFormat.MaxFrameLength];
        private int _infoLength;
        private int _code;

        [GlobalSetup]
        public void Setup()
        {
            _infoLength = FrameFormat.Seal(_infoRequest, (int)Opcode.Info, 7, 0);
        }

        [Benchmark(Description = "render code screen (6 digits)")]
        public byte[] RenderCodeScreen()
        {
            _code = (_code + 7919) % 1000000;
            _renderer.RenderCode("AWS root", 1, 2, _code, 6, 17, 30, false, false);
            return _renderer.Frame;
        }

        [Benchmark(Description = "decode Info request + write Info reply")]
        public int DecodeAndAnswerInfo()
        {
            int length = 0;
            for (int i = 0; i < _infoLength; i++)
            {
                if (_decoder.Feed(_infoRequest[i], 0) == FeedResult.FrameReady)
                {
                    length = _writer.WriteInfo(_decoder.Sequence, "1.0.0", 8, 1, true, 1795000000, 1794000000, 20000, 2);
                }
            }

            return length;
        }

        /// <summary>Not a timing: prints the SHA-1 compressions one code costs (the design target is 2).</summary>
        [GlobalCleanup]
        public void ReportCompressions()
        {
            var generator = new OtpGenerator();
            byte[] key = new byte[40];
            generator.SetKey(key, 0, key.Length, 6, 30, 0);
            long before = generator.Compressions;
            generator.TotpCode(1795000000);
            System.Console.WriteLine("// SHA-1 compressions per code: " + (generator.Compressions - before));
        }
    }
}
