using System.Buffers.Binary;
using System.Text;

namespace HardwareToken.Protocol;

/// <summary>A strict cursor over a response body: reading past the end or leaving bytes unread is a <see cref="ProtocolException"/>.</summary>
internal ref struct BodyReader
{
    private readonly ReadOnlySpan<byte> _body;
    private readonly string _what;
    private int _position;

    public BodyReader(ReadOnlySpan<byte> body, string what)
    {
        _body = body;
        _what = what;
        _position = 0;
    }

    public byte U8() => Take(1)[0];

    public int I32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public uint U32() => BinaryPrimitives.ReadUInt32BigEndian(Take(4));

    public long I64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    /// <summary>A length-prefixed printable-ASCII string.</summary>
    public string Text()
    {
        ReadOnlySpan<byte> bytes = Take(U8());
        foreach (byte b in bytes)
        {
            if (b is < 0x20 or > 0x7E)
            {
                throw new ProtocolException($"{_what}: text byte 0x{b:x2} is not printable ASCII");
            }
        }

        return Encoding.ASCII.GetString(bytes);
    }

    public void End()
    {
        if (_position != _body.Length)
        {
            throw new ProtocolException($"{_what}: {_body.Length - _position} unexpected bytes after the body");
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (_position + count > _body.Length)
        {
            throw new ProtocolException($"{_what}: body ends early ({_body.Length} bytes)");
        }

        ReadOnlySpan<byte> slice = _body.Slice(_position, count);
        _position += count;
        return slice;
    }
}
