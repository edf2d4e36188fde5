using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Thrown by <see cref="Assert.SkipTest"/>; the launcher reports the test as skipped.</summary>
    public class SkipTestException : Exception
    {
        public SkipTestException()
        {
        }

        public SkipTestException(string message)
            : base(message)
        {
        }

        public SkipTestException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
