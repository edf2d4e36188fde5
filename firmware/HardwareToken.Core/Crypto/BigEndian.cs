namespace HardwareToken.Core.Crypto
{
    /// <summary>
    /// Big-endian packing by hand: nanoFramework's BitConverter has no endianness control.
    /// </summary>
    public static class BigEndian
    {
        public static uint ReadUInt32(byte[] b, int offset)
        {
            return ((uint)b[offset] << 24) | ((uint)b[offset + 1] << 16) | ((uint)b[offset + 2] << 8) | b[offset + 3];
        }

        public static void WriteUInt32(uint value, byte[] b, int offset)
        {
            b[offset] = (byte)(value >> 24);
            b[offset + 1] = (byte)(value >> 16);
            b[offset + 2] = (byte)(value >> 8);
            b[offset + 3] = (byte)value;
        }

        public static ushort ReadUInt16(byte[] b, int offset)
        {
            return (ushort)((b[offset] << 8) | b[offset + 1]);
        }

        public static void WriteUInt16(int value, byte[] b, int offset)
        {
            b[offset] = (byte)(value >> 8);
            b[offset + 1] = (byte)value;
        }

        public static long ReadInt64(byte[] b, int offset)
        {
            return (long)(((ulong)ReadUInt32(b, offset) << 32) | ReadUInt32(b, offset + 4));
        }

        public static void WriteInt64(long value, byte[] b, int offset)
        {
            WriteUInt32((uint)((ulong)value >> 32), b, offset);
            WriteUInt32((uint)value, b, offset + 4);
        }
    }
}
