using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using HardwareToken.Simulations.Drift;
using HardwareToken.Simulations.Power;

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
        if (args.Length > 0 && args[0] == "power")
        {
            return PowerMain(args.Length > 1 ? args[1] : ".");
        }

        if (args.Length == 0 || args[0] != "drift")
        {
            Console.Error.WriteLine("usage: HardwareToken.Simulations drift|power [output-folder]");
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

    /// <summary>The power target: a bare module on 1000 mAh at 5 sign-ins a day lasts a year.</summary>
    public const int TargetDays = 365;

    private static int PowerMain(string folder)
    {
        var policies = new (string Name, int Window)[] { ("deep sleep only", 0), ("light sleep only", int.MaxValue), ("two-stage (60 s warm window)", 60000) };
        int[] counts = { 1, 2, 5, 10, 20, 50 };
        var results = new List<PowerDayResult>();
        foreach (var (name, window) in policies)
        {
            foreach (int n in counts)
            {
                results.Add(PowerDay.Run(name, window, n));
            }
        }

        // Variants for the table only: a longer window, and a shorter display timeout.
        var variants = new List<PowerDayResult>();
        foreach (int n in counts)
        {
            variants.Add(PowerDay.Run("two-stage (5 min warm window)", 300000, n));
        }

        foreach (int n in counts)
        {
            variants.Add(PowerDay.Run("two-stage (60 s), 15 s display timeout", 60000, n, 15000));
        }

        PowerBoard[] boards = { PowerBoard.BareModule, PowerBoard.DevKitC };
        PowerBoard[] all = { PowerBoard.BareModule, PowerBoard.BareModuleRtcOnRail, PowerBoard.DevKitC };
        Console.WriteLine("| policy | sign-ins/day | awake s | light s | boots | presses awake/light/deep | " + string.Join(" | ", all.Select(b => b.Name + ": µA, days on 1000 mAh")) + " |");
        Console.WriteLine("|---|---|---|---|---|---|" + string.Concat(all.Select(_ => "---|")));
        foreach (PowerDayResult r in results.Concat(variants))
        {
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"| {r.Policy} | {r.SignIns} | {r.AwakeSeconds:0} | {r.LightSeconds:0} | {r.Boots} | {r.PressesAwake}/{r.PressesLight}/{r.PressesDeep} | ")
                + string.Join(" | ", all.Select(b => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{r.AverageMilliamps(b) * 1000:0} µA, {r.BatteryDays(b, 1000):0} d"))) + " |");
        }

        PowerDayResult twoStage5 = results.First(r => r.Policy.StartsWith("two-stage", StringComparison.Ordinal) && r.SignIns == 5);
        PowerDayResult shortDisplay5 = variants.First(r => r.Policy.Contains("15 s display", StringComparison.Ordinal) && r.SignIns == 5);
        Console.WriteLine();
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Wi-Fi left on at boot (two-stage, 5/day, bare module): {twoStage5.AverageMilliamps(PowerBoard.BareModule, true) * 1000:0} µA, {twoStage5.BatteryDays(PowerBoard.BareModule, 1000, true):0} days"));
        Console.WriteLine();
        Console.WriteLine("| stage | press-to-code at 100 kHz | at 400 kHz |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"| awake (display on) | {PowerLatency.Awake(100):0} ms | {PowerLatency.Awake(400):0} ms |"));
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"| light sleep (warm window) | {PowerLatency.Light(100):0} ms | {PowerLatency.Light(400):0} ms |"));
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"| deep sleep (boot) | {PowerLatency.Deep(100):0} ms | {PowerLatency.Deep(400):0} ms |"));

        Directory.CreateDirectory(folder);
        string svgPath = Path.Combine(folder, "power.svg");
        File.WriteAllText(svgPath, PowerPlot.Svg(results, boards, 1000, TargetDays));
        Console.WriteLine("wrote " + svgPath);
        double days = twoStage5.BatteryDays(PowerBoard.BareModule, 1000);
        Console.WriteLine((days >= TargetDays ? "target met" : "TARGET MISSED") + string.Create(System.Globalization.CultureInfo.InvariantCulture, $": two-stage, bare module, 1000 mAh, 5 sign-ins a day, 30 s display: {days:0} days"));
        double shortDays = shortDisplay5.BatteryDays(PowerBoard.BareModule, 1000);
        Console.WriteLine((shortDays >= TargetDays ? "target met" : "TARGET MISSED") + string.Create(System.Globalization.CultureInfo.InvariantCulture, $": the same with a 15 s display timeout: {shortDays:0} days"));
        return 0;
    }
}
