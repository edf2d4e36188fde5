using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class whose [TestMethod]s the launcher runs.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
        /// <summary>Extension point kept from the real library: returns the attribute unchanged.</summary>
        public virtual TestMethodAttribute GetTestMethodAttribute(TestMethodAttribute testMethodAttribute)
        {
            return testMethodAttribute;
        }
    }
}
