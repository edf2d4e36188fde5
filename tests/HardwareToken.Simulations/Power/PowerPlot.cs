using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace HardwareToken.Simulations.Power;

/// <summary>docs/power.svg: battery life (days, log scale) against sign-ins per day, one line per policy and board.</summary>
public static class PowerPlot
{
    private const int Width = 960;
    private const int Height = 560;
    private const int Left = 80;
    private const int Right = 300;
    private const int Top = 90;
    private const int Bottom = 70;

    private static readonly string[] Colours = { "#d62728", "#1f77b4", "#2ca02c" };

    public static string Svg(IReadOnlyList<PowerDayResult> results, IReadOnlyList<PowerBoard> boards, double milliampHours, int targetDays)
    {
        string[] policies = results.Select(r => r.Policy).Distinct().ToArray();
        int[] counts = results.Select(r => r.SignIns).Distinct().OrderBy(n => n).ToArray();
        double minDays = 1, maxDays = 10000;
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom;
        double X(int n) => Left + (plotW * Math.Log(n) / Math.Log(counts[^1]));
        double Y(double days) => Top + plotH - (plotH * (Math.Log10(Math.Clamp(days, minDays, maxDays)) - Math.Log10(minDays)) / (Math.Log10(maxDays) - Math.Log10(minDays)));

        var svg = new StringBuilder();
        svg.AppendLine(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">"));
        svg.AppendLine(F($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>"));
        svg.AppendLine(F($"<text x=\"{Left}\" y=\"28\" font-size=\"17\" font-weight=\"bold\">Battery life on {milliampHours:0} mAh against sign-ins per day, by sleep policy and board</text>"));
        svg.AppendLine(F($"<text x=\"{Left}\" y=\"50\" fill=\"#555\">The real core TokenApp driven through a simulated day per point; currents from the datasheets (docs/power.md).</text>"));
        svg.AppendLine(F($"<text x=\"{Left}\" y=\"68\" fill=\"#555\">Source: tests/HardwareToken.Simulations (power). Solid: bare module + low-Iq LDO; dashed: DevKitC.</text>"));
        foreach (double d in new double[] { 1, 10, 100, 1000, 10000 })
        {
            svg.AppendLine(F($"<line x1=\"{Left}\" y1=\"{Y(d):0.0}\" x2=\"{Left + plotW}\" y2=\"{Y(d):0.0}\" stroke=\"#ddd\"/>"));
            svg.AppendLine(F($"<text x=\"{Left - 8}\" y=\"{Y(d) + 4:0.0}\" text-anchor=\"end\">{d:0}</text>"));
        }

        svg.AppendLine(F($"<line x1=\"{Left}\" y1=\"{Y(targetDays):0.0}\" x2=\"{Left + plotW}\" y2=\"{Y(targetDays):0.0}\" stroke=\"#000\" stroke-dasharray=\"2,3\"/>"));
        svg.AppendLine(F($"<text x=\"{Left + plotW - 4}\" y=\"{Y(targetDays) - 5:0.0}\" text-anchor=\"end\">target: {targetDays} days</text>"));
        foreach (int n in counts)
        {
            svg.AppendLine(F($"<text x=\"{X(n):0.0}\" y=\"{Top + plotH + 18}\" text-anchor=\"middle\">{n}</text>"));
        }

        svg.AppendLine(F($"<text x=\"{Left + (plotW / 2)}\" y=\"{Height - 22}\" text-anchor=\"middle\">sign-ins per day (log scale)</text>"));
        svg.AppendLine(F($"<text x=\"22\" y=\"{Top + (plotH / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 22 {Top + (plotH / 2)})\">battery life, days (log scale)</text>"));

        int legend = 0;
        for (int b = 0; b < boards.Count; b++)
        {
            for (int p = 0; p < policies.Length; p++)
            {
                var points = results.Where(r => r.Policy == policies[p]).OrderBy(r => r.SignIns)
                    .Select(r => F($"{X(r.SignIns):0.0},{Y(r.BatteryDays(boards[b], milliampHours)):0.0}"));
                string dash = b == 0 ? string.Empty : " stroke-dasharray=\"7,4\"";
                svg.AppendLine(F($"<polyline fill=\"none\" stroke=\"{Colours[p]}\" stroke-width=\"2\"{dash} points=\"{string.Join(' ', points)}\"/>"));
                double ly = Top + 10 + (legend++ * 22);
                svg.AppendLine(F($"<line x1=\"{Left + plotW + 20}\" y1=\"{ly}\" x2=\"{Left + plotW + 50}\" y2=\"{ly}\" stroke=\"{Colours[p]}\" stroke-width=\"2\"{dash}/>"));
                svg.AppendLine(F($"<text x=\"{Left + plotW + 56}\" y=\"{ly + 4}\">{policies[p]}, {boards[b].Name}</text>"));
            }
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
