using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace HardwareToken.Hardware.Tests.Support
{
    /// <summary>The package table of docs/firmware.md: rows "| `id` | `version` | ... |".</summary>
    internal static class FirmwareDoc
    {
        private static readonly Regex Row = new Regex(@"^\|\s*`?(?<id>(nanoFramework|UnitsNet)\.[A-Za-z0-9.]+?)`?\s*\|\s*`?(?<version>\d+\.\d+\.\d+[^|`\s]*)`?\s*\|");

        public static string Text => File.ReadAllText(Repo.Path("docs", "firmware.md"));

        public static Dictionary<string, string> PackageVersions()
        {
            Dictionary<string, string> versions = new Dictionary<string, string>();
            foreach (string line in File.ReadAllLines(Repo.Path("docs", "firmware.md")))
            {
                Match m = Row.Match(line);
                if (m.Success)
                {
                    versions[m.Groups["id"].Value] = m.Groups["version"].Value;
                }
            }

            return versions;
        }
    }
}
