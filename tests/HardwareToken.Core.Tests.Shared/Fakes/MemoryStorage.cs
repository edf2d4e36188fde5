using System;
using HardwareToken.Core.Ports;

namespace HardwareToken.Core.Tests.Fakes
{
    /// <summary>Thrown by <see cref="MemoryStorage"/> when an armed power cut fires: the "device" lost power.</summary>
    public class PowerCutException : Exception
    {
        public PowerCutException(string message)
            : base(message)
        {
        }
    }

    /// <summary>
    /// An <see cref="INonVolatileStorage"/> in RAM for tests and scenario runs: starts erased (0xFF), checks every
    /// range strictly, counts reads, writes and bytes written, and can simulate a power cut in the middle of a
    /// write.
    /// </summary>
    /// <remarks>
    /// <para>Power cuts. <see cref="CutAfterBytes(int)"/> arms a cut after <c>n</c> more bytes: counting over all
    /// later writes, bytes 0..n-1 are stored normally, and the write that would store byte n stops there and
    /// throws <see cref="PowerCutException"/>; the rest of that write (from byte n on) keeps its old contents,
    /// except that <see cref="CutAfterBytes(int, int)"/> can also set the byte at the cut point to a garbage value
    /// (what a half-programmed byte reads as). If later writes store n bytes or fewer in total, the cut never
    /// fires and stays armed: call <see cref="Disarm"/>. <see cref="CutScattered"/> is harsher and matches the port
    /// contract exactly: the write reaching byte n stores a pseudo-random subset of all its bytes.</para>
    /// <para>A "reboot" in a test is: catch the <see cref="PowerCutException"/>, then build new objects over the
    /// same storage (its bytes survive). <see cref="Snapshot"/> and <see cref="Restore"/> save and rewind the
    /// bytes so one pre-state can be cut at every offset. Counters survive both; <see cref="ResetCounters"/>
    /// zeroes them.</para>
    /// <para>Strict: a null buffer throws <see cref="ArgumentNullException"/>; a negative or out-of-region address
    /// or count, or an offset/count outside the buffer, throws <see cref="ArgumentOutOfRangeException"/>.</para>
    /// </remarks>
    public sealed class MemoryStorage : INonVolatileStorage
    {
        private const int NoGarbage = -1;

        private readonly byte[] _data;
        private int _cutRemaining = -1;
        private int _cutGarbage = NoGarbage;
        private bool _cutScattered;
        private uint _scatterState;

        /// <summary>A region of <paramref name="size"/> bytes, all 0xFF (never written).</summary>
        public MemoryStorage(int size)
        {
            if (size < 0)
            {
                throw new ArgumentOutOfRangeException("size");
            }

            _data = new byte[size];
            for (int i = 0; i < size; i++)
            {
                _data[i] = 0xFF;
            }
        }

        /// <inheritdoc />
        public int Size
        {
            get { return _data.Length; }
        }

        /// <summary>Calls to <see cref="Read"/>.</summary>
        public int ReadCount { get; private set; }

        /// <summary>Calls to <see cref="Write"/>, including the one a power cut interrupted.</summary>
        public int WriteCount { get; private set; }

        /// <summary>Bytes stored by <see cref="Write"/> (for an interrupted write, the bytes before the cut point).</summary>
        public long BytesWritten { get; private set; }

        /// <summary>True while a power cut is armed and has not fired.</summary>
        public bool CutArmed
        {
            get { return _cutRemaining >= 0; }
        }

        /// <summary>How many power cuts have fired.</summary>
        public int CutsFired { get; private set; }

        /// <inheritdoc />
        public void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            ReadCount++;
            Array.Copy(_data, address, buffer, offset, count);
        }

