using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace HardwareToken.Hardware.Tests.Support
{
    /// <summary>One row of hardware/pinout.csv.</summary>
    internal sealed record PinoutRow(string Signal, int Gpio, int ModulePin, string Notes, int Line);

    /// <summary>Reads hardware/pinout.csv: header "signal,esp32_gpio,module_pin,notes"; notes may contain commas.</summary>
    internal static class PinoutCsv
    {
        public const string Header = "signal,esp32_gpio,module_pin,notes";

        public static IReadOnlyList<PinoutRow> Load() => Parse(File.ReadAllLines(Repo.Path("hardware", "pinout.csv")));

        public static IReadOnlyList<PinoutRow> Parse(string[] lines)
        {
            if (lines.Length == 0 || lines[0].Trim() != Header)
            {
                throw new FormatException("pinout.csv must start with the header '" + Header + "'");
            }

            List<PinoutRow> rows = new List<PinoutRow>();
            for (int i = 1; i < lines.Length; i++)
            {
                if (lines[i].Trim().Length == 0)
                {
                    continue;
                }

                string[] cells = lines[i].Split(',', 4);
                if (cells.Length != 4)
                {
                    throw new FormatException("pinout.csv line " + (i + 1) + ": expected 4 columns");
                }

                rows.Add(new PinoutRow(
                    cells[0].Trim(),
                    int.Parse(cells[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture),
                    int.Parse(cells[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture),
                    cells[3].Trim(),
                    i + 1));
            }

            return rows;
        }
    }
}
