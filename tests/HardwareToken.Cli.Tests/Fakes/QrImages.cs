using System;
using System.IO;
using QRCoder;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace HardwareToken.Cli.Tests.Fakes;

/// <summary>
/// QR code images written to temporary files: made by QRCoder (an encoder independent of the ZXing decoder under
/// test), saved as PNG or JPEG, or turned into a "photo" (rotated, scaled, blurred, grey background, JPEG).
/// </summary>
internal static class QrImages
{
    public static string Png(string text) => Save(Make(text), "png");

    public static string Jpeg(string text) => Save(Make(text), "jpg");

    /// <summary>Like a phone photo of a screen: larger, turned 7°, slightly blurred, on a grey page, JPEG quality 70.</summary>
    public static string Photo(string text)
    {
        using Image<Rgb24> code = Make(text);
        code.Mutate(x => x.Resize(code.Width * 2, code.Height * 2).Rotate(7).GaussianBlur(1.2f).BackgroundColor(Color.LightGray));
        using var page = new Image<Rgb24>(code.Width + 400, code.Height + 300, Color.LightGray);
        page.Mutate(x => x.DrawImage(code, new Point(180, 120), 1f));
        string path = Temp("jpg");
        page.SaveAsJpeg(path, new JpegEncoder { Quality = 70 });
        return path;
    }

    /// <summary>Two codes next to each other in one image.</summary>
    public static string SideBySide(string left, string right)
    {
        using Image<Rgb24> a = Make(left);
        using Image<Rgb24> b = Make(right);
        using var both = new Image<Rgb24>(a.Width + b.Width + 40, Math.Max(a.Height, b.Height), Color.White);
        both.Mutate(x => x.DrawImage(a, new Point(0, 0), 1f).DrawImage(b, new Point(a.Width + 40, 0), 1f));
        return Save(both.Clone(), "png");
    }

    public static string Blank() => Save(new Image<Rgb24>(300, 300, Color.White), "png");

    public static string NotAnImage()
    {
        string path = Temp("png");
        File.WriteAllText(path, "otpauth://totp/x?secret=GEZDGNBVGY3TQOJQ\n");
        return path;
    }

    /// <summary>A real PNG cut off after its first 300 bytes (a download that stopped).</summary>
    public static string TruncatedPng(string text)
    {
        string full = Png(text);
        byte[] bytes = File.ReadAllBytes(full);
        File.WriteAllBytes(full, bytes.AsSpan(0, 300).ToArray());
        return full;
    }

    private static Image<Rgb24> Make(string text)
    {
        using var generator = new QRCodeGenerator();
        using QRCodeData data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return Image.Load<Rgb24>(new PngByteQRCode(data).GetGraphic(6));
    }

    private static string Save(Image<Rgb24> image, string extension)
    {
        using (image)
        {
            string path = Temp(extension);
            image.Save(path);
            return path;
        }
    }

    private static string Temp(string extension) => Path.Combine(Path.GetTempPath(), "hwtoken-qr-" + Guid.NewGuid().ToString("N") + "." + extension);
}
