using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Array comparison helper.</summary>
    public static class TestExtensions
    {
        /// <summary>True when both arrays are non-null, equally long, and equal element by element (same element types).</summary>
        public static bool SequenceEqual(this Array a, Array b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                object x = a.GetValue(i);
                object y = b.GetValue(i);
                if (x == null || y == null)
                {
                    if (!ReferenceEquals(x, y))
                    {
                        return false;
                    }

                    continue;
                }

                if (x.GetType() != y.GetType())
                {
                    return false;
                }

                // Primitives compare by value; anything else by reference, as in the real library.
                if (x.GetType().IsPrimitive ? !x.Equals(y) : !ReferenceEquals(x, y))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
