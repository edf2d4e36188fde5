using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using HardwareToken.Simulations.Drift;

namespace HardwareToken.Simulations;

/// <summary>
/// Simulations of the real core on fake hardware. Usage: <c>drift [output-folder]</c> runs the 90-day drift
/// simulation, prints the Markdown tables for docs/drift.md and writes drift.svg into the folder (default: the
/// current folder).
/// </summary>
public static class Program
{
    /// <summary>The accuracy target docs/drift.md states: ±2 s for 30 days after the second sync.</summary>
    public const int TargetMilliseconds = 2000;

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "drift")
        {
            Console.Error.WriteLine("usage: HardwareToken.Simulations drift [output-folder]");
            return 2;
        }

        string folder = args.Length > 1 ? args[1] : ".";
        var watch = Stopwatch.StartNew();
        var simulation = new DriftSimulation();
        long polls = 0;
        var standard = new List<DriftResult>();
        foreach (DriftScenario s in DriftScenario.Standard())
        {
            standard.Add(simulation.Run(s));
            polls += simulation.Polls;
        }

        var shifted = new List<DriftResult>();
        foreach (DriftScenario s in DriftScenario.RateChanges())
        {
            shifted.Add(simulation.Run(s));
            polls += simulation.Polls;
        }

        Console.WriteLine("## Constant rate");
        Console.WriteLine();
        Console.WriteLine(DriftReport.Markdown(standard));
        Console.WriteLine("## Rate changes after the calibration week");
        Console.WriteLine();
        Console.WriteLine(DriftReport.Markdown(shifted));

        Directory.CreateDirectory(folder);
        string svgPath = Path.Combine(folder, "drift.svg");
        File.WriteAllText(svgPath, DriftPlot.Svg(standard, TargetMilliseconds));
        Console.WriteLine("wrote " + svgPath);

        bool met = standard.All(r => r.MaxAbsWithTrim(r.SecondSyncDay, r.SecondSyncDay + 30) <= TargetMilliseconds);
        Console.WriteLine((met ? "target met" : "TARGET MISSED") + ": with trim within ±" + (TargetMilliseconds / 1000) + " s for 30 days after the second sync in every constant-rate scenario");
        Console.WriteLine("simulated " + (standard.Count + shifted.Count) + " scenarios x " + (simulation.Days + 1) + " days, "
            + polls + " RTC polls, in " + watch.ElapsedMilliseconds + " ms");
        return met ? 0 : 1;
    }
}
