using System;

namespace TestFrameworkShared
{
    /// <summary>Thrown by every failed assertion (the real library declares it in this namespace too).</summary>
    public class AssertFailedException : Exception
    {
        public AssertFailedException()
        {
        }

        public AssertFailedException(string msg)
            : base(msg)
        {
        }

        public AssertFailedException(string msg, Exception ex)
            : base(msg, ex)
        {
        }
    }
}