        /// <inheritdoc />
        public void Write(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            WriteCount++;
            if (_cutRemaining < 0 || _cutRemaining >= count)
            {
                Array.Copy(buffer, offset, _data, address, count);
                BytesWritten += count;
                if (_cutRemaining >= 0)
                {
                    _cutRemaining -= count;
                }

                return;
            }

            int stored = _cutRemaining;
            if (_cutScattered)
            {
                for (int i = 0; i < count; i++)
                {
                    if ((NextRandom() & 1) != 0)
                    {
                        _data[address + i] = buffer[offset + i];
                    }
                }
            }
            else
            {
                Array.Copy(buffer, offset, _data, address, stored);
                if (_cutGarbage != NoGarbage)
                {
                    _data[address + stored] = (byte)_cutGarbage;
                }
            }

            BytesWritten += stored;
            Disarm();
            CutsFired++;
            throw new PowerCutException("power cut at byte " + stored.ToString() + " of a " + count.ToString()
                + "-byte write at address " + address.ToString());
        }

        /// <summary>Arms a power cut after <paramref name="bytes"/> more stored bytes; the byte at the cut point keeps its old value.</summary>
        public void CutAfterBytes(int bytes)
        {
            CutAfterBytes(bytes, NoGarbage);
        }

        /// <summary>
        /// Arms a power cut after <paramref name="bytes"/> more stored bytes and sets the byte at the cut point to
        /// <paramref name="garbage"/> (0..255; -1 leaves it unchanged).
        /// </summary>
        public void CutAfterBytes(int bytes, int garbage)
        {
            if (bytes < 0)
            {
                throw new ArgumentOutOfRangeException("bytes");
            }

            if (garbage < NoGarbage || garbage > 0xFF)
            {
                throw new ArgumentOutOfRangeException("garbage");
            }

            _cutRemaining = bytes;
            _cutGarbage = garbage;
            _cutScattered = false;
        }

        /// <summary>
        /// Arms a power cut in the write that would store byte <paramref name="bytes"/> (counted as in
        /// <see cref="CutAfterBytes(int)"/>): that write stores a pseudo-random subset of all its bytes, chosen
        /// by <paramref name="seed"/>, and throws. Earlier writes complete.
        /// </summary>
        public void CutScattered(int bytes, uint seed)
        {
            CutAfterBytes(bytes, NoGarbage);
            _cutScattered = true;
            _scatterState = seed == 0 ? 0x9E3779B9 : seed;
        }

        /// <summary>Cancels an armed power cut.</summary>
        public void Disarm()
        {
            _cutRemaining = -1;
            _cutGarbage = NoGarbage;
            _cutScattered = false;
        }

        /// <summary>Zeroes the read, write, byte and cut counters.</summary>
        public void ResetCounters()
        {
            ReadCount = 0;
            WriteCount = 0;
            BytesWritten = 0;
            CutsFired = 0;
        }

        /// <summary>A copy of every byte of the region.</summary>
        public byte[] Snapshot()
        {
            byte[] copy = new byte[_data.Length];
            Array.Copy(_data, 0, copy, 0, _data.Length);
            return copy;
        }

        /// <summary>Puts back the bytes of a <see cref="Snapshot"/> (same size). Counters and an armed cut are unaffected.</summary>
        public void Restore(byte[] snapshot)
        {
            if (snapshot == null)
            {
                throw new ArgumentNullException("snapshot");
            }

            if (snapshot.Length != _data.Length)
            {
                throw new ArgumentException("the snapshot is from a region of another size", "snapshot");
            }

            Array.Copy(snapshot, 0, _data, 0, _data.Length);
        }

        /// <summary>The byte at <paramref name="address"/>, without counting a read.</summary>
        public byte Peek(int address)
        {
            return _data[CheckAddress(address)];
        }

        /// <summary>Sets the byte at <paramref name="address"/> directly (bit rot, hand-made images); not counted, never cut.</summary>
        public void Poke(int address, byte value)
        {
            _data[CheckAddress(address)] = value;
        }

        private int CheckAddress(int address)
        {
            if (address < 0 || address >= _data.Length)
            {
                throw new ArgumentOutOfRangeException("address");
            }

            return address;
        }

        private void CheckRange(int address, byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (count < 0 || offset < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count", "the range is outside the buffer");
            }

            if (address < 0 || address > _data.Length - count)
            {
                throw new ArgumentOutOfRangeException("address", "the range is outside the region");
            }
        }

        private uint NextRandom()
        {
            // xorshift32: deterministic, no System.Random (whose sequence differs between runtimes).
            uint x = _scatterState;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            _scatterState = x;
            return x >> 7;
        }
    }
}
