using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace HardwareToken.Simulations.Drift;

/// <summary>The Markdown tables of docs/drift.md, from simulation results.</summary>
public static class DriftReport
{
    /// <summary>The days the tables show.</summary>
    public static readonly int[] TableDays = { 0, 1, 6, 7, 8, 14, 30, 37, 60, 90 };

    /// <summary>Seconds with a sign and two decimals: +1.23, -0.05.</summary>
    public static string Seconds(long milliseconds) =>
        (milliseconds < 0 ? "-" : "+") + (Math.Abs(milliseconds) / 1000.0).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>ppb as ppm with three decimals.</summary>
    public static string Ppm(int partsPerBillion) =>
        (partsPerBillion / 1000.0).ToString("+0.000;-0.000", CultureInfo.InvariantCulture);

    public static string Markdown(IReadOnlyList<DriftResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("Worst clock error seen during the day, in seconds (token time minus true UTC; day 0 starts with the first sync, the second sync opens day 7).");
        text.AppendLine();
        text.Append("| scenario | ").Append(string.Join(" | ", TableDays.Select(d => "day " + d))).AppendLine(" |");
        text.Append("|---|").Append(string.Concat(TableDays.Select(_ => "---:|"))).AppendLine();
        foreach (DriftResult r in results)
        {
            text.Append("| ").Append(r.Scenario.Name).Append(", **with trim** | ")
                .Append(string.Join(" | ", TableDays.Select(d => Seconds(Day(r, d).WithTrimMilliseconds)))).AppendLine(" |");
            text.Append("| ").Append(r.Scenario.Name).Append(", without trim | ")
                .Append(string.Join(" | ", TableDays.Select(d => Seconds(Day(r, d).WithoutTrimMilliseconds)))).AppendLine(" |");
        }

        text.AppendLine();
        text.AppendLine("| scenario | trim measured at day 7 | worst with trim, days 7–37 | worst without trim, days 7–37 | worst with trim, days 7–90 | clock warning shown on days |");
        text.AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (DriftResult r in results)
        {
            int last = r.Days[^1].Day;
            text.Append("| ").Append(r.Scenario.Name)
                .Append(" | ").Append(Ppm(r.TrimPartsPerBillion)).Append(" ppm")
                .Append(" | ").Append(Seconds(r.MaxAbsWithTrim(r.SecondSyncDay, r.SecondSyncDay + 30)).TrimStart('+')).Append(" s")
                .Append(" | ").Append(Seconds(r.MaxAbsWithoutTrim(r.SecondSyncDay, r.SecondSyncDay + 30)).TrimStart('+')).Append(" s")
                .Append(" | ").Append(Seconds(r.MaxAbsWithTrim(r.SecondSyncDay, last)).TrimStart('+')).Append(" s")
                .Append(" | ").Append(r.WarningDays()).AppendLine(" |");
        }

        return text.ToString();
    }

    private static DriftDay Day(DriftResult r, int day) => r.Days.First(d => d.Day == day);
}
