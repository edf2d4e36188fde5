using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Core.Tests
{
    /// <summary>
    /// The shared tests must also build and pass under nanoFramework.TestFramework 3.x on nanoFramework 1.x, which
    /// needs Windows or a board to run for real. HardwareToken.Core.Tests.NanoCheck.dll is those same sources compiled
    /// the device way (C# 9, NANOFRAMEWORK_1_0, against a stand-in with nanoFramework.TestFramework's exact public
    /// API), so it exists only if they use nothing MSTest-only. These tests check that assembly with the portability
    /// guard and run its tests as nanoFramework's UnitTestLauncher does.
    /// </summary>
    [TestClass]
    public class SharedTestsPortabilityTests
    {
        private const string NanoCheckAssembly = "HardwareToken.Core.Tests.NanoCheck";
        private const string TestFrameworkAssembly = "nanoFramework.TestFramework";
        private const string CoreAssembly = "HardwareToken.Core";

        private static string OutputDirectory => Path.GetDirectoryName(typeof(SharedTestsPortabilityTests).Assembly.Location)!;

        /// <summary>
        /// Shared test classes compiled out of the device build with #if !NANOFRAMEWORK_1_0. Empty: a desktop-only test
        /// belongs in tests/HardwareToken.Core.Tests (as ProtocolAllocationTests), so every shared test runs on both runtimes.
        /// </summary>
        private static readonly string[] DesktopOnlySharedClasses = new string[0];

        /// <summary>One launcher run, shared by the tests that inspect it.</summary>
        private static readonly Lazy<LauncherReport> NanoRun = new Lazy<LauncherReport>(() => NanoStyleLauncher.Run(NanoCheckPath));

        private static string NanoCheckPath => Path.Combine(OutputDirectory, NanoCheckAssembly + ".dll");

        [TestMethod]
        public void SharedTestsUseOnlyTheNanoFrameworkSubset()
        {
            var violations = PortabilityGuard.FindViolations(NanoCheckPath, new[] { TestFrameworkAssembly, CoreAssembly });
            Assert.AreEqual(0, violations.Count, "the shared tests use what nanoFramework 1.x lacks:\n" + string.Join("\n", violations));
        }

        [TestMethod]
        public void SharedTestsPassWhenRunTheNanoFrameworkWay()
        {
            LauncherReport report = NanoRun.Value;
            Console.WriteLine(report.Summary);
            Assert.AreEqual(0, report.Failed.Count, report.Summary + "\nfailed:\n" + string.Join("\n", report.Failed));
            Assert.AreEqual(0, report.Skipped.Count, report.Summary + "\nskipped:\n" + string.Join("\n", report.Skipped));
            Assert.IsTrue(report.TestClasses > 0 && report.Passed.Count > 0, "the launcher found no tests: " + report.Summary);
        }

        [TestMethod]
        public void TheNanoRunCoversTheSameTestsAsTheDesktopRun()
        {
            // Every shared test class (namespace HardwareToken.Core.Tests.<area>; the desktop-only classes of this
            // folder sit in HardwareToken.Core.Tests itself) must run on the device with the same test methods as
            // here, unless it is fenced off with #if !NANOFRAMEWORK_1_0 and listed below.
            var desktop = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (Type type in typeof(SharedTestsPortabilityTests).Assembly.GetTypes())
            {
                if (type.Namespace != null && type.Namespace.StartsWith(typeof(SharedTestsPortabilityTests).Namespace + ".", StringComparison.Ordinal)
                    && type.GetCustomAttribute<TestClassAttribute>() != null)
                {
                    var methods = new SortedSet<string>(StringComparer.Ordinal);
                    foreach (MethodInfo method in type.GetMethods())
                    {
                        if (method.GetCustomAttribute<TestMethodAttribute>() != null)
                        {
                            methods.Add(method.Name);
                        }
                    }

                    desktop.Add(type.FullName!, methods);
                }
            }

            var problems = new List<string>();
            SortedDictionary<string, SortedSet<string>> nano = NanoRun.Value.Ran;
            foreach (KeyValuePair<string, SortedSet<string>> entry in desktop)
            {
                bool desktopOnly = Array.IndexOf(DesktopOnlySharedClasses, entry.Key) >= 0;
                if (!nano.TryGetValue(entry.Key, out SortedSet<string> ran))
                {
                    if (!desktopOnly)
                    {
                        problems.Add(entry.Key + " did not run on nanoFramework");
                    }
                }
                else if (desktopOnly)
                {
                    problems.Add(entry.Key + " is listed as desktop-only but ran on nanoFramework");
                }
                else if (!ran.SetEquals(entry.Value))
                {
                    problems.Add(entry.Key + ": desktop runs " + string.Join(",", entry.Value) + " but nanoFramework runs " + string.Join(",", ran));
                }
            }

            foreach (string name in nano.Keys)
            {
                if (!desktop.ContainsKey(name))
                {
                    problems.Add(name + " ran on nanoFramework but not on the desktop");
                }
            }

            Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
        }

        [TestMethod]
        public void LauncherInvokesTestsWithoutAnInstanceAsTheDeviceDoes()
        {
            // nanoFramework calls test methods with method.Invoke(null, ...): an instance method runs with this == null.
            // The emitted call must do the same, or a test using instance state would pass here and fail on a device.
            MethodInfo reads = typeof(InstanceStateProbe).GetMethod(nameof(InstanceStateProbe.ReadsAField))!;
            MethodInfo touches = typeof(InstanceStateProbe).GetMethod(nameof(InstanceStateProbe.TouchesNoState))!;
            Assert.ThrowsExactly<NullReferenceException>(() => NanoStyleLauncher.CallWithoutInstance(reads)(null));
            NanoStyleLauncher.CallWithoutInstance(touches)(null);
            MethodInfo withArgument = typeof(InstanceStateProbe).GetMethod(nameof(InstanceStateProbe.Doubles))!;
            NanoStyleLauncher.CallWithoutInstance(withArgument)(new object[] { 21 });
            Assert.AreEqual(42, InstanceStateProbe.LastDoubled);
        }

        /// <summary>What the launcher printed, as lists.</summary>
        private sealed class LauncherReport
        {
            public int TestClasses;
            public List<string> Passed = new List<string>();
            public List<string> Failed = new List<string>();
            public List<string> Skipped = new List<string>();
            public SortedDictionary<string, SortedSet<string>> Ran = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);

            public string Summary => TestClasses + " test classes: " + Passed.Count + " passed, " + Failed.Count + " failed, " + Skipped.Count + " skipped";
        }

        /// <summary>
        /// A desktop replica of nanoFramework.TestFramework 3.x source/UnitTestLauncher/Program.cs: for every class with
        /// [TestClass] (exact attribute type), over type.GetMethods(): the [Setup] methods first (a SkipTest there skips
        /// the class), then [TestMethod], then [DataRow] (with the row's arguments), then [Cleanup]; each invoked with
        /// no instance; any exception fails that test and the run goes on. The assembly, its stand-in test framework
        /// and the core are loaded into their own load context, so the copies of the shared test classes compiled into
        /// this MSTest assembly never mix with them and no static state is shared.
        /// </summary>
        private static class NanoStyleLauncher
        {
            public static LauncherReport Run(string assemblyPath)
            {
                var context = new IsolatedContext(Path.GetDirectoryName(assemblyPath)!);
                Assembly tests = context.LoadFromAssemblyPath(assemblyPath);
                Assembly framework = context.LoadFromAssemblyName(new AssemblyName(TestFrameworkAssembly));
                Type testClass = framework.GetType("nanoFramework.TestFramework.TestClassAttribute", true)!;
                Type setup = framework.GetType("nanoFramework.TestFramework.SetupAttribute", true)!;
                Type testMethod = framework.GetType("nanoFramework.TestFramework.TestMethodAttribute", true)!;
                Type dataRow = framework.GetType("nanoFramework.TestFramework.DataRowAttribute", true)!;
                Type cleanup = framework.GetType("nanoFramework.TestFramework.CleanupAttribute", true)!;
                Type skip = framework.GetType("nanoFramework.TestFramework.SkipTestException", true)!;
                MethodInfo removeTestMethodIfDataRowExists = framework.GetType("nanoFramework.TestFramework.Helper", true)!.GetMethod("RemoveTestMethodIfDataRowExists")!;

                var report = new LauncherReport();
                foreach (Type type in tests.GetTypes())
                {
                    if (!type.IsClass)
                    {
                        continue;
                    }

                    foreach (object typeAttribute in type.GetCustomAttributes(true))
                    {
                        if (typeAttribute.GetType() != testClass)
                        {
                            continue;
                        }

                        report.TestClasses++;
                        MethodInfo[] methods = type.GetMethods();
                        if (RunTests(methods, setup, true))
                        {
                            RunTests(methods, testMethod, false);
                            RunTests(methods, dataRow, false);
                            RunTests(methods, cleanup, false);
                        }
                    }
                }

                return report;

                bool RunTests(MethodInfo[] methods, Type attributeToRun, bool isSetup)
                {
                    foreach (MethodInfo method in methods)
                    {
                        object[] attributes = (object[])removeTestMethodIfDataRowExists.Invoke(null, new object[] { method.GetCustomAttributes(true) })!;
                        for (int i = 0; i < attributes.Length; i++)
                        {
                            if (attributes[i].GetType() != attributeToRun)
                            {
                                continue;
                            }

                            string name = method.DeclaringType!.FullName + "." + method.Name + "." + i;
                            if (attributeToRun == testMethod || attributeToRun == dataRow)
                            {
                                if (!report.Ran.TryGetValue(method.DeclaringType.FullName!, out SortedSet<string> ran))
                                {
                                    ran = new SortedSet<string>(StringComparer.Ordinal);
                                    report.Ran.Add(method.DeclaringType.FullName!, ran);
                                }

                                ran.Add(method.Name);
                            }

                            object[] parameters = attributeToRun == dataRow ? (object[])dataRow.GetProperty("MethodParameters")!.GetValue(attributes[i]) : null;
                            try
                            {
                                CallWithoutInstance(method)(parameters);
                                report.Passed.Add(name);
                            }
                            catch (Exception ex) when (ex.GetType() == skip)
                            {
                                report.Skipped.Add(name + ": " + ex.Message);
                                if (isSetup)
                                {
                                    return false;
                                }
                            }
                            catch (Exception ex)
                            {
                                report.Failed.Add(name + ": " + ex.GetType().Name + ": " + ex.Message);
                            }
                        }
                    }

                    return true;
                }
            }

            /// <summary>
            /// The desktop equivalent of nanoFramework's <c>method.Invoke(null, parameters)</c>: CoreCLR refuses a null
            /// target for an instance method, so emit the call with a null <c>this</c>. Exceptions come out unwrapped,
            /// as on the device.
            /// </summary>
            public static Action<object[]> CallWithoutInstance(MethodInfo method)
            {
                var call = new DynamicMethod("NanoInvoke_" + method.Name, typeof(void), new[] { typeof(object[]) }, typeof(SharedTestsPortabilityTests).Module, skipVisibility: true);
                ILGenerator il = call.GetILGenerator();
                if (!method.IsStatic)
                {
                    il.Emit(OpCodes.Ldnull);
                }

                ParameterInfo[] parameters = method.GetParameters();
                for (int i = 0; i < parameters.Length; i++)
                {
                    il.Emit(OpCodes.Ldarg_0);
                    il.Emit(OpCodes.Ldc_I4, i);
                    il.Emit(OpCodes.Ldelem_Ref);
                    il.Emit(OpCodes.Unbox_Any, parameters[i].ParameterType);
                }

                il.Emit(OpCodes.Call, method);
                if (method.ReturnType != typeof(void))
                {
                    il.Emit(OpCodes.Pop);
                }

                il.Emit(OpCodes.Ret);
                return call.CreateDelegate<Action<object[]>>();
            }
        }

        /// <summary>Loads the NanoCheck assembly's own copies of the stand-in test framework and the core.</summary>
        private sealed class IsolatedContext : AssemblyLoadContext
        {
            private readonly string _directory;

            public IsolatedContext(string directory)
                : base("NanoCheck")
            {
                _directory = directory;
            }

            protected override Assembly Load(AssemblyName assemblyName)
            {
                // Everything else (System.Runtime and the rest of the framework) comes from the default context.
                return assemblyName.Name == TestFrameworkAssembly || assemblyName.Name == CoreAssembly
                    ? LoadFromAssemblyPath(Path.Combine(_directory, assemblyName.Name + ".dll"))
                    : null;
            }
        }

        /// <summary>Methods for the launcher's own test.</summary>
        public sealed class InstanceStateProbe
        {
            private int _field = 1;

            public static int LastDoubled { get; private set; }

            public int ReadsAField() => _field;

            public void TouchesNoState()
            {
            }

            public void Doubles(int value)
            {
                LastDoubled = value * 2;
            }
        }
    }
}
