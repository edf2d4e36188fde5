using System;
using System.IO;
using HardwareToken.Core.Ports;
using HardwareToken.Core.Storage;

namespace HardwareToken.Emulator.Adapters;

/// <summary>
/// <see cref="INonVolatileStorage"/> over <c>token.bin</c> in the state folder: <see cref="RegionSize"/> bytes,
/// created filled with 0xFF (erased flash), mode 0600.
/// </summary>
/// <remarks>
/// Every <see cref="Write"/> opens the file, seeks, writes, flushes to the disk (fsync) and closes it, so the
/// bytes are durable when it returns and a killed emulator loses nothing that was written; the core's A/B
/// format copes with a write torn by a crash. Reads open the file too: the file is the only copy. Ranges are
/// checked strictly, as the port contract and the test fake do. Not thread-safe (the run loop is its only user).
/// </remarks>
internal sealed class FileStorage : INonVolatileStorage
{
    /// <summary>The file's name inside the state folder.</summary>
    public const string FileName = "token.bin";

    /// <summary>The region's size: exactly what the core's state store needs.</summary>
    public const int RegionSize = StateStore.RequiredSize;

    private FileStorage(string path)
    {
        Path = path;
    }

    /// <summary>Full path of the file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public int Size => RegionSize;

    /// <summary>
    /// Opens <c>token.bin</c> in <paramref name="folder"/>, creating it erased (all 0xFF, mode 0600, atomically)
    /// when missing and tightening its mode to 0600 when looser (reported on <paramref name="log"/>).
    /// </summary>
    /// <exception cref="InvalidDataException">The file exists with another size: it is not a token state file.</exception>
    public static FileStorage Open(string folder, TextWriter? log = null)
    {
        string path = System.IO.Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            byte[] erased = new byte[RegionSize];
            erased.AsSpan().Fill(0xFF);
            PrivateFiles.WriteAtomically(path, erased);
        }

        PrivateFiles.EnsureFile(path, log);
        long length = new FileInfo(path).Length;
        if (length != RegionSize)
        {
            throw new InvalidDataException($"{path} is {length} bytes, not {RegionSize}: not a token state file (move it away to start empty)");
        }

        return new FileStorage(path);
    }

    /// <inheritdoc />
    public void Read(int address, byte[] buffer, int offset, int count)
    {
        CheckRange(address, buffer, offset, count);
        using FileStream stream = OpenFile(FileAccess.Read);
        stream.Seek(address, SeekOrigin.Begin);
        stream.ReadExactly(buffer, offset, count);
    }

    /// <inheritdoc />
    public void Write(int address, byte[] buffer, int offset, int count)
    {
        CheckRange(address, buffer, offset, count);
        using FileStream stream = OpenFile(FileAccess.Write);
        stream.Seek(address, SeekOrigin.Begin);
        stream.Write(buffer, offset, count);
        stream.Flush(flushToDisk: true);
    }

    private FileStream OpenFile(FileAccess access) =>
        new(Path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = access,
            Share = FileShare.ReadWrite,
            BufferSize = 0,
        });

    private static void CheckRange(int address, byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (count < 0 || address < 0 || address > RegionSize - count)
        {
            throw new ArgumentOutOfRangeException(nameof(address), $"bytes {address}..{(long)address + count - 1} are outside the {RegionSize}-byte region");
        }

        if (offset < 0 || offset > buffer.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), "offset and count are outside the buffer");
        }
    }
}
