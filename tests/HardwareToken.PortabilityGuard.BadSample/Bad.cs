using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HardwareToken.PortabilityGuard.BadSample
{
    /// <summary>Each member uses one thing nanoFramework 1.x cannot run.</summary>
    public static class Bad
    {
        public static int Generics() => new List<int> { 1, 2 }.Count;

        public static int GenericMethod() => Identity<int>(3);

        public static T Identity<T>(T value) => value;

        public static int MultiDimensional() => new int[2, 2].Length;

        public static double Maths(double x) => Math.Sqrt(x);

        public static string Builder() => new StringBuilder().Append('x').ToString();

        public static int Linq(int[] values) => values.Where(v => v > 0).Count();

        public static string Interpolation(int x) => $"x={x}";

        public static string? Nullable(string? s) => s;

        public static void ClearAll(int[] values) => Array.Clear(values);

        public static long Now() => DateTime.UtcNow.Ticks;
    }

    public sealed class Box<T>
    {
        public T? Value { get; set; }
    }

    /// <summary>The null comparisons nanoCLR gets wrong for a never-assigned string[] element.</summary>
    public static class BadNullComparisons
    {
        private static readonly string[] Labels = new string[4];

        public static bool IsUsed(int slot)
        {
            return Labels[slot] != null;
        }

        public static bool IsFree(int slot) => Labels[slot] == null;

        public static bool HasLabel(int slot) => Labels[slot] is object;

        public static bool Same(int slot) => ReferenceEquals(Labels[slot], null);

        public static bool EqualsNull(int slot) => Equals(Labels[slot], null);

        /// <summary>The right way: a branch, not a value. The guard must accept this one.</summary>
        public static bool IsUsedRight(int slot)
        {
            if (Labels[slot] == null)
            {
                return false;
            }

            return true;
        }
    }
}
