using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Core.Tests
{
    /// <summary>
    /// The firmware's own sources (firmware/HardwareToken.Firmware) get the runtime checks of the portability guard that
    /// the compiled core gets, today the null comparison nanoCLR gets wrong (<see cref="NullComparisonCheck"/>). The
    /// firmware references nanoFramework-only libraries (GPIO, I2C, serial, ...), so it is compiled here against the
    /// toolchain's reference assemblies (../shared/nanoframework/ref/out, or $NANOFRAMEWORK_TOOLCHAIN/ref/out), with
    /// csc -optimize+ as the device build. Without a toolchain the test is inconclusive; with CI=true it fails.
    /// </summary>
    [TestClass]
    public class FirmwarePortabilityTests
    {
        [TestMethod]
        public void FirmwareHasNoNullComparisonUsedAsAValue()
        {
            string repo = RepositoryRoot();
            string toolchain = Toolchain(repo);
            string work = Directory.CreateTempSubdirectory("hwtoken-fw-").FullName;
            try
            {
                string refs = Path.Combine(toolchain, "ref", "out");
                string core = Compile(repo, toolchain, Path.Combine(repo, "firmware", "HardwareToken.Core.nanoFramework", "HardwareToken.Core.nanoFramework.nfproj"), Path.Combine(work, "HardwareToken.Core.dll"), refs, null);
                string firmware = Compile(repo, toolchain, Path.Combine(repo, "firmware", "HardwareToken.Firmware", "HardwareToken.Firmware.nfproj"), Path.Combine(work, "HardwareToken.Firmware.dll"), refs, core);
                var found = PortabilityGuard.FindViolations(firmware, Directory.GetFiles(refs, "*.dll").Select(Path.GetFileNameWithoutExtension).Append("HardwareToken.Core").ToArray())
                    .Where(v => v.Contains(NullComparisonCheck.Why, StringComparison.Ordinal)).ToList();
                Assert.AreEqual(0, found.Count, "the firmware compares with null as a value:\n" + string.Join("\n", found));
            }
            finally
            {
                Directory.Delete(work, true);
            }
        }

        private static string Compile(string repo, string toolchain, string project, string output, string refs, string extraReference)
        {
            string rsp = Path.Combine(Path.GetDirectoryName(output)!, Path.GetFileNameWithoutExtension(output) + ".rsp");
            string args = "\"" + Path.Combine(toolchain, "ref", "nfproj2rsp.py") + "\" --all-refs \"" + refs + "\" --out \"" + output + "\""
                + (extraReference == null ? string.Empty : " -r \"" + extraReference + "\"") + " \"" + project + "\"";
            File.WriteAllText(rsp, Run("python3", args, repo));
            Run("dotnet", "\"" + Csc() + "\" -noconfig -optimize+ @\"" + rsp + "\"", repo);
            Assert.IsTrue(File.Exists(output), "csc wrote no " + output);
            return output;
        }

        private static string Run(string program, string arguments, string directory)
        {
            var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
            using Process process = Process.Start(start)!;
            Task<string> error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.AreEqual(0, process.ExitCode, program + " " + arguments + " failed:\n" + output + error.Result);
            return output;
        }

        /// <summary>The newest SDK's csc.dll, as the toolchain's own scripts pick it.</summary>
        private static string Csc()
        {
            string dotnetRoot = Path.GetDirectoryName(Environment.ProcessPath!)!;
            string sdk = Directory.GetDirectories(Path.Combine(dotnetRoot, "sdk")).OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out Version v) ? v : new Version()).Last();
            return Path.Combine(sdk, "Roslyn", "bincore", "csc.dll");
        }

        private static string RepositoryRoot()
        {
            string dir = Path.GetDirectoryName(typeof(FirmwarePortabilityTests).Assembly.Location)!;
            while (!File.Exists(Path.Combine(dir, "HardwareToken.sln")))
            {
                dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("HardwareToken.sln not found above the test assembly");
            }

            return dir;
        }

        private static string Toolchain(string repo)
        {
            string dir = Environment.GetEnvironmentVariable("NANOFRAMEWORK_TOOLCHAIN");
            dir = string.IsNullOrEmpty(dir) ? Path.Combine(repo, "..", "shared", "nanoframework") : Path.GetFullPath(dir, repo);
            if (File.Exists(Path.Combine(dir, "ref", "nfproj2rsp.py")) && Directory.Exists(Path.Combine(dir, "ref", "out")))
            {
                return Path.GetFullPath(dir);
            }

            string message = "no nanoFramework toolchain at " + dir + " (set NANOFRAMEWORK_TOOLCHAIN; docs/testing.md)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message + " and CI=true, so it fails instead of skipping");
            }

            Assert.Inconclusive(message + "; skipped");
            return dir;
        }
    }
}
