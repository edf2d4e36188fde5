using System.Diagnostics;
using System.Globalization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Tests.Support;

/// <summary>The reference TOTP implementation: <c>oathtool --totp -b --now=@UTC -</c>, the base32 key on stdin.</summary>
internal static class Oathtool
{
    public static string Totp(byte[] key, long unixSeconds) =>
        Totp(HardwareToken.Core.Text.Base32.Encode(key, 0, key.Length, false), unixSeconds);

    public static string Totp(string base32, long unixSeconds)
    {
        string oathtool = ExternalTool.Require("oathtool", "oathtool");
        var info = new ProcessStartInfo(oathtool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("--totp");
        info.ArgumentList.Add("-b");
        info.ArgumentList.Add("--now=@" + unixSeconds.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add("-");
        using Process process = Process.Start(info)!;
        process.StandardInput.WriteLine(base32);
        process.StandardInput.Close();
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, "oathtool: " + process.StandardError.ReadToEnd());
        return output;
    }
}
