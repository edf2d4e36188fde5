using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a test. The launcher invokes it with no instance (<c>method.Invoke(null, null)</c>).</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute
    {
    }
}
