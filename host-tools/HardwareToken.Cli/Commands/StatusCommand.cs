using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using HardwareToken.Cli.Device;
using HardwareToken.Protocol;
using Spectre.Console;

namespace HardwareToken.Cli.Commands;

/// <summary>
/// <c>hwtoken status</c>: the token's accounts (never secrets) and its clock compared with this computer's, as
/// text or <c>--json</c>. Changes nothing and needs no press.
/// </summary>
internal static class StatusCommand
{
    /// <summary>An offset beyond this many seconds gets a warning (AWS accepts about one step either side, but late codes fail).</summary>
    public const int OffsetWarningSeconds = 5;

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print one JSON object (for scripts) instead of the table.",
    };

    public static Command Create(CliEnvironment env)
    {
        var command = new Command(
            "status",
            "Show the token's accounts (slot, label, digits, period, key fingerprint; never a secret) and its clock:\n"
            + "token time against this computer's UTC, last sync and its age, drift estimate, sync count, firmware and protocol version.\n"
            + $"Warns when the clock is off by more than {OffsetWarningSeconds} s or not set. Changes nothing; no press needed.\n\n"
            + "Examples:\n"
            + "  hwtoken status --port /dev/ttyUSB0\n"
            + "  hwtoken status --port /dev/ttyUSB0 --json | jq .clock.offsetSeconds");
        command.Options.Add(DeviceOptions.Port);
        command.Options.Add(Json);
        command.SetAction(parse => Run(env, parse));
        return command;
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        string port = PortChoice.Resolve(env, parse.GetValue(DeviceOptions.Port));
        using TokenConnection device = TokenConnection.Open(env, port);
        IReadOnlyList<SlotInfo> slots = device.Session.ListSlots();

        // A fresh Info, with this computer's clock read around it, so the two times are taken at the same moment.
        DateTimeOffset sent = env.Now();
        TokenInfo info = device.Session.Info();
        DateTimeOffset received = env.Now();
        long host = (sent + ((received - sent) / 2)).ToUnixTimeSeconds();
        var report = new Report(port, info, slots, host);
        if (parse.GetValue(Json))
        {
            WriteJson(env.Out, report);
        }
        else
        {
            WriteText(env, report);
        }

        return ExitCodes.Ok;
    }

    private sealed record Report(string Port, TokenInfo Info, IReadOnlyList<SlotInfo> Slots, long HostUtc)
    {
        public long? Offset => Info.DeviceUtc is long device ? device - HostUtc : null;

        public long? SyncAge => Info.LastSyncUtc is long sync ? HostUtc - sync : null;

        public List<string> Warnings
        {
            get
            {
                var warnings = new List<string>();
                if (!Info.ClockSet)
                {
                    warnings.Add("the token's clock is not set, so it shows no codes; run `hwtoken sync-time`");
                }
                else if (Offset is long offset && Math.Abs(offset) > OffsetWarningSeconds)
                {
                    warnings.Add($"the token's clock is off by {TimeText.Signed(offset)}, more than {OffsetWarningSeconds} s: its codes may be refused; run `hwtoken sync-time`");
                }

                return warnings;
            }
        }
    }

    private static void WriteText(CliEnvironment env, Report r)
    {
        TextWriter o = env.Out;
        o.WriteLine($"token on {r.Port}: firmware {r.Info.FirmwareVersion}, protocol {r.Info.ProtocolVersion}, {r.Info.SlotsUsed} of {r.Info.SlotCount} slots used");
        if (r.Slots.Count == 0)
        {
            o.WriteLine("no accounts");
        }
        else
        {
            var table = new Table().AddColumns("Slot", "Label", "Digits", "Period", "Fingerprint");
            foreach (SlotInfo slot in r.Slots)
            {
                table.AddRow(
                    SlotNumber.ToUser(slot.Index).ToString(),
                    Markup.Escape(slot.Label),
                    slot.Digits.ToString(),
                    slot.Period + " s",
                    slot.FingerprintHex);
            }

            o.Flush();
            env.Console.Write(table);
        }

        o.WriteLine(r.Info.DeviceUtc is long device
            ? $"clock:     {TimeText.Utc(device)} on the token, {TimeText.Utc(r.HostUtc)} here: offset {TimeText.Signed(r.Offset!.Value)}"
            : $"clock:     not set ({TimeText.Utc(r.HostUtc)} here)");
        o.WriteLine(r.Info.LastSyncUtc is long sync
            ? $"last sync: {TimeText.Utc(sync)} ({TimeText.Duration(Math.Max(0, r.SyncAge!.Value))} ago), {TimeText.Count(r.Info.SyncCount, "sync")} in all"
            : $"last sync: never ({TimeText.Count(r.Info.SyncCount, "sync")})");
        o.WriteLine($"drift:     {TimeText.Ppm(r.Info.DriftPartsPerBillion)} (estimated from the syncs; positive = the token runs fast)");
        foreach (string warning in r.Warnings)
        {
            o.WriteLine("warning: " + warning);
        }
    }

    private static void WriteJson(TextWriter output, Report r)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("port", r.Port);
            json.WriteString("firmware", r.Info.FirmwareVersion);
            json.WriteNumber("protocolVersion", r.Info.ProtocolVersion);
            json.WriteNumber("slotCount", r.Info.SlotCount);
            json.WriteNumber("slotsUsed", r.Info.SlotsUsed);
            json.WriteStartObject("clock");
            json.WriteBoolean("set", r.Info.ClockSet);
            WriteNullable(json, "deviceUtc", r.Info.DeviceUtc);
            json.WriteNumber("hostUtc", r.HostUtc);
            WriteNullable(json, "offsetSeconds", r.Offset);
            WriteNullable(json, "lastSyncUtc", r.Info.LastSyncUtc);
            WriteNullable(json, "lastSyncAgeSeconds", r.SyncAge);
            json.WriteNumber("driftPpm", Math.Round(r.Info.DriftPartsPerBillion / 1000.0, 1));
            json.WriteNumber("syncCount", r.Info.SyncCount);
            json.WriteEndObject();
            json.WriteStartArray("slots");
            foreach (SlotInfo slot in r.Slots)
            {
                json.WriteStartObject();
                json.WriteNumber("slot", SlotNumber.ToUser(slot.Index));
                json.WriteString("label", slot.Label);
                json.WriteNumber("digits", slot.Digits);
                json.WriteNumber("period", slot.Period);
                json.WriteString("fingerprint", slot.FingerprintHex);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (string warning in r.Warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, long? value)
    {
        if (value is long v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
