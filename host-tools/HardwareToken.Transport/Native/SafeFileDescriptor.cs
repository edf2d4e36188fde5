using System;
using System.Runtime.InteropServices;

namespace HardwareToken.Transport.Native;

/// <summary>An owned POSIX file descriptor, closed exactly once when released.</summary>
internal sealed class SafeFileDescriptor : SafeHandle
{
    public SafeFileDescriptor(int fd)
        : base(new IntPtr(-1), ownsHandle: true)
    {
        SetHandle(new IntPtr(fd));
    }

    public override bool IsInvalid => handle == new IntPtr(-1);

    /// <summary>
    /// Borrows the raw descriptor while holding a reference, so a concurrent <see cref="SafeHandle.Dispose()"/>
    /// cannot close it (and the OS hand the number to another file) mid-call. Throws
    /// <see cref="ObjectDisposedException"/> once closed.
    /// </summary>
    public Lease Borrow()
    {
        bool added = false;
        DangerousAddRef(ref added);
        return new Lease(this, (int)handle);
    }

    protected override bool ReleaseHandle() => Libc.close((int)handle) == 0;

    /// <summary>A borrowed descriptor number; dispose to give it back.</summary>
    public readonly ref struct Lease
    {
        private readonly SafeFileDescriptor owner;

        public Lease(SafeFileDescriptor owner, int fd)
        {
            this.owner = owner;
            Fd = fd;
        }

        public int Fd { get; }

        public void Dispose() => owner.DangerousRelease();
    }
}
