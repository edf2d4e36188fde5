using System;
using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Transport.Tests;

/// <summary>Helpers that move a known number of bytes through a channel.</summary>
internal static class Exchange
{
    /// <summary>Reads exactly <paramref name="count"/> bytes or fails after <paramref name="within"/>.</summary>
    public static byte[] ReadExactly(ISerialChannel channel, int count, TimeSpan within)
    {
        var result = new byte[count];
        int got = 0;
        var clock = Stopwatch.StartNew();
        while (got < count)
        {
            TimeSpan left = within - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                Assert.Fail($"received {got} of {count} bytes within {within.TotalSeconds} s");
            }

            got += channel.Read(result.AsSpan(got), left);
        }

        return result;
    }

    /// <summary>Bytes 0..255 repeated, offset by <paramref name="seed"/>, so every value and its neighbours appear.</summary>
    public static byte[] Pattern(int count, int seed)
    {
        var data = new byte[count];
        for (int i = 0; i < count; i++)
        {
            data[i] = (byte)(i + seed);
        }

        return data;
    }
}
