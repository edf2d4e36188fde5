using System.Collections.Generic;

namespace HardwareToken.Core.Tests
{
    /// <summary>
    /// The part of nanoFramework's mscorlib 1.17 (NuGet nanoFramework.CoreLibrary 1.17.11) that the portable core
    /// may use. Every entry was checked against nanoframework/CoreLibrary (main) sources and
    /// ../shared/nanoframework/FACTS.md §7; add an entry only after checking the same way, and cite the file.
    /// Members are keyed as Type::Name(parameter types) so an overload nanoFramework lacks (Array.Clear(Array),
    /// String.Concat(ReadOnlySpan...), Int32.ToString(IFormatProvider)) is refused even when its name exists.
    /// </summary>
    public static class NanoFrameworkApi
    {
        /// <summary>On the desktop the core compiles against the System.Runtime facade; on the device that is mscorlib.</summary>
        public static readonly HashSet<string> CoreLibraryFacades = new() { "System.Runtime", "mscorlib" };

        public static readonly HashSet<string> Types = new()
        {
            "System.Object", "System.ValueType", "System.Enum", "System.Void", "System.String", "System.Array",
            "System.Boolean", "System.Byte", "System.Char", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32",
            "System.Int64", "System.UInt64",
            "System.Exception", "System.ArgumentException", "System.ArgumentNullException", "System.ArgumentOutOfRangeException",
            "System.InvalidOperationException", "System.NotSupportedException", "System.FormatException", "System.IndexOutOfRangeException",
            "System.Action", "System.MulticastDelegate", "System.IAsyncResult", "System.AsyncCallback", "System.IntPtr",
            "System.Runtime.CompilerServices.RuntimeHelpers", "System.RuntimeFieldHandle",
            "System.Runtime.CompilerServices.CompilationRelaxationsAttribute", "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",
            "System.Diagnostics.DebuggableAttribute", "System.Diagnostics.DebuggableAttribute/DebuggingModes",
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute", "System.Diagnostics.DebuggerBrowsableAttribute",
            "System.Diagnostics.DebuggerBrowsableState", "System.Diagnostics.DebuggerHiddenAttribute",
            "System.Reflection.DefaultMemberAttribute", "System.FlagsAttribute", "System.Threading.Monitor",

            // Desktop-build artifact, not a use by our code: Roslyn stamps [module: RefSafetyRules(11)] on every
            // module compiled against a corlib that has RuntimeFeature.ByRefFields (.NET 7+), whatever the
            // LangVersion. nanoFramework's mscorlib lacks that feature, so the device build never emits it.
            "System.Runtime.CompilerServices.RefSafetyRulesAttribute",

            // Used by the shared tests (typeof(SomeException), Type.Name in failure messages). nanoFramework's standard
            // mscorlib is built with NANOCLR_REFLECTION (CoreLibrary nanoFramework.CoreLibrary/CoreLibrary.nfproj), which
            // compiles in CoreLibrary System/Type.cs, System/Reflection/MemberInfo.cs and System/RuntimeTypeHandle.cs.
            "System.Type", "System.Reflection.MemberInfo", "System.RuntimeTypeHandle",
        };

