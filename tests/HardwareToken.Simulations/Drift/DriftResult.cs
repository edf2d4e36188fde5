using System;
using System.Collections.Generic;
using System.Linq;

namespace HardwareToken.Simulations.Drift;

/// <summary>The day-by-day outcome of one scenario.</summary>
public sealed class DriftResult
{
    public DriftResult(DriftScenario scenario, IReadOnlyList<DriftDay> days, int trimPartsPerBillion, int secondSyncDay)
    {
        Scenario = scenario;
        Days = days;
        TrimPartsPerBillion = trimPartsPerBillion;
        SecondSyncDay = secondSyncDay;
    }

    public DriftScenario Scenario { get; }

    /// <summary>Day 0 .. the last simulated day.</summary>
    public IReadOnlyList<DriftDay> Days { get; }

    /// <summary>The trim the token measured at the second sync, in ppb.</summary>
    public int TrimPartsPerBillion { get; }

    /// <summary>The day of the second (and last) sync.</summary>
    public int SecondSyncDay { get; }

    /// <summary>The largest |error with trim| over days [from, to], in ms.</summary>
    public long MaxAbsWithTrim(int fromDay, int toDay) =>
        Days.Where(d => d.Day >= fromDay && d.Day <= toDay).Max(d => Math.Abs(d.WithTrimMilliseconds));

    /// <summary>The largest |error without trim| over days [from, to], in ms.</summary>
    public long MaxAbsWithoutTrim(int fromDay, int toDay) =>
        Days.Where(d => d.Day >= fromDay && d.Day <= toDay).Max(d => Math.Abs(d.WithoutTrimMilliseconds));

    /// <summary>The days on which the clock warning showed, as ranges "a-b".</summary>
    public string WarningDays()
    {
        var ranges = new List<string>();
        int start = -1;
        for (int i = 0; i <= Days.Count; i++)
        {
            bool on = i < Days.Count && Days[i].Warning;
            if (on && start < 0)
            {
                start = Days[i].Day;
            }
            else if (!on && start >= 0)
            {
                int end = Days[i - 1].Day;
                ranges.Add(start == end ? start.ToString() : start + "-" + end);
                start = -1;
            }
        }

        return ranges.Count == 0 ? "none" : string.Join(", ", ranges);
    }
}
