using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace HardwareToken.Core.Tests
{
    /// <summary>
    /// Finds, in one method's IL, a comparison with <c>null</c> whose result is used as a value. nanoCLR (and so a
    /// real token) gets it wrong for an element of a <c>string[]</c> that was never assigned: <c>return a[i] != null;</c>
    /// is true for it, and <c>a[i] == null</c>, <c>a[i] is object</c>, <c>object.ReferenceEquals(a[i], null)</c> and
    /// <c>object.Equals(a[i], null)</c> are false, also after the element was copied to a local or passed as an argument
    /// (docs/testing.md, "Runtime differences"). A branch on the reference itself (<c>if (a[i] == null)</c>, which csc
    /// compiles to brtrue/brfalse) is right. The IL cannot say where a reference came from, so every such comparison is
    /// refused: csc emits <c>ldnull</c> followed by <c>ceq</c>/<c>cgt.un</c> (or a call to one of the equality methods)
    /// only when the comparison is a value.
    /// </summary>
    public static class NullComparisonCheck
    {
        public const string Why =
            "a null comparison used as a value (ldnull + ceq/cgt.un or an equality call) is wrong in nanoCLR for a never-assigned "
            + "string[] element; branch on the reference instead: write 'if (x == null) { return false; } return true;' "
            + "rather than 'return x != null;'";

        private static readonly Dictionary<short, OpCode> OpCodesByValue = LoadOpCodes();

        private static readonly HashSet<string> EqualityMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "ReferenceEquals", "Equals", "op_Equality", "op_Inequality",
        };

        /// <summary>One description ("ldnull; cgt.un at IL_0012") per offending comparison.</summary>
        public static IEnumerable<string> Find(MetadataReader md, byte[] il)
        {
            var found = new List<string>();
            int previousOffset = -1;
            short previous = 0;
            int i = 0;
            while (i < il.Length)
            {
                int offset = i;
                short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
                i += il[i] == 0xFE ? 2 : 1;
                OpCode op = OpCodesByValue[value];
                int operandStart = i;
                i += OperandSize(op, il, i);
                if (previousOffset >= 0 && previous == OpCodes.Ldnull.Value)
                {
                    if (op == OpCodes.Ceq || op == OpCodes.Cgt_Un || op == OpCodes.Cgt || op == OpCodes.Clt || op == OpCodes.Clt_Un)
                    {
                        found.Add("ldnull; " + op.Name + " at IL_" + previousOffset.ToString("X4"));
                    }
                    else if ((op == OpCodes.Call || op == OpCodes.Callvirt) && EqualityMethods.Contains(MethodName(md, BitConverter.ToInt32(il, operandStart))))
                    {
                        found.Add("ldnull; " + op.Name + " " + MethodName(md, BitConverter.ToInt32(il, operandStart)) + " at IL_" + previousOffset.ToString("X4"));
                    }
                }

                previousOffset = offset;
                previous = value;
            }

            return found;
        }

        private static string MethodName(MetadataReader md, int token)
        {
            EntityHandle handle = MetadataTokens.EntityHandle(token);
            switch (handle.Kind)
            {
                case HandleKind.MemberReference:
                    return md.GetString(md.GetMemberReference((MemberReferenceHandle)handle).Name);
                case HandleKind.MethodDefinition:
                    return md.GetString(md.GetMethodDefinition((MethodDefinitionHandle)handle).Name);
                default:
                    return string.Empty;
            }
        }

        private static int OperandSize(OpCode op, byte[] il, int at)
        {
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    return 0;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    return 1;
                case OperandType.InlineVar:
                    return 2;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    return 8;
                case OperandType.InlineSwitch:
                    return 4 + (4 * BitConverter.ToInt32(il, at));
                default:
                    return 4;
            }
        }

        private static Dictionary<short, OpCode> LoadOpCodes()
        {
            var map = new Dictionary<short, OpCode>();
            foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var op = (OpCode)field.GetValue(null)!;
                map[op.Value] = op;
            }

            return map;
        }
    }
}
