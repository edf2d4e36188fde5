using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using HardwareToken.Core.Text;
using HardwareToken.Fuzz.Tests.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Fuzz.Tests.Text;

/// <summary>
/// Properties of <see cref="Base32"/>: any text is answered without an exception; encoding then decoding gives
/// the bytes back; decoding ignores case and the separators people paste (spaces, hyphens, tabs, line breaks).
/// </summary>
[TestClass]
public class Base32PropertyTests
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public TestContext TestContext { get; set; }

    /// <summary>Characters people and programs produce: base32, lower case, hex-only digits, separators, '=', others, any UTF-16 unit.</summary>
    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (8, Gen.Elements(Alphabet.ToCharArray())),
        (3, Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray())),
        (2, Gen.Elements("0189".ToCharArray())),
        (2, Gen.Elements(" -\t\r\n".ToCharArray())),
        (2, Gen.Constant('=')),
        (1, Gen.Elements("_+/.:,;!?#@\"'\\`~^\0".ToCharArray())),
        (1, Gen.Choose(0, 0xFFFF).Select(c => (char)c)));

    private static readonly Gen<string> RandomText =
        from length in Gen.Frequency((6, Gen.Choose(0, 120)), (1, Gen.Choose(121, 400)))
        from chars in Gen.ArrayOf(AnyChar, length)
        select new string(chars);

    /// <summary>A real encoding with 0..3 characters replaced, inserted or deleted: the errors next to validity.</summary>
    private static readonly Gen<string> NearlyValidText =
        from length in Gen.Choose(1, 64)
        from seed in FrameGen.Seed
        from pad in FrameGen.Bool
        from edits in Gen.Choose(0, 3)
        from replacements in Gen.ArrayOf(AnyChar, 3)
        select Edit(Base32.Encode(FrameGen.Fill(seed, length), 0, length, pad), edits, replacements, new Random(seed));

    private static string Edit(string text, int edits, char[] replacements, Random r)
    {
        var chars = text.ToList();
        for (int i = 0; i < edits; i++)
        {
            int at = r.Next(chars.Count + 1);
            switch (r.Next(3))
            {
                case 0 when at < chars.Count:
                    chars[at] = replacements[i];
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                default:
                    chars.Insert(at, replacements[i]);
                    break;
            }
        }

        return new string(chars.ToArray());
    }

    private static readonly Arbitrary<(string Text, int Capacity)> AnyText = Arb.From(
        from text in Gen.OneOf(RandomText, NearlyValidText)
        from capacity in Gen.Frequency((4, Gen.Constant(-1)), (1, Gen.Choose(0, 80)))
        select (text, capacity));

    [TestMethod]
    public void AnyTextIsAnsweredWithoutAnException()
    {
        int tests = FuzzSettings.Pick(20000, 1000000);
        long accepted = 0;
        var kinds = new Dictionary<Base32ErrorKind, int>();
        var watch = Stopwatch.StartNew();
        FsCheck.Check.One(FuzzSettings.Config(tests), Prop.ForAll(AnyText, input =>
        {
            // capacity -1: a buffer as large as the text can need; otherwise a possibly too small one.
            byte[] output = new byte[input.Capacity < 0 ? Base32.MaxDecodedLength(input.Text.Length) : input.Capacity];
            bool ok = Base32.TryDecode(input.Text, output, out int length, out Base32Error error);
            kinds[error.Kind] = kinds.GetValueOrDefault(error.Kind) + 1;
            Assert.AreEqual(ok, error.Kind == Base32ErrorKind.None, "success and error kind agree");
            if (ok)
            {
                accepted++;
                Assert.IsTrue(length >= 0 && length <= output.Length, "length within the buffer");
                string again = Base32.Encode(output, 0, length, false);
                Assert.AreEqual(Normalise(input.Text).TrimEnd('='), again, "what was accepted re-encodes to the same letters");
            }
            else
            {
                Assert.AreEqual(0, length, "no length on failure");
                Assert.IsTrue(output.All(b => b == 0), "a refused text leaves nothing in the buffer");
            }
        }));
        Base32.TryDecode(null, new byte[4], out _, out Base32Error nullError);
        Assert.AreEqual(Base32ErrorKind.Empty, nullError.Kind, "null is empty, not an exception");
        TestContext.WriteLine("base32 random texts [" + FuzzSettings.Mode + ", seed " + FuzzSettings.Seed + "]: " + tests + " texts, "
            + accepted + " accepted, in " + watch.Elapsed.TotalSeconds.ToString("0.0") + " s; "
            + string.Join(", ", kinds.OrderBy(kv => kv.Key).Select(kv => kv.Key + "=" + kv.Value)));
        Assert.AreEqual(8, kinds.Count, "every outcome (success and the seven refusals) was reached");
    }

    private static readonly Arbitrary<byte[]> Keys = Arb.From(
        from length in Gen.Choose(1, 64)
        from seed in FrameGen.Seed
        select FrameGen.Fill(seed, length));

    [TestMethod]
    public void EncodeThenDecodeGivesTheBytesBackWithAndWithoutPadding()
    {
        FsCheck.Check.One(FuzzSettings.Config(FuzzSettings.Pick(5000, 200000)), Prop.ForAll(Keys, key =>
        {
            foreach (bool pad in new[] { false, true })
            {
                string text = Base32.Encode(key, 0, key.Length, pad);
                Assert.AreEqual(pad ? ((key.Length * 8) + 39) / 40 * 8 : ((key.Length * 8) + 4) / 5, text.Length, "encoded length");
                byte[] output = new byte[64];
                Assert.IsTrue(Base32.TryDecode(text, output, out int length, out Base32Error error), text + ": " + error.Kind);
                CollectionAssert.AreEqual(key, output[..length], "round trip, pad=" + pad);
            }
        }));
    }

    private static readonly Arbitrary<(byte[] Key, int Seed, bool Pad)> Pasted = Arb.From(
        from key in Keys.Generator
        from seed in FrameGen.Seed
        from pad in FrameGen.Bool
        select (key, seed, pad));

    [TestMethod]
    public void DecodingIgnoresCaseAndPastedSeparators()
    {
        FsCheck.Check.One(FuzzSettings.Config(FuzzSettings.Pick(5000, 200000)), Prop.ForAll(Pasted, input =>
        {
            string canonical = Base32.Encode(input.Key, 0, input.Key.Length, input.Pad);
            string pasted = Mangle(canonical, new Random(input.Seed));
            byte[] output = new byte[64];
            Assert.IsTrue(Base32.TryDecode(pasted, output, out int length, out Base32Error error), "'" + pasted + "': " + error.Kind + " at " + error.Position);
            CollectionAssert.AreEqual(input.Key, output[..length], "'" + pasted + "' decodes like '" + canonical + "'");
        }));
    }

    [TestMethod]
    public void AnAwsSeedPastedInGroupsOfFourInLowerCaseDecodesTo40Bytes()
    {
        // The AWS Tools for PowerShell example seed (ANCHORS.md §4): 64 characters, 40 bytes.
        const string seed = "CZWZMCQNW4DEXAMPLE3VOUGXJFZYSUW7EXAMPLECR4NJFD65GX2SLUDW2EXAMPLE";
        string grouped = string.Join(" ", Enumerable.Range(0, 16).Select(i => seed.Substring(i * 4, 4).ToLowerInvariant()));
        byte[] a = new byte[64];
        byte[] b = new byte[64];
        Assert.IsTrue(Base32.TryDecode(seed, a, out int n1, out _));
        Assert.IsTrue(Base32.TryDecode(grouped, b, out int n2, out _));
        Assert.AreEqual(40, n1);
        CollectionAssert.AreEqual(a[..n1], b[..n2]);
    }

    /// <summary>Random case, and spaces, hyphens, tabs or line breaks inserted anywhere (including inside the padding).</summary>
    private static string Mangle(string text, Random r)
    {
        const string separators = " -\t\r\n";
        var result = new StringBuilder();
        for (int i = 0; i <= text.Length; i++)
        {
            while (r.Next(4) == 0)
            {
                result.Append(r.Next(3) == 0 ? separators[r.Next(separators.Length)] : (r.Next(2) == 0 ? ' ' : '-'));
            }

            if (i < text.Length)
            {
                char c = text[i];
                result.Append(r.Next(2) == 0 ? char.ToLowerInvariant(c) : c);
            }
        }

        return result.ToString();
    }

    private static string Normalise(string text) =>
        new string(text.Where(c => c != ' ' && c != '-' && c != '\t' && c != '\r' && c != '\n').Select(char.ToUpperInvariant).ToArray());
}
