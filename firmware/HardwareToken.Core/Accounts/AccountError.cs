namespace HardwareToken.Core.Accounts
{
    /// <summary>
    /// Why an account was rejected. The protocol layer answers "bad argument" with this value as the detail
    /// byte, so the numbers are part of the wire format: never renumber or reuse one, only append.
    /// </summary>
    /// <remarks>
    /// <see cref="AccountRules.Check(int, string, int, int, int)"/> reports the first failure in this order:
    /// slot, label, secret, digits, period.
    /// </remarks>
    public enum AccountError
    {
        /// <summary>The account is valid.</summary>
        None = 0,

        /// <summary>The slot is not in 0..<see cref="AccountTable.SlotCount"/>-1.</summary>
        SlotOutOfRange = 1,

        /// <summary>The label is null, has no characters, or only spaces.</summary>
        LabelEmpty = 2,

        /// <summary>The label has more than <see cref="AccountRules.MaxLabelLength"/> characters.</summary>
        LabelTooLong = 3,

        /// <summary>A label character is outside printable ASCII 0x20..0x7E.</summary>
        LabelNotPrintableAscii = 4,

        /// <summary>The secret has no bytes.</summary>
        SecretEmpty = 5,

        /// <summary>The secret has more than <see cref="AccountRules.MaxSecretLength"/> bytes.</summary>
        SecretTooLong = 6,

        /// <summary>Digits other than 6 or 8.</summary>
        DigitsUnsupported = 7,

        /// <summary>A period other than 30 or 60 seconds.</summary>
        PeriodUnsupported = 8,
    }
}
