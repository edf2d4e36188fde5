using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using TestFrameworkShared;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// The assertions of nanoFramework.TestFramework 3.x (source/TestFramework/Assert.cs). Each failure throws
    /// <see cref="AssertFailedException"/>. The message parameter defaults to "" (the caller's expression when the
    /// compiler supports [CallerArgumentExpression]). Absent on purpose, as on the device: Fail, Inconclusive,
    /// generic AreEqual&lt;T&gt;, delta overloads, ThrowsException&lt;T&gt;.
    /// </summary>
    public sealed partial class Assert
    {
        public static void AreSame(object expected, object actual, [CallerArgumentExpression(nameof(actual))] string message = "")
        {
            if (ReferenceEquals(expected, actual))
            {
                return;
            }

            if (expected is ValueType || actual is ValueType)
            {
                HandleFail("Assert.AreSame", "Do not pass value types to AreSame(). " + ReplaceNulls(message));
            }

            HandleFail("Assert.AreSame", message);
        }

        public static void AreNotSame(object notExpected, object actual, string message = "")
        {
            if (ReferenceEquals(notExpected, actual))
            {
                HandleFail("Assert.AreNotSame", message);
            }
        }

        public static void IsTrue(bool condition, [CallerArgumentExpression(nameof(condition))] string message = "")
        {
            if (!condition)
            {
                HandleFail("Assert.IsTrue", message);
            }
        }

        public static void IsFalse(bool condition, [CallerArgumentExpression(nameof(condition))] string message = "")
        {
            if (condition)
            {
                HandleFail("Assert.IsFalse", message);
            }
        }

        public static void IsNull(object value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value is not null)
            {
                HandleFail("Assert.IsNull", message);
            }
        }

        public static void IsNotNull([NotNull] object value, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            if (value is null)
            {
                HandleFail("Assert.IsNotNull", message);
            }
        }

        /// <summary>Passes only if <paramref name="value"/>'s type is exactly <paramref name="expected"/> (not a subtype).</summary>
        public static void IsInstanceOfType(object value, Type expected, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            EnsureParameterIsNotNull(expected, "Assert.IsInstanceOfType", "expected");
            if (value is not null && expected == value.GetType())
            {
                return;
            }

            HandleFail("Assert.IsInstanceOfType", "Expected type:<" + expected + ">. Actual type:<" + ReplaceNulls(value?.GetType()) + ">. " + ReplaceNulls(message));
        }

        /// <summary>Fails only if <paramref name="value"/>'s type is exactly <paramref name="notExpected"/>.</summary>
        public static void IsNotInstanceOfType(object value, Type notExpected, [CallerArgumentExpression(nameof(value))] string message = "")
        {
            EnsureParameterIsNotNull(notExpected, "Assert.IsNotInstanceOfType", "notExpected");
            if (value is null || notExpected != value.GetType())
            {
                return;
            }

            HandleFail("Assert.IsNotInstanceOfType", "Wrong type:<" + notExpected + ">. Actual type:<" + value.GetType() + ">. " + ReplaceNulls(message));
        }

        /// <summary>Stops the test and reports it as skipped (in [Setup]: skips the whole class).</summary>
        [DoesNotReturn]
        public static void SkipTest(string message = null)
        {
            throw new SkipTestException(message);
        }

        public static void Contains(string expected, string other, string message = "")
        {
            EnsureParameterIsNotNull(expected, "Assert.Contains", "expected");
            EnsureParameterIsNotNull(other, "Assert.Contains", "other");
            if (other.IndexOf(expected, StringComparison.Ordinal) < 0)
            {
                HandleFail("Assert.Contains", ReplaceNulls(other) + " does not contains " + ReplaceNulls(expected) + ". " + ReplaceNulls(message));
            }
        }

        public static void DoesNotContains(string expected, string other, string message = "")
        {
            EnsureParameterIsNotNull(expected, "Assert.DoesNotContains", "expected");
            EnsureParameterIsNotNull(other, "Assert.DoesNotContains", "other");
            if (other.IndexOf(expected, StringComparison.Ordinal) >= 0)
            {
                HandleFail("Assert.DoesNotContains", ReplaceNulls(other) + " should not contain " + ReplaceNulls(expected) + ". " + ReplaceNulls(message));
            }
        }

        public static void StartsWith(string expected, string other, string message = "")
        {
            EnsureParameterIsNotNull(expected, "Assert.StartsWith", "expected");
            EnsureParameterIsNotNull(other, "Assert.StartsWith", "other");
            if (!other.StartsWith(expected, StringComparison.Ordinal))
            {
                HandleFail("Assert.StartsWith", ReplaceNulls(other) + " does not start with " + ReplaceNulls(expected) + ". " + ReplaceNulls(message));
            }
        }

        public static void EndsWith(string expected, string other, string message = "")
        {
            EnsureParameterIsNotNull(expected, "Assert.EndsWith", "expected");
            EnsureParameterIsNotNull(other, "Assert.EndsWith", "other");
            if (!other.EndsWith(expected, StringComparison.Ordinal))
            {
                HandleFail("Assert.EndsWith", ReplaceNulls(other) + " does not end with " + ReplaceNulls(expected) + ". " + ReplaceNulls(message));
            }
        }

        /// <summary>
        /// Passes only if <paramref name="action"/> throws exactly <paramref name="exceptionType"/> (a derived type
        /// fails). The non-generic form is the only one nanoFramework has.
        /// </summary>
        public static void ThrowsException(Type exceptionType, Action action, string message = "")
        {
            if (action == null)
            {
                throw new ArgumentNullException();
            }

            try
            {
                action();
            }
            catch (Exception ex)
            {
                if (ex.GetType() == exceptionType)
                {
                    return;
                }

                HandleFail(
                    "Assert.ThrowsException",
                    "Threw exception " + ex.GetType().Name + ", but exception " + exceptionType.Name + " was expected. " + ReplaceNulls(message) + "\r\nException Message: " + ex.Message);
            }

            HandleFail("Assert.ThrowsException", "No exception thrown. " + exceptionType.Name + " exception was expected. " + ReplaceNulls(message));
        }

        [DoesNotReturn]
        internal static void HandleFail(string assertion, string message)
        {
            string text = string.IsNullOrEmpty(message) ? string.Empty : ReplaceNulls(message);
            throw new AssertFailedException(assertion + " failed. " + text);
        }

        internal static string ReplaceNulls(object input)
        {
            if (input == null)
            {
                return "(null)";
            }

            string text = input.ToString();
            return text == null ? "(object)" : text.Replace("\0", "\\0", StringComparison.Ordinal);
        }

        internal static void EnsureParameterIsNotNull(object value, string assertion, string parameter)
        {
            if (value is null)
            {
                HandleFail(assertion, "The parameter '" + parameter + "' is invalid. The value cannot be null.");
            }
        }

        private static bool EqualsOrdinal(string expected, string actual)
        {
            return string.Equals(expected, actual, StringComparison.Ordinal);
        }

        [DoesNotReturn]
        private static void HandleAreEqualFail(object expected, object actual, string message)
        {
            HandleFail("Assert.AreEqual", "Expected:<" + ReplaceNulls(expected) + ">. Actual:<" + ReplaceNulls(actual) + ">. " + ReplaceNulls(message));
        }

        [DoesNotReturn]
        private static void HandleAreNotEqualFail(object notExpected, object actual, string message)
        {
            HandleFail("Assert.AreNotEqual", "Expected any value except:<" + ReplaceNulls(notExpected) + ">. Actual:<" + ReplaceNulls(actual) + ">. " + ReplaceNulls(message));
        }
    }
}
