using System;
using System.Collections.Generic;
using System.IO;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using ZXing;
using ZXing.Common;
using HardwareToken.Cli.Secrets;

namespace HardwareToken.Cli.Provisioning;

/// <summary>
/// Finds the QR codes in an image file, in-process on every OS: SixLabors.ImageSharp loads it (PNG, JPEG, and
/// the other formats ImageSharp reads: GIF, BMP, WebP, TIFF...) as 8-bit grey, ZXing.Net looks for QR codes only, trying
/// hard (rotated, photographed). Returns the distinct texts; never prints them.
/// </summary>
internal static class QrImageDecoder
{
    /// <summary>A phone photo is larger than this only by accident; bigger images are scaled down before decoding.</summary>
    private const int MaxSide = 2400;

    /// <summary>The texts of the QR codes found (empty when none).</summary>
    /// <exception cref="SecretInputException">The file is missing, unreadable, or not an image ImageSharp knows.</exception>
    public static IReadOnlyList<string> Decode(string path)
    {
        using Image<L8> image = Load(path);
        if (Math.Max(image.Width, image.Height) > MaxSide)
        {
            double scale = (double)MaxSide / Math.Max(image.Width, image.Height);
            image.Mutate(x => x.Resize((int)(image.Width * scale), (int)(image.Height * scale)));
        }

        byte[] grey = new byte[image.Width * image.Height];
        image.CopyPixelDataTo(grey);
        var source = new RGBLuminanceSource(grey, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = true,
            Options = new DecodingOptions
            {
                PossibleFormats = [BarcodeFormat.QR_CODE],
                TryHarder = true,
                TryInverted = true,
            },
        };

        var texts = new List<string>();
        Result[]? several = reader.DecodeMultiple(source);
        if (several is null || several.Length == 0)
        {
            Result? one = reader.Decode(source);
            several = one is null ? [] : [one];
        }

        foreach (Result result in several)
        {
            if (!string.IsNullOrEmpty(result.Text) && !texts.Contains(result.Text))
            {
                texts.Add(result.Text);
            }
        }

        return texts;
    }

    private static Image<L8> Load(string path)
    {
        try
        {
            return Image.Load<L8>(path);
        }
        catch (UnknownImageFormatException)
        {
            throw new SecretInputException($"{path} is not an image hwtoken can read; give a PNG or JPEG (a screenshot or a photo of the QR code)");
        }
        catch (InvalidImageContentException e)
        {
            throw new SecretInputException($"{path} is a damaged image ({e.Message}); take the screenshot again");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SecretInputException($"cannot read the QR image {path}: {e.Message}");
        }
    }
}
