using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HardwareToken.Hardware.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Hardware.Tests
{
    /// <summary>
    /// packages.config, the .nfproj HintPaths and docs/firmware.md agree, and every package is on the stable 1.x line
    /// (a 2.x preview package needs preview firmware and cannot be mixed with 1.x: FACTS §0, §7).
    /// </summary>
    [TestClass]
    public sealed class PackageTests
    {
        /// <summary>Packages whose own version line is not 1.x although they target nanoFramework 1.x (FACTS §0).</summary>
        private static readonly Dictionary<string, int> MajorVersionExceptions = new Dictionary<string, int>
        {
            ["nanoFramework.TestFramework"] = 3,
            ["UnitsNet.nanoFramework.Temperature"] = 5,
        };

        /// <summary>Dependencies declared by the packages' nuspecs (FACTS §0, §6): a package needs these beside it.</summary>
        private static readonly Dictionary<string, string[]> DeclaredDependencies = new Dictionary<string, string[]>
        {
            ["nanoFramework.Iot.Device.Ssd13xx"] = new[] { "nanoFramework.CoreLibrary", "nanoFramework.System.Device.I2c", "nanoFramework.System.Device.Gpio", "nanoFramework.System.Math" },
            ["nanoFramework.System.Net"] = new[] { "nanoFramework.CoreLibrary", "nanoFramework.Runtime.Events", "nanoFramework.System.Text", "nanoFramework.System.Threading", "nanoFramework.System.IO.Streams" },
            ["nanoFramework.System.IO.FileSystem"] = new[] { "nanoFramework.System.IO.Streams", "nanoFramework.Runtime.Events", "nanoFramework.System.Text" },
            ["nanoFramework.System.IO.Ports"] = new[] { "nanoFramework.System.IO.Streams", "nanoFramework.Runtime.Events", "nanoFramework.System.Text" },
            ["nanoFramework.System.Device.Gpio"] = new[] { "nanoFramework.Runtime.Events" },
        };

        private static IEnumerable<NanoProject> All() => Repo.AllNfprojs.Select(p => new NanoProject(p));

        [TestMethod]
        public void EveryHintPathMatchesPackagesConfig()
        {
            foreach (NanoProject project in All())
            {
                Dictionary<string, string> config = project.ConfigPackages().ToDictionary(p => p.Id, p => p.Version);
                foreach (HintPathPackage hint in project.HintPathPackages())
                {
                    Assert.IsTrue(config.ContainsKey(hint.Id), project.Name + ": " + hint.Id + " referenced but not in packages.config");
                    Assert.AreEqual(config[hint.Id], hint.Version, project.Name + ": version of " + hint.Id);
                }
            }
        }

        [TestMethod]
        public void EveryPackageInPackagesConfigIsReferenced()
        {
            // nanoFramework deploys the .pe of every referenced assembly; a dependency that is only in packages.config
            // would be missing on the device at run time.
            foreach (NanoProject project in All())
            {
                HashSet<string> referenced = project.HintPathPackages().Select(h => h.Id).ToHashSet();
                foreach (ConfigPackage package in project.ConfigPackages())
                {
                    Assert.IsTrue(referenced.Contains(package.Id), project.Name + ": " + package.Id + " in packages.config but no Reference");
                }
            }
        }

        [TestMethod]
        public void ReferencesNameTheAssemblyTheyPointAt()
        {
            foreach (NanoProject project in All())
            {
                foreach (HintPathPackage hint in project.HintPathPackages())
                {
                    Assert.AreEqual(hint.ReferenceName, Path.GetFileNameWithoutExtension(hint.File), project.Name + ": " + hint.HintPath);
                    Assert.IsTrue(hint.File.EndsWith(".dll", StringComparison.Ordinal) || hint.File == "nanoFramework.UnitTestLauncher.exe", hint.HintPath);
                }
            }
        }

        [TestMethod]
        public void HintPathsPointAtTheSolutionPackagesFolder()
        {
            string expected = Repo.Path("packages");
            foreach (NanoProject project in All())
            {
                string resolved = Path.GetFullPath(Path.Combine(project.Directory, "..", "..", "packages"));
                Assert.AreEqual(expected, resolved, project.Name + ": ..\\..\\packages must be <repo>/packages, where a restore of HardwareToken.sln puts packages");
            }
        }

        [TestMethod]
        public void AllPackagesAreStableAndOnThe1xLine()
        {
            foreach (NanoProject project in All())
            {
                foreach (ConfigPackage package in project.ConfigPackages())
                {
                    Assert.IsFalse(package.Version.Contains('-'), project.Name + ": " + package.Id + " " + package.Version + " is a prerelease");
                    int major = int.Parse(package.Version.Split('.')[0]);
                    int expectedMajor = MajorVersionExceptions.TryGetValue(package.Id, out int exception) ? exception : 1;
                    Assert.AreEqual(expectedMajor, major, project.Name + ": " + package.Id + " " + package.Version + " (the 2.x line is the generics preview)");
                    Assert.IsTrue(package.Id.StartsWith("nanoFramework.", StringComparison.Ordinal) || package.Id.StartsWith("UnitsNet.nanoFramework.", StringComparison.Ordinal), package.Id);
                }
            }
        }

        [TestMethod]
        public void EveryProjectUsesTheSameCoreLibraryAndOneVersionPerPackage()
        {
            Dictionary<string, string> seen = new Dictionary<string, string>();
            foreach (NanoProject project in All())
            {
                List<ConfigPackage> packages = project.ConfigPackages().ToList();
                Assert.AreEqual("1.17.11", packages.Single(p => p.Id == "nanoFramework.CoreLibrary").Version, project.Name);
                foreach (ConfigPackage package in packages)
                {
                    if (seen.TryGetValue(package.Id, out string version))
                    {
                        Assert.AreEqual(version, package.Version, package.Id + " differs between projects");
                    }

                    seen[package.Id] = package.Version;
                }
            }
        }

        [TestMethod]
        public void DeclaredDependenciesAreThere()
        {
            foreach (NanoProject project in All())
            {
                HashSet<string> ids = project.ConfigPackages().Select(p => p.Id).ToHashSet();
                foreach (KeyValuePair<string, string[]> dependency in DeclaredDependencies.Where(d => ids.Contains(d.Key)))
                {
                    foreach (string needed in dependency.Value)
                    {
                        Assert.IsTrue(ids.Contains(needed), project.Name + ": " + dependency.Key + " needs " + needed);
                    }
                }
            }
        }

        [TestMethod]
        public void TestFrameworkIsADevelopmentDependency()
        {
            ConfigPackage framework = new NanoProject(Repo.TestsNfproj).ConfigPackages().Single(p => p.Id == "nanoFramework.TestFramework");
            Assert.AreEqual("3.0.80", framework.Version);
            Assert.IsTrue(framework.DevelopmentDependency);
        }

        [TestMethod]
        public void DocsListEveryPackageWithItsPinnedVersion()
        {
            Dictionary<string, string> documented = FirmwareDoc.PackageVersions();
            HashSet<string> used = new HashSet<string>();
            foreach (NanoProject project in All())
            {
                foreach (ConfigPackage package in project.ConfigPackages())
                {
                    used.Add(package.Id);
                    Assert.IsTrue(documented.ContainsKey(package.Id), "docs/firmware.md does not list " + package.Id);
                    Assert.AreEqual(package.Version, documented[package.Id], "docs/firmware.md version of " + package.Id);
                }
            }

            foreach (string id in documented.Keys)
            {
                Assert.IsTrue(used.Contains(id), "docs/firmware.md lists " + id + ", which no project uses");
            }
        }
    }
}
