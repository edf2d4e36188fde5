using System;
using System.IO;
using HardwareToken.Core.Ports;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// <see cref="INonVolatileStorage"/> as one fixed-size file on the ESP32's internal flash drive I:\ (package
    /// nanoFramework.System.IO.FileSystem: <see cref="File"/>, <see cref="FileStream"/>).
    /// </summary>
    /// <remarks>
    /// <para>Layout: the file holds exactly <see cref="Size"/> bytes. It is created filled with 0xFF (the port's "never
    /// written" value); a file found shorter (power cut while it was being created) is extended with 0xFF; a longer
    /// one is used up to <see cref="Size"/>.</para>
    /// <para>Every call opens the file, seeks, reads or writes, flushes and closes it, so a write has been handed to the
    /// file system and the file closed when <see cref="Write"/> returns. The close is what commits: on the ESP32
    /// <c>FileStream.Flush</c> is only <c>fflush</c> (nf-interpreter <c>targets/ESP32/_littlefs/littlefs_FS_Driver.cpp</c>),
    /// and LittleFS commits a file at sync or close (<c>fclose</c>).</para>
    /// <para>What the flash gives: on ESP32_REV0 / ESP32_PSRAM_REV0 images I:\ is LittleFS on the 'config' partition
    /// (FACTS §6). LittleFS is copy-on-write: a file's new contents become visible atomically at close/sync, and a
    /// power cut before that leaves the previous contents, so in practice a write here is all-or-nothing. The core's
    /// record format does not rely on that (the port allows a torn write inside the written range), because how the
    /// nanoFramework native layer maps each managed call onto LittleFS opens and syncs is not documented
    /// [UNCONFIRMED]. I:\ survives app deployment and <c>nanoff --update</c> without <c>--masserase</c>; the bytes
    /// are plaintext on flash (no flash encryption in the stock images).</para>
    /// <para>Uses only members that also exist on desktop .NET, so the desktop tests run this class on a temp file.</para>
    /// </remarks>
    public sealed class FlashFileStorage : INonVolatileStorage
    {
        /// <summary>Default file: on the internal flash drive.</summary>
        public const string DefaultPath = "I:\\token.bin";

        /// <summary>Default region size in bytes.</summary>
        public const int DefaultSize = 2048;

        /// <summary>The value of a never-written byte.</summary>
        public const byte Erased = 0xFF;

        private const int FillChunk = 256;

        private readonly object _sync = new object();
        private readonly string _path;
        private readonly int _size;

        /// <summary>Opens (creating or extending with 0xFF when needed) the region file.</summary>
        public FlashFileStorage(string path, int size)
        {
            if (path == null)
            {
                throw new ArgumentNullException("path");
            }

            if (size <= 0)
            {
                throw new ArgumentOutOfRangeException("size");
            }

            _path = path;
            _size = size;
            EnsureFullSize();
        }

        /// <inheritdoc />
        public int Size
        {
            get { return _size; }
        }

        /// <inheritdoc />
        public void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            if (count == 0)
            {
                return;
            }

            lock (_sync)
            {
                using (FileStream file = new FileStream(_path, FileMode.Open, FileAccess.Read))
                {
                    file.Seek(address, SeekOrigin.Begin);
                    int done = 0;
                    while (done < count)
                    {
                        int n = file.Read(buffer, offset + done, count - done);
                        if (n <= 0)
                        {
                            throw new InvalidOperationException("storage file shorter than its region");
                        }

                        done += n;
                    }
                }
            }
        }

        /// <inheritdoc />
        public void Write(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            if (count == 0)
            {
                return;
            }

            lock (_sync)
            {
                using (FileStream file = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite))
                {
                    file.Seek(address, SeekOrigin.Begin);
                    file.Write(buffer, offset, count);
                    file.Flush();
                }
            }
        }

        private void CheckRange(int address, byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            if (address < 0 || address > _size - count)
            {
                throw new ArgumentOutOfRangeException("address");
            }
        }

        private void EnsureFullSize()
        {
            lock (_sync)
            {
                bool exists = File.Exists(_path);
                using (FileStream file = new FileStream(_path, exists ? FileMode.Open : FileMode.CreateNew, FileAccess.ReadWrite))
                {
                    long length = file.Length;
                    if (length >= _size)
                    {
                        return;
                    }

                    byte[] fill = new byte[FillChunk];
                    for (int i = 0; i < fill.Length; i++)
                    {
                        fill[i] = Erased;
                    }

                    file.Seek(length, SeekOrigin.Begin);
                    long remaining = _size - length;
                    while (remaining > 0)
                    {
                        int n = remaining < FillChunk ? (int)remaining : FillChunk;
                        file.Write(fill, 0, n);
                        remaining -= n;
                    }

                    file.Flush();
                }
            }
        }
    }
}
