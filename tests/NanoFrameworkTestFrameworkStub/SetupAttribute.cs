using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Runs once per test class, before all of its tests (not before each one).</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class SetupAttribute : Attribute
    {
    }
}
