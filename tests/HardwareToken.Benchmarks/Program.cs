using BenchmarkDotNet.Running;

namespace HardwareToken.Benchmarks
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "roundtrip")
            {
                return ProvisionRoundTrip.Run(20);
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
