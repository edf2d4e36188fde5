using System;
using HardwareToken.Cli.Secrets;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

[TestClass]
public sealed class SecretParserTests
{
    /// <summary>RFC 6238's SHA-1 seed, "12345678901234567890".</summary>
    private const string Rfc6238 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private const string Rfc6238Hex = "3132333435363738393031323334353637383930";

    [TestMethod]
    [DataRow(Rfc6238, Rfc6238Hex, DisplayName = "canonical")]
    [DataRow("gezdgnbvgy3tqojqgezdgnbvgy3tqojq", Rfc6238Hex, DisplayName = "lower case")]
    [DataRow("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ", Rfc6238Hex, DisplayName = "groups of four")]
    [DataRow("gezd-gnbv-gy3t-qojq-gezd-gnbv-gy3t-qojq", Rfc6238Hex, DisplayName = "hyphens")]
    [DataRow("  GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\n", Rfc6238Hex, DisplayName = "pasted with a newline")]
    [DataRow("MZXW6===", "666f6f", DisplayName = "padding")]
    [DataRow("MZXW6", "666f6f", DisplayName = "padding omitted")]
    public void Base32SecretsDecode(string text, string hex)
    {
        using OtpSecret secret = SecretParser.Parse(text);
        Assert.AreEqual(hex, Hex(secret));
        Assert.AreEqual(6, secret.Digits);
        Assert.AreEqual(30, secret.Period);
        Assert.IsFalse(secret.DigitsFromUri);
        Assert.IsFalse(secret.PeriodFromUri);
        Assert.IsNull(secret.Issuer);
        Assert.IsNull(secret.Account);
    }

    [TestMethod]
    public void AnAwsSizedSecretOf64CharactersIs40Bytes()
    {
        var key = new byte[40];
        new Random(40).NextBytes(key);
        string text = HardwareToken.Core.Text.Base32.Encode(key, 0, key.Length, false);
        Assert.AreEqual(64, text.Length);
        using OtpSecret secret = SecretParser.Parse(text);
        Assert.AreEqual(Convert.ToHexStringLower(key), Hex(secret));
        Assert.AreEqual(0, secret.Warnings.Count);
    }

    [TestMethod]
    public void SixtyFourBytesFitButSixtyFiveDoNot()
    {
        var key = new byte[65];
        new Random(65).NextBytes(key);
        using (OtpSecret ok = SecretParser.Parse(HardwareToken.Core.Text.Base32.Encode(key, 0, 64, false)))
        {
            Assert.AreEqual(64, ok.KeyLength);
        }

        string tooLong = HardwareToken.Core.Text.Base32.Encode(key, 0, 65, false);
        var error = Assert.ThrowsExactly<SecretFormatException>(() => SecretParser.Parse(tooLong));
        StringAssert.Contains(error.Message, "longer than 64 bytes");
        Assert.IsFalse(error.Message.Contains(tooLong[..8], StringComparison.Ordinal), "the message repeats the secret");
    }

    [TestMethod]
    public void ShortSecretsAreAcceptedWithAWarning()
    {
        using OtpSecret secret = SecretParser.Parse("JBSWY3DPEHPK3PXP");
        Assert.AreEqual("48656c6c6f21deadbeef", Hex(secret));
        Assert.AreEqual(1, secret.Warnings.Count);
        StringAssert.Contains(secret.Warnings[0], "only 10 bytes");
    }

    [TestMethod]
    [DataRow("", "the secret is empty", DisplayName = "empty")]
    [DataRow("   \n", "the secret is empty", DisplayName = "blank")]
    [DataRow("GEZDGNBVGY3TQOJ0", "'0' at position 16 is not a base32 character (A-Z and 2-7); did you mean the letter O?", DisplayName = "zero for O")]
    [DataRow("GEZD GNBV GY3T QOJ1", "'1' at position 19 is not a base32 character", DisplayName = "position counts the spaces")]
    [DataRow("GEZDGNBV!Y3TQOJQ", "'!' at position 9 is not a base32 character", DisplayName = "punctuation")]
    [DataRow("3132333435363738393031323334353637383930", "looks like hexadecimal", DisplayName = "hex")]
    [DataRow("GEZDGNBVG", "a character is missing or extra", DisplayName = "impossible length")]
    [DataRow("MZXW7", "has bits set past the final byte", DisplayName = "trailing bits")]
    [DataRow("MZ=XW6", "padding '=' at position 3 is misplaced", DisplayName = "padding inside")]
    [DataRow("https://example.com/?secret=GEZDGNBV", "this is a link, not a secret", DisplayName = "web link")]
    public void BadBase32IsRefusedWithAReason(string text, string expected)
    {
        var error = Assert.ThrowsExactly<SecretFormatException>(() => SecretParser.Parse(text));
        StringAssert.Contains(error.Message, expected);
    }

    [TestMethod]
    public void UriWithEveryParameter()
    {
        using OtpSecret secret = SecretParser.Parse(
            "otpauth://totp/Amazon%20Web%20Services:root-account%40example.com?secret=" + Rfc6238
            + "&issuer=Amazon%20Web%20Services&algorithm=SHA1&digits=8&period=60");
        Assert.AreEqual(Rfc6238Hex, Hex(secret));
        Assert.AreEqual("Amazon Web Services", secret.Issuer);
        Assert.AreEqual("root-account@example.com", secret.Account);
        Assert.AreEqual(8, secret.Digits);
        Assert.AreEqual(60, secret.Period);
        Assert.IsTrue(secret.DigitsFromUri);
        Assert.IsTrue(secret.PeriodFromUri);
        Assert.AreEqual(0, secret.Warnings.Count);
    }

