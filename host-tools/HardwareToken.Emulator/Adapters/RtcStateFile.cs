using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace HardwareToken.Emulator.Adapters;

/// <summary>
/// The simulated RTC's battery: <c>rtc.json</c> in the state folder, holding an <see cref="RtcSetting"/>.
/// </summary>
/// <remarks>
/// Format (format 1): <c>{"format":1,"offsetMilliseconds":-3600000,"halted":false,"haltedAtUnixSeconds":946684800}</c>.
/// Saved atomically with mode 0600. A file that cannot be understood is treated like a flat battery: the clock
/// comes up halted, and the emulator says why.
/// </remarks>
internal sealed class RtcStateFile
{
    /// <summary>The file's name inside the state folder.</summary>
    public const string FileName = "rtc.json";

    private const int Format = 1;

    public RtcStateFile(string folder)
    {
        Path = System.IO.Path.Combine(folder, FileName);
    }

    /// <summary>Full path of the file.</summary>
    public string Path { get; }

    /// <summary>The stored setting; null when there is no file. Damaged content reads as a halted clock (reported on <paramref name="log"/>).</summary>
    public RtcSetting? Load(TextWriter? log)
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(Path));
            JsonElement root = document.RootElement;
            if (root.GetProperty("format").GetInt32() != Format)
            {
                throw new FormatException("unknown format");
            }

            return new RtcSetting(
                root.GetProperty("offsetMilliseconds").GetInt64(),
                root.GetProperty("halted").GetBoolean(),
                root.GetProperty("haltedAtUnixSeconds").GetInt64());
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            log?.WriteLine($"hwtoken-emulator: {Path} is unreadable ({e.Message}); the RTC starts halted, as after a flat battery");
            return RtcSetting.Stopped();
        }
    }

    /// <summary>Stores <paramref name="setting"/> durably.</summary>
    public void Save(RtcSetting setting)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteNumber("offsetMilliseconds", setting.OffsetMilliseconds);
            json.WriteBoolean("halted", setting.Halted);
            json.WriteNumber("haltedAtUnixSeconds", setting.HaltedAtUnixSeconds);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        PrivateFiles.WriteAtomically(Path, buffer.ToArray());
    }
}
