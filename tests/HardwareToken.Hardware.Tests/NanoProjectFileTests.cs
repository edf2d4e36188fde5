using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using HardwareToken.Hardware.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Hardware.Tests
{
    /// <summary>The .nfproj files (core, firmware, the nanoFramework test projects) follow the nanoFramework project format (FACTS §9) and build-system rules.</summary>
    [TestClass]
    public sealed class NanoProjectFileTests
    {
        private const string ProjectTypeGuids = "{11A8DD76-328B-46DF-9F39-F559912D0360};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";
        private const string NanoFrameworkProjectTypeGuid = "{11A8DD76-328B-46DF-9F39-F559912D0360}";
        private const string SystemPath = "$(NanoFrameworkProjectSystemPath)";

        private static IEnumerable<NanoProject> All() => Repo.AllNfprojs.Select(p => new NanoProject(p));

        [TestMethod]
        public void AreWellFormedMsBuildXml()
        {
            foreach (string path in Repo.AllNfprojs)
            {
                XDocument xml = XDocument.Load(path);
                Assert.AreEqual(NanoProject.Ms + "Project", xml.Root.Name, path);
                Assert.AreEqual("Current", xml.Root.Attribute("ToolsVersion")?.Value, path);
                Assert.AreEqual("Build", xml.Root.Attribute("DefaultTargets")?.Value, path);
            }
        }

        [TestMethod]
        public void DeclareTheNanoFrameworkProjectType()
        {
            foreach (NanoProject project in All())
            {
                Assert.AreEqual(ProjectTypeGuids, project.Property("ProjectTypeGuids"), project.Name);
                Assert.AreEqual(@"$(MSBuildExtensionsPath)\nanoFramework\v1.0\", project.Property("NanoFrameworkProjectSystemPath"), project.Name);
                Assert.AreEqual("v1.0", project.Property("TargetFrameworkVersion"), project.Name);
                Assert.AreEqual("9.0", project.Property("LangVersion"), project.Name);
                Assert.IsTrue(Guid.TryParse(project.Property("ProjectGuid"), out _), project.Name + " ProjectGuid");
            }
        }

        [TestMethod]
        public void ImportTheProjectSystemOnlyIfPresentAndTheStandInOtherwise()
        {
            foreach (NanoProject project in All())
            {
                IReadOnlyList<(string Project, string Condition)> imports = project.Imports();
                string[] expected =
                {
                    SystemPath + "NFProjectSystem.Default.props",
                    SystemPath + "NFProjectSystem.props",
                    SystemPath + "NFProjectSystem.CSharp.targets",
                    @"..\..\build\NanoFramework.Absent.targets",
                };
                CollectionAssert.AreEqual(expected, imports.Select(i => i.Project).ToArray(), project.Name + " imports in order");
                for (int i = 0; i < 3; i++)
                {
                    Assert.AreEqual("Exists('" + expected[i] + "')", imports[i].Condition, project.Name + " condition of " + expected[i]);
                }

                Assert.AreEqual("!Exists('" + expected[2] + "')", imports[3].Condition, project.Name + ": the stand-in is imported exactly when the real targets are not");
                Assert.IsTrue(File.Exists(Path.GetFullPath(Path.Combine(project.Directory, @"..\..\build\NanoFramework.Absent.targets".Replace('\\', Path.DirectorySeparatorChar)))));
            }
        }

        [TestMethod]
        public void DeclareProjectConfigurationsAsItems()
        {
            foreach (NanoProject project in All())
            {
                XElement capabilities = project.Xml.Root.Element(NanoProject.Ms + "ProjectExtensions")?.Element(NanoProject.Ms + "ProjectCapabilities");
                Assert.IsNotNull(capabilities?.Element(NanoProject.Ms + "ProjectConfigurationsDeclaredAsItems"), project.Name);
            }
        }

        [TestMethod]
        public void TheCoreLibraryCompilesTheDesktopCoreSources()
        {
            NanoProject core = new NanoProject(Repo.CoreNfproj);
            Assert.AreEqual("HardwareToken.Core", core.Property("AssemblyName"));
            Assert.AreEqual("Library", core.Property("OutputType"));
            XElement compile = core.Items("Compile").Single();
            Assert.AreEqual(@"..\HardwareToken.Core\**\*.cs", compile.Attribute("Include").Value);
            string exclude = compile.Attribute("Exclude").Value;
            StringAssert.Contains(exclude, @"..\HardwareToken.Core\bin\**");
            StringAssert.Contains(exclude, @"..\HardwareToken.Core\obj\**");
            Assert.IsTrue(Repo.CsFiles(Repo.Path("firmware", "HardwareToken.Core")).Any(), "the glob matches the core's sources");
        }

        [TestMethod]
        public void TheFirmwareIsAnExeOnTheCoreLibrary()
        {
            NanoProject firmware = new NanoProject(Repo.FirmwareNfproj);
            Assert.AreEqual("Exe", firmware.Property("OutputType"));
            Assert.AreEqual("HardwareToken.Firmware", firmware.Property("AssemblyName"));
            string reference = firmware.Items("ProjectReference").Single().Attribute("Include").Value;
            Assert.AreEqual(@"..\HardwareToken.Core.nanoFramework\HardwareToken.Core.nanoFramework.nfproj", reference);
            CollectionAssert.AreEquivalent(new[] { "*.cs", @"Adapters\*.cs" }, firmware.Items("Compile").Select(c => c.Attribute("Include").Value).ToArray());
        }

        [TestMethod]
        public void EachUnitTestProjectIsATestContainerOverSharedTests()
        {
            Assert.IsTrue(Repo.TestNfprojs.Count >= 2, "the shared tests are split over several NFUnitTest assemblies (docs/testing.md)");
            foreach (string path in Repo.TestNfprojs)
            {
                NanoProject tests = new NanoProject(path);
                Assert.AreEqual("NFUnitTest", tests.Property("AssemblyName"), tests.Name);
                Assert.AreEqual("Library", tests.Property("OutputType"), tests.Name);
                Assert.AreEqual("true", tests.Property("IsTestProject"), tests.Name);
                Assert.AreEqual("UnitTest", tests.Property("TestProjectType"), tests.Name);
                Assert.AreEqual(@"$(MSBuildProjectDirectory)\nano.runsettings", tests.Property("RunSettingsFilePath"), tests.Name);
                Assert.AreEqual("TestContainer", tests.Items("ProjectCapability").Single().Attribute("Include").Value, tests.Name);
                foreach (XElement compile in tests.Items("Compile"))
                {
                    StringAssert.StartsWith(compile.Attribute("Include").Value, @"..\HardwareToken.Core.Tests.Shared\", tests.Name + ": only shared test sources");
                }

                Assert.AreEqual(@"..\..\firmware\HardwareToken.Core.nanoFramework\HardwareToken.Core.nanoFramework.nfproj", tests.Items("ProjectReference").Single().Attribute("Include").Value, tests.Name);
                CollectionAssert.AreEquivalent(
                    new[] { "mscorlib", "nanoFramework.TestFramework", "nanoFramework.UnitTestLauncher" },
                    tests.HintPathPackages().Select(p => p.ReferenceName).ToArray(), tests.Name);
            }

            NanoProject main = new NanoProject(Repo.TestsNfproj);
            Assert.AreEqual(@"..\HardwareToken.Core.Tests.Shared\**\*.cs", main.Items("Compile").Single().Attribute("Include").Value, "the main project takes every shared file by glob");
        }

        [TestMethod]
        public void RunSettingsSelectTheVirtualDeviceOrARealBoard()
        {
            string dir = Path.GetDirectoryName(Repo.TestsNfproj);
            XElement nano = XDocument.Load(Path.Combine(dir, "nano.runsettings")).Root.Element("nanoFrameworkAdapter");
            XElement hardware = XDocument.Load(Path.Combine(dir, "hardware.runsettings")).Root.Element("nanoFrameworkAdapter");
            Assert.AreEqual("False", nano.Element("IsRealHardware").Value);
            Assert.AreEqual("True", hardware.Element("IsRealHardware").Value);
            StringAssert.StartsWith(hardware.Element("RealHardwarePort").Value, "COM");
        }

        [TestMethod]
        public void ProjectReferencesAndNoneItemsPointAtExistingFiles()
        {
            foreach (NanoProject project in All())
            {
                foreach (XElement item in project.Items("ProjectReference").Concat(project.Items("None")))
                {
                    string path = Path.GetFullPath(Path.Combine(project.Directory, item.Attribute("Include").Value.Replace('\\', Path.DirectorySeparatorChar)));
                    Assert.IsTrue(File.Exists(path), project.Name + ": missing " + item.Attribute("Include").Value);
                }
            }
        }

        [TestMethod]
        public void TheSolutionListsEveryNanoFrameworkProjectWithItsProjectType()
        {
            string solution = File.ReadAllText(Repo.Path("HardwareToken.sln"));
            foreach (NanoProject project in All())
            {
                string relative = Repo.Relative(project.Path).Replace('/', '\\');
                string guid = project.Property("ProjectGuid").ToUpperInvariant();
                StringAssert.Contains(solution, "Project(\"" + NanoFrameworkProjectTypeGuid + "\") = ", project.Name);
                StringAssert.Contains(solution, "\"" + relative + "\", \"" + guid + "\"", project.Name + " entry");
                StringAssert.Contains(solution, guid + ".Debug|Any CPU.Build.0 = Debug|Any CPU", project.Name + " builds in Debug");
            }

            StringAssert.Contains(solution, @"tests\HardwareToken.Hardware.Tests\HardwareToken.Hardware.Tests.csproj");
        }

        [TestMethod]
        public void TheStandInDefinesTheTargetsTheDotnetCliCalls()
        {
            XDocument targets = XDocument.Load(Repo.Path("build", "NanoFramework.Absent.targets"));
            HashSet<string> names = targets.Root.Elements(NanoProject.Ms + "Target").Select(t => t.Attribute("Name").Value).ToHashSet();
            foreach (string required in new[] { "Build", "Rebuild", "Clean", "Restore", "VSTest", "Test", "Pack", "Publish", "_IsProjectRestoreSupported", "GetTargetFrameworks", "GetTargetPath", "GetCopyToOutputDirectoryItems", "GetNativeManifest" })
            {
                Assert.IsTrue(names.Contains(required), "NanoFramework.Absent.targets lacks target " + required);
            }

            StringAssert.Contains(File.ReadAllText(Repo.Path("build", "NanoFramework.Absent.targets")), "nanoFramework project system not installed: skipping $(MSBuildProjectFile) (see docs/testing.md)");
        }
    }
}