    [TestMethod]
    public void UriDefaultsAreSha1SixDigitsThirtySeconds()
    {
        using OtpSecret secret = SecretParser.Parse("otpauth://totp/alice?secret=" + Rfc6238);
        Assert.AreEqual(6, secret.Digits);
        Assert.AreEqual(30, secret.Period);
        Assert.IsFalse(secret.DigitsFromUri);
        Assert.IsFalse(secret.PeriodFromUri);
        Assert.IsNull(secret.Issuer);
        Assert.AreEqual("alice", secret.Account);
    }

    [TestMethod]
    public void PercentEncodingAppliesToLabelAndParameters()
    {
        // %3A is an encoded colon separating issuer and account; UTF-8 escapes decode to text.
        using OtpSecret secret = SecretParser.Parse(
            "otpauth://totp/Caf%C3%A9%20Ltd%3A%20b%C3%B8b%40example.com?secret=gezd%20gnbv%20gy3t%20qojq%20gezd%20gnbv%20gy3t%20qojq");
        Assert.AreEqual("Café Ltd", secret.Issuer);
        Assert.AreEqual("bøb@example.com", secret.Account);
        Assert.AreEqual(Rfc6238Hex, Hex(secret));
    }

    [TestMethod]
    public void IssuerParameterWinsOverTheLabelPrefix()
    {
        using OtpSecret same = SecretParser.Parse("otpauth://totp/ACME:john?secret=" + Rfc6238 + "&issuer=ACME");
        Assert.AreEqual("ACME", same.Issuer);
        Assert.AreEqual(0, same.Warnings.Count);

        using OtpSecret differs = SecretParser.Parse("otpauth://totp/Old%20Name:john?issuer=New+Name&secret=" + Rfc6238);
        Assert.AreEqual("New Name", differs.Issuer, "'+' in issuer= is a space");
        Assert.AreEqual("john", differs.Account);
        Assert.AreEqual(1, differs.Warnings.Count);
        StringAssert.Contains(differs.Warnings[0], "using issuer=");

        using OtpSecret onlyLabel = SecretParser.Parse("otpauth://totp/Example:alice?secret=" + Rfc6238);
        Assert.AreEqual("Example", onlyLabel.Issuer);

        using OtpSecret onlyParameter = SecretParser.Parse("otpauth://totp/alice?secret=" + Rfc6238 + "&issuer=Example");
        Assert.AreEqual("Example", onlyParameter.Issuer);
        Assert.AreEqual("alice", onlyParameter.Account);
    }

    [TestMethod]
    public void UriSchemeTypeAndAlgorithmAreCaseInsensitiveAndFragmentsIgnored()
    {
        using OtpSecret secret = SecretParser.Parse("OTPAUTH://TOTP/x?SECRET=" + Rfc6238 + "&algorithm=sha1#ignored");
        Assert.AreEqual(Rfc6238Hex, Hex(secret));
    }

    [TestMethod]
    [DataRow("otpauth://hotp/x?secret=GEZDGNBV&counter=0", "HOTP", DisplayName = "hotp")]
    [DataRow("otpauth://steam/x?secret=GEZDGNBV", "unknown otpauth type 'steam'", DisplayName = "unknown type")]
    [DataRow("otpauth:totp/x?secret=GEZDGNBV", "expected otpauth://totp/", DisplayName = "no slashes")]
    [DataRow("otpauth://totp/x?secret=GEZDGNBV&algorithm=SHA256", "algorithm=SHA256 is not supported: the token computes HMAC-SHA1 codes only", DisplayName = "SHA256")]
    [DataRow("otpauth://totp/x?secret=GEZDGNBV&algorithm=SHA512", "HMAC-SHA1 codes only", DisplayName = "SHA512")]
    [DataRow("otpauth://totp/x?secret=GEZDGNBV&digits=7", "digits=7 is not supported: the token shows 6 or 8 digits (AWS uses 6)", DisplayName = "7 digits")]
    [DataRow("otpauth://totp/x?secret=GEZDGNBV&digits=10", "6 or 8 digits", DisplayName = "10 digits")]
    [DataRow("otpauth://totp/x?secret=GEZDGNBV&digits=six", "digits=six in the otpauth URI is not a number", DisplayName = "digits not a number")]
    [DataRow("otpauth://totp/x?secret=GEZDGNBV&period=15", "period=15 is not supported: the token supports a 30 or 60 second period", DisplayName = "15 s")]
    [DataRow("otpauth://totp/x?secret=GEZDGNBV&period=-30", "is not a number", DisplayName = "negative period")]
    [DataRow("otpauth://totp/x?issuer=ACME", "no secret= parameter", DisplayName = "missing secret")]
    [DataRow("otpauth://totp/x?secret=&issuer=ACME", "secret= parameter of the otpauth URI is empty", DisplayName = "empty secret")]
    [DataRow("otpauth://totp/x?secret=GEZDGNBV&secret=GEZDGNBV", "secret= twice", DisplayName = "duplicate")]
    [DataRow("otpauth://totp/x?secret=GEZDGNB0", "invalid secret= parameter: '0' at position 8", DisplayName = "bad base32 in URI")]
    public void BadUrisAreRefusedWithAReason(string uri, string expected)
    {
        var error = Assert.ThrowsExactly<SecretFormatException>(() => SecretParser.Parse(uri));
        StringAssert.Contains(error.Message, expected);
    }

    [TestMethod]
    public void DisposeWipesTheKey()
    {
        OtpSecret secret = SecretParser.Parse(Rfc6238);
        secret.Dispose();
        Assert.ThrowsExactly<ObjectDisposedException>(() => secret.CopyKeyTo(new byte[64]));
    }

    private static string Hex(OtpSecret secret)
    {
        var key = new byte[secret.KeyLength];
        secret.CopyKeyTo(key);
        return Convert.ToHexStringLower(key);
    }
}
