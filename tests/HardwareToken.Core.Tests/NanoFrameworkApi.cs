using System;
using System.Collections.Generic;
using System.Linq;

namespace HardwareToken.Core.Tests
{
    /// <summary>
    /// What the portable core and the shared tests may use from the core library: the public surface of nanoFramework's
    /// real mscorlib 1.17.11 (<see cref="RealMscorlib"/>, read from the NuGet package, not kept by hand), plus the few
    /// entries the real assembly cannot tell, minus the project's own rules. The core itself is also compiled against
    /// the real mscorlib.dll (firmware/HardwareToken.Core.MscorlibCheck); this list lets the guard apply the same surface
    /// to the shared tests and the bad sample, which are compiled for the desktop.
    /// </summary>
    public static class NanoFrameworkApi
    {
        /// <summary>On the desktop the core compiles against the System.Runtime facade; on the device that is mscorlib.</summary>
        public static readonly HashSet<string> CoreLibraryFacades = new() { "System.Runtime", "mscorlib" };

        /// <summary>
        /// In nanoFramework's mscorlib but not for the core: DateTime only at the edges (the firmware's clock adapter and
        /// the host), so the core works in Unix seconds and never depends on the runtime's calendar code.
        /// </summary>
        public static readonly HashSet<string> ProjectRuleDenied = new() { "System.DateTime" };

        /// <summary>What the real assembly cannot tell: references the desktop compiler emits differently from the device build.</summary>
        private static readonly string[] DesktopBuildTypes =
        {
            // Roslyn stamps [module: RefSafetyRules(11)] on every module compiled against a corlib that has
            // RuntimeFeature.ByRefFields (.NET 7+), whatever the LangVersion; the device build never emits it.
            "System.Runtime.CompilerServices.RefSafetyRulesAttribute",

            // Emitted by csc only when the corlib declares them; nanoFramework's mscorlib 1.17.11 does not (the hand-kept
            // list this file replaced claimed it did), so the device build simply has none of them.
            "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
            "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
        };

        private static readonly string[] DesktopBuildMembers =
        {
            "System.Runtime.CompilerServices.RefSafetyRulesAttribute::.ctor(Int32)",
            "System.Runtime.CompilerServices.CompilationRelaxationsAttribute::.ctor(Int32)",
            "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute::.ctor()",
            "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute::WrapNonExceptionThrows",
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute::.ctor()",
            // exception.GetType(): on .NET, Exception declares its own GetType() and the desktop compiler binds to it;
            // nanoFramework's Exception has none, so the device build calls Object.GetType() - the same method.
            "System.Exception::GetType()",
        };

        public static readonly HashSet<string> Types = new HashSet<string>(
            RealMscorlib.Types.Where(t => !ProjectRuleDenied.Contains(t)).Concat(DesktopBuildTypes), StringComparer.Ordinal);

        public static readonly HashSet<string> Members = new HashSet<string>(
            RealMscorlib.Members.Where(m => !ProjectRuleDenied.Contains(m.Substring(0, m.IndexOf("::", StringComparison.Ordinal)))).Concat(DesktopBuildMembers),
            StringComparer.Ordinal);
    }
}
