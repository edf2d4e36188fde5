using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HardwareToken.Hardware.Tests.Support
{
    /// <summary>Paths into the repository the tests read (found by walking up to HardwareToken.sln).</summary>
    internal static class Repo
    {
        private static readonly Lazy<string> RootPath = new Lazy<string>(FindRoot);

        public static string Root => RootPath.Value;

        public static string Path(params string[] parts) => System.IO.Path.Combine(new[] { Root }.Concat(parts).ToArray());

        public static string FirmwareDir => Path("firmware", "HardwareToken.Firmware");

        public static string CoreNfproj => Path("firmware", "HardwareToken.Core.nanoFramework", "HardwareToken.Core.nanoFramework.nfproj");

        public static string FirmwareNfproj => Path("firmware", "HardwareToken.Firmware", "HardwareToken.Firmware.nfproj");

        public static string TestsNfproj => Path("tests", "HardwareToken.Core.Tests.nanoFramework", "HardwareToken.Core.Tests.nanoFramework.nfproj");

        /// <summary>Every nanoFramework unit-test project: tests/HardwareToken.Core.Tests.nanoFramework*/ (one per NFUnitTest assembly).</summary>
        public static IReadOnlyList<string> TestNfprojs =>
            Directory.GetDirectories(Path("tests"), "HardwareToken.Core.Tests.nanoFramework*")
                .Select(d => System.IO.Path.Combine(d, System.IO.Path.GetFileName(d) + ".nfproj"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();

        public static IReadOnlyList<string> AllNfprojs => new[] { CoreNfproj, FirmwareNfproj }.Concat(TestNfprojs).ToArray();

        /// <summary>Source files under a folder, without build output.</summary>
        public static IEnumerable<string> CsFiles(string dir) =>
            Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(f))
                .OrderBy(f => f, StringComparer.Ordinal);

        public static string Relative(string path) => System.IO.Path.GetRelativePath(Root, path).Replace('\\', '/');

        private static bool IsBuildOutput(string file)
        {
            string[] parts = file.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
            return parts.Contains("bin") || parts.Contains("obj");
        }

        private static string FindRoot()
        {
            DirectoryInfo dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(System.IO.Path.Combine(dir.FullName, "HardwareToken.sln")))
            {
                dir = dir.Parent;
            }

            if (dir == null)
            {
                throw new InvalidOperationException("HardwareToken.sln not found above " + AppContext.BaseDirectory);
            }

            return dir.FullName;
        }
    }
}
