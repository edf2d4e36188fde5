using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace HardwareToken.Simulations.Drift;

/// <summary>
/// docs/drift.svg, drawn by hand: two panels over the same day axis, the raw RTC (no trim) on a scale of
/// minutes and the trimmed clock on a scale of seconds with the ±2 s target band, one colour per scenario.
/// </summary>
public static class DriftPlot
{
    private const int Width = 960;
    private const int PanelHeight = 300;
    private const int Left = 80;
    private const int Right = 250;
    private const int Top = 100;
    private const int Gap = 90;

    private static readonly string[] Colours = { "#d62728", "#ff7f0e", "#1f77b4", "#2ca02c", "#9467bd", "#8c564b" };

    public static string Svg(IReadOnlyList<DriftResult> results, int targetMilliseconds)
    {
        int days = results[0].Days[^1].Day;
        int secondSync = results[0].SecondSyncDay;
        var svg = new StringBuilder();
        int height = Top + (2 * PanelHeight) + Gap + 70;
        svg.AppendLine(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">"));
        svg.AppendLine(F($"<rect width=\"{Width}\" height=\"{height}\" fill=\"white\"/>"));
        svg.AppendLine(F($"<text x=\"{Left}\" y=\"28\" font-size=\"17\" font-weight=\"bold\">Simulated clock error of the token: syncs on day 0 and day {secondSync}, none after</text>"));
        svg.AppendLine(F($"<text x=\"{Left}\" y=\"50\" fill=\"#555\">The real core ClockService over a simulated RTC with a constant rate error. Each point: the worst error seen during</text>"));
        svg.AppendLine(F($"<text x=\"{Left}\" y=\"68\" fill=\"#555\">that day at 24 wakes (token time minus true UTC). Source: tests/HardwareToken.Simulations (drift); table in docs/drift.md.</text>"));

        double rawLimit = NiceLimit(results.Max(r => r.MaxAbsWithoutTrim(0, days)) / 1000.0);
        Panel(svg, results, Top, "Without trim: the raw RTC since the last sync", rawLimit, days, secondSync, 0, d => d.WithoutTrimMilliseconds, 0);

