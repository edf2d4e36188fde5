using HardwareToken.Core.Screens;

namespace HardwareToken.Core.App
{
    /// <summary>
    /// The words of the confirm screen for each change a host can ask for: a title and three lines saying what will
    /// change. Composed into <see cref="TextLine"/>s, so nothing is allocated per request.
    /// </summary>
    public static class ConfirmText
    {
        /// <summary>PutSecret: the slot, the new label, what it replaces (null: an empty slot), digits and period.</summary>
        public static void PutSecret(int slot, char[] label, int labelLength, string replacedLabel, int digits, int period, TextLine title, TextLine line1, TextLine line2, TextLine line3)
        {
            title.Clear().Append("WRITE SLOT ").AppendNumber(slot + 1, 1);
            line1.Clear();
            for (int i = 0; i < labelLength; i++)
            {
                line1.Append(label[i]);
            }

            if (replacedLabel == null)
            {
                line2.Clear().Append("new account");
            }
            else
            {
                line2.Clear().Append("replaces ").Append(replacedLabel);
            }

            line3.Clear().AppendNumber(digits, 1).Append(" digits, ").AppendNumber(period, 1).Append(" s");
        }

        /// <summary>DeleteSlot: the slot and its label.</summary>
        public static void DeleteSlot(int slot, string label, TextLine title, TextLine line1, TextLine line2, TextLine line3)
        {
            title.Clear().Append("DELETE SLOT ").AppendNumber(slot + 1, 1);
            line1.Clear().Append(label);
            line2.Clear();
            line3.Clear();
        }

        /// <summary>WipeAll: how many accounts go.</summary>
        public static void WipeAll(int usedCount, TextLine title, TextLine line1, TextLine line2, TextLine line3)
        {
            title.Clear().Append("WIPE ALL ACCOUNTS");
            line1.Clear().AppendNumber(usedCount, 1).Append(" will be erased");
            line2.Clear();
            line3.Clear();
        }

        /// <summary>SetTime: the token's time (when set), the host's, and the jump.</summary>
        public static void SetTime(bool deviceSet, long deviceUnixSeconds, long hostUnixSeconds, TextLine title, TextLine line1, TextLine line2, TextLine line3)
        {
            title.Clear().Append("SET TIME (UTC)");
            if (deviceSet)
            {
                UtcFormat.AppendDateTime(line1.Clear(), deviceUnixSeconds);
                UtcFormat.AppendDuration(line3.Clear().Append("jump "), hostUnixSeconds - deviceUnixSeconds);
            }
            else
            {
                line1.Clear().Append("clock not set");
                line3.Clear();
            }

            UtcFormat.AppendDateTime(line2.Clear(), hostUnixSeconds);
        }
    }
}
