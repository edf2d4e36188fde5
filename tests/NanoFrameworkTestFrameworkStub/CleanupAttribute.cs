using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Runs once per test class, after all of its tests.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class CleanupAttribute : Attribute
    {
    }
}
