using System.Collections;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Collection assertions of nanoFramework.TestFramework 3.x (source/TestFramework/CollectionAssert.cs), on the
    /// non-generic <see cref="ICollection"/> (arrays qualify). Equal means same count and element-wise
    /// <see cref="object.Equals(object, object)"/> in order.
    /// </summary>
    public sealed class CollectionAssert
    {
        public static void Empty(ICollection collection, string message = "")
        {
            Assert.EnsureParameterIsNotNull(collection, "CollectionAssert.Empty", "collection");
            if (collection.Count != 0)
            {
                Assert.HandleFail("CollectionAssert.Empty", message);
            }
        }

        public static void NotEmpty(ICollection collection, string message = "")
        {
            Assert.EnsureParameterIsNotNull(collection, "CollectionAssert.NotEmpty", "collection");
            if (collection.Count == 0)
            {
                Assert.HandleFail("CollectionAssert.NotEmpty", message);
            }
        }

        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            string reason;
            if (!AreCollectionsEqual(expected, actual, out reason))
            {
                Assert.HandleFail("CollectionAssert.AreEqual", message + "(" + reason + ")");
            }
        }

        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "")
        {
            string reason;
            if (AreCollectionsEqual(notExpected, actual, out reason))
            {
                Assert.HandleFail("CollectionAssert.AreNotEqual", message + "(" + reason + ")");
            }
        }

        private static bool AreCollectionsEqual(ICollection expected, ICollection actual, out string reason)
        {
            if (ReferenceEquals(expected, actual))
            {
                reason = "Both collection references point to the same collection object.";
                return true;
            }

            if (expected == null || actual == null)
            {
                reason = string.Empty;
                return false;
            }

            if (expected.Count != actual.Count)
            {
                reason = "Different number of elements.";
                return false;
            }

            IEnumerator e = expected.GetEnumerator();
            IEnumerator a = actual.GetEnumerator();
            for (int i = 0; e.MoveNext() && a.MoveNext(); i++)
            {
                if (!Equals(e.Current, a.Current))
                {
                    reason = "Element at index " + i + " do not match. Expected:<" + Assert.ReplaceNulls(e.Current) + ">. Actual:<" + Assert.ReplaceNulls(a.Current) + ">.";
                    return false;
                }
            }

            reason = "Both collection contain same elements.";
            return true;
        }
    }
}