        // Before the second sync there is no trim yet (the top panel shows those days): plot from the second sync on.
        double trimLimit = Math.Max(NiceLimit(results.Max(r => r.MaxAbsWithTrim(secondSync, days)) / 1000.0), (targetMilliseconds / 1000.0) * 1.25);
        Panel(svg, results, Top + PanelHeight + Gap, "With the drift trim measured between the two syncs (from day " + secondSync + " on)", trimLimit, days, secondSync, secondSync, d => d.WithTrimMilliseconds, targetMilliseconds);
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, IReadOnlyList<DriftResult> results, int top, string title, double limit, int days, int secondSync, int fromDay, Func<DriftDay, long> value, int targetMilliseconds)
    {
        int plotWidth = Width - Left - Right;
        double X(double day) => Left + (day / days * plotWidth);
        double Y(double seconds) => top + ((limit - seconds) / (2 * limit) * PanelHeight);

        svg.AppendLine(F($"<text x=\"{Left}\" y=\"{top - 10}\" font-size=\"15\" font-weight=\"bold\">{Escape(title)}</text>"));
        if (targetMilliseconds > 0)
        {
            double t = targetMilliseconds / 1000.0;
            double targetEnd = Math.Min(days, secondSync + 30);
            svg.AppendLine(F($"<rect x=\"{X(secondSync):0.0}\" y=\"{Y(t):0.0}\" width=\"{X(targetEnd) - X(secondSync):0.0}\" height=\"{Y(-t) - Y(t):0.0}\" fill=\"#2ca02c\" fill-opacity=\"0.10\" stroke=\"#2ca02c\" stroke-dasharray=\"4 3\"/>"));
            svg.AppendLine(F($"<text x=\"{X(secondSync) + 6:0.0}\" y=\"{Y(t) - 5:0.0}\" fill=\"#2ca02c\">target: within ±{t:0.#} s for 30 days after the second sync</text>"));
        }

        // Gridlines and tick labels.
        double step = TickStep(limit);
        for (double s = -limit; s <= limit + 1e-9; s += step)
        {
            string colour = Math.Abs(s) < 1e-9 ? "#444" : "#ddd";
            svg.AppendLine(F($"<line x1=\"{Left}\" y1=\"{Y(s):0.0}\" x2=\"{Left + plotWidth}\" y2=\"{Y(s):0.0}\" stroke=\"{colour}\" stroke-width=\"1\"/>"));
            svg.AppendLine(F($"<text x=\"{Left - 8}\" y=\"{Y(s) + 4:0.0}\" text-anchor=\"end\">{s:+0.##;-0.##;0}</text>"));
        }

        for (int d = 0; d <= days; d += 10)
        {
            svg.AppendLine(F($"<line x1=\"{X(d):0.0}\" y1=\"{top}\" x2=\"{X(d):0.0}\" y2=\"{top + PanelHeight}\" stroke=\"#eee\" stroke-width=\"1\"/>"));
            svg.AppendLine(F($"<text x=\"{X(d):0.0}\" y=\"{top + PanelHeight + 18}\" text-anchor=\"middle\">{d}</text>"));
        }

        svg.AppendLine(F($"<line x1=\"{X(secondSync):0.0}\" y1=\"{top}\" x2=\"{X(secondSync):0.0}\" y2=\"{top + PanelHeight}\" stroke=\"#888\" stroke-dasharray=\"6 4\"/>"));
        svg.AppendLine(F($"<text x=\"{X(secondSync) + 4:0.0}\" y=\"{top + PanelHeight - 6}\" fill=\"#666\">second sync (day {secondSync})</text>"));
        svg.AppendLine(F($"<rect x=\"{Left}\" y=\"{top}\" width=\"{plotWidth}\" height=\"{PanelHeight}\" fill=\"none\" stroke=\"#444\"/>"));
        svg.AppendLine(F($"<text x=\"{Left + (plotWidth / 2)}\" y=\"{top + PanelHeight + 38}\" text-anchor=\"middle\">days since the first sync</text>"));
        svg.AppendLine(F($"<text transform=\"translate({Left - 52},{top + (PanelHeight / 2)}) rotate(-90)\" text-anchor=\"middle\">error (s)</text>"));

        for (int i = 0; i < results.Count; i++)
        {
            DriftResult r = results[i];
            string points = string.Join(" ", r.Days.Where(d => d.Day >= fromDay).Select(d => F($"{X(d.Day):0.0},{Y(Clamp(value(d) / 1000.0, limit)):0.0}")));
            string dash = i % 2 == 1 ? " stroke-dasharray=\"7 3\"" : string.Empty;
            svg.AppendLine(F($"<polyline fill=\"none\" stroke=\"{Colours[i % Colours.Length]}\" stroke-width=\"2\"{dash} points=\"{points}\"/>"));

            double ly = top + 20 + (i * 22);
            double lx = Left + plotWidth + 18;
            svg.AppendLine(F($"<line x1=\"{lx:0}\" y1=\"{ly:0}\" x2=\"{lx + 28:0}\" y2=\"{ly:0}\" stroke=\"{Colours[i % Colours.Length]}\" stroke-width=\"3\"{dash}/>"));
            svg.AppendLine(F($"<text x=\"{lx + 36:0}\" y=\"{ly + 4:0}\">{Escape(r.Scenario.Name)}</text>"));
        }
    }

    private static double Clamp(double v, double limit) => Math.Max(-limit, Math.Min(limit, v));

    private static double NiceLimit(double max)
    {
        double[] nice = { 0.5, 1, 2, 2.5, 3, 5, 10, 20, 25, 50, 100, 150, 200, 250, 300, 500, 1000 };
        foreach (double n in nice)
        {
            if (max <= n * 0.98)
            {
                return n;
            }
        }

        return Math.Ceiling(max / 1000) * 1000;
    }

    private static double TickStep(double limit) => limit switch
    {
        <= 1 => 0.25,
        <= 3 => 0.5,
        <= 5 => 1,
        <= 25 => 5,
        <= 50 => 10,
        <= 100 => 25,
        <= 200 => 50,
        _ => 100,
    };

    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
