using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Core.Tests
{
    /// <summary>
    /// The core must compile unchanged for nanoFramework 1.x. These tests read the compiled core assembly and
    /// fail on anything outside that subset, and prove the check bites on a deliberately bad sample.
    /// </summary>
    [TestClass]
    public class PortabilityGuardTests
    {
        [TestMethod]
        public void CoreAssemblyUsesOnlyTheNanoFrameworkSubset()
        {
            string path = typeof(HardwareToken.Core.Crypto.Sha1).Assembly.Location;
            var violations = PortabilityGuard.FindViolations(path);
            Assert.AreEqual(0, violations.Count, "HardwareToken.Core uses what nanoFramework 1.x lacks:\n" + string.Join("\n", violations));
        }

        [TestMethod]
        public void GuardCatchesEveryKindOfViolationInABadSample()
        {
            string path = Path.Combine(Path.GetDirectoryName(typeof(PortabilityGuardTests).Assembly.Location)!, "HardwareToken.PortabilityGuard.BadSample.dll");
            var violations = PortabilityGuard.FindViolations(path);
            string all = string.Join("\n", violations);
            string[] expected =
            {
                "generic definition: HardwareToken.PortabilityGuard.BadSample.Box`1<T>",
                "generic instantiation: System.Collections.Generic.List`1<Int32>",
                "generic method instantiation (MethodSpec)",
                "multi-dimensional array: Int32[,]",
                "type outside the nanoFramework mscorlib subset: System.Math",
                "type outside the nanoFramework mscorlib subset: System.Text.StringBuilder",
                "assembly reference outside mscorlib: System.Linq",
                "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler",
                "System.Runtime.CompilerServices.NullableAttribute",
                "member outside the nanoFramework mscorlib subset: System.Array::Clear(System.Array)",
                "member outside the nanoFramework mscorlib subset: System.DateTime::get_UtcNow()",
                "project rule: System.DateTime only at the edges",
                "in HardwareToken.PortabilityGuard.BadSample.BadNullComparisons::IsUsed: " + NullComparisonCheck.Why,
                "in HardwareToken.PortabilityGuard.BadSample.BadNullComparisons::IsFree",
                "in HardwareToken.PortabilityGuard.BadSample.BadNullComparisons::HasLabel",
                "in HardwareToken.PortabilityGuard.BadSample.BadNullComparisons::Same",
                "in HardwareToken.PortabilityGuard.BadSample.BadNullComparisons::EqualsNull",
            };
            foreach (string e in expected)
            {
                Assert.IsTrue(violations.Any(v => v.Contains(e)), "the guard missed: " + e + "\nit found:\n" + all);
            }

            Assert.IsFalse(violations.Any(v => v.Contains("::IsUsedRight")), "a branch on the reference is the right way, yet the guard refused it:\n" + all);
        }
    }
}