        public static readonly HashSet<string> Members = new()
        {
            // System.Object / ValueType / attributes the compiler emits (all present in nanoFramework's mscorlib)
            "System.Object::.ctor()",
            "System.Runtime.CompilerServices.CompilationRelaxationsAttribute::.ctor(Int32)",
            "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute::.ctor()",
            "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute::WrapNonExceptionThrows",
            "System.Diagnostics.DebuggableAttribute::.ctor(System.Diagnostics.DebuggableAttribute/DebuggingModes)",
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute::.ctor()",
            "System.Reflection.DefaultMemberAttribute::.ctor(String)",
            "System.FlagsAttribute::.ctor()",
            // auto-property backing fields: CoreLibrary System/Diagnostics/DebuggerAttributes.cs
            "System.Diagnostics.DebuggerBrowsableAttribute::.ctor(System.Diagnostics.DebuggerBrowsableState)",
            "System.Runtime.CompilerServices.RefSafetyRulesAttribute::.ctor(Int32)", // see Types above
            // static array initialisers: nanoFramework CoreLibrary System/Runtime/CompilerServices/RuntimeHelpers.cs
            "System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray(System.Array,System.RuntimeFieldHandle)",
            // System.Array (CoreLibrary System/Array.cs: Copy 5-arg, Clear 3-arg)
            "System.Array::Copy(System.Array,Int32,System.Array,Int32,Int32)",
            "System.Array::Clear(System.Array,Int32,Int32)",
            "System.Array::get_Length()",
            // System.String (CoreLibrary System/String.cs)
            "System.String::get_Length()",
            "System.String::get_Chars(Int32)",
            "System.String::.ctor(Char[])",
            "System.String::.ctor(Char,Int32)",
            "System.String::.ctor(Char[],Int32,Int32)",
            "System.String::Concat(String,String)",
            "System.String::Concat(String,String,String)",
            "System.String::Concat(String,String,String,String)",
            "System.String::Concat(String[])",
            "System.String::op_Equality(String,String)",
            "System.String::op_Inequality(String,String)",
            "System.String::Equals(String)",
            "System.String::Substring(Int32)",
            "System.String::Substring(Int32,Int32)",
            "System.String::IndexOf(Char)",
            "System.String::IndexOf(String)",
            "System.String::IndexOf(Char,Int32)",
            "System.String::Trim()",
            "System.String::ToUpper()",
            "System.String::ToCharArray()",
            "System.String::Empty",
            // number formatting (CoreLibrary System/Int32.cs etc.; "D" and "X" specifiers supported)
            "System.Int32::ToString()",
            "System.Int32::ToString(String)",
            "System.Int64::ToString()",
            "System.Int64::ToString(String)",
            "System.UInt32::ToString()",
            "System.UInt32::ToString(String)",
            "System.Byte::ToString()",
            "System.Byte::ToString(String)",
            "System.Char::ToString()",
            // exceptions (FACTS §7 list; constructors in CoreLibrary System/*Exception.cs)
            "System.Exception::.ctor()",
            "System.Exception::.ctor(String)",
            "System.Exception::get_Message()",
            "System.ArgumentException::.ctor(String)",
            "System.ArgumentException::.ctor(String,String)",
            "System.ArgumentNullException::.ctor(String)",
            "System.ArgumentOutOfRangeException::.ctor(String)",
            "System.ArgumentOutOfRangeException::.ctor(String,String)",
            "System.InvalidOperationException::.ctor(String)",
            "System.NotSupportedException::.ctor(String)",
            "System.FormatException::.ctor(String)",
            "System.IndexOutOfRangeException::.ctor()",
            // delegates: non-generic System.Action
            "System.Action::.ctor(Object,IntPtr)",
            "System.Action::Invoke()",
            // lock statement (CoreLibrary System/Threading/Monitor.cs)
            "System.Threading.Monitor::Enter(Object)",
            "System.Threading.Monitor::Exit(Object)",
            // typeof(T): CoreLibrary System/Type.cs (Type.GetTypeFromHandle, NANOCLR_REFLECTION build)
            "System.Type::GetTypeFromHandle(System.RuntimeTypeHandle)",
            // Type.Name: CoreLibrary System/Reflection/MemberInfo.cs (abstract Name, NANOCLR_REFLECTION build)
            "System.Reflection.MemberInfo::get_Name()",
            // exception.GetType(): on .NET, Exception declares its own GetType() and the desktop compiler binds to it;
            // nanoFramework's Exception has none, so the device build calls Object.GetType() (CoreLibrary
            // System/Object.cs, NANOCLR_REFLECTION build) - the same method.
            "System.Exception::GetType()",
            // virtual Object.ToString(): CoreLibrary System/Object.cs; calls to an override (TextLine.ToString()) are
            // emitted against this declaration.
            "System.Object::ToString()",
            // array.Clone(): CoreLibrary System/Array.cs (NANOCLR_REFLECTION build); FACTS §7 lists Clone().
            "System.Array::Clone()",
        };
    }
}
