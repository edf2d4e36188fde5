using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HardwareToken.Hardware.Tests.Support
{
    /// <summary>A package pinned by a .nfproj HintPath: ..\..\packages\&lt;id&gt;.&lt;version&gt;\lib\&lt;file&gt;.</summary>
    internal sealed record HintPathPackage(string ReferenceName, string Id, string Version, string File, string HintPath);

    /// <summary>A package line of a packages.config.</summary>
    internal sealed record ConfigPackage(string Id, string Version, bool DevelopmentDependency);

    /// <summary>Reads a .nfproj (old-style MSBuild XML) and its packages.config.</summary>
    internal sealed class NanoProject
    {
        public static readonly XNamespace Ms = "http://schemas.microsoft.com/developer/msbuild/2003";

        // Package folder names are "<id>.<version>"; ids never contain a dot followed by a digit, versions start with one.
        private static readonly Regex HintPathPattern = new Regex(
            @"^\.\.\\\.\.\\packages\\(?<id>[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*)\.(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?)\\lib\\(?<file>[^\\]+)$");

        public NanoProject(string path)
        {
            Path = path;
            Xml = XDocument.Load(path, LoadOptions.SetLineInfo);
        }

        public string Path { get; }

        public string Directory => System.IO.Path.GetDirectoryName(Path);

        public XDocument Xml { get; }

        public string Name => System.IO.Path.GetFileName(Path);

        public string Property(string name) =>
            Xml.Root.Elements(Ms + "PropertyGroup").Elements(Ms + name).Select(e => e.Value.Trim()).LastOrDefault();

        public IEnumerable<XElement> Items(string itemType) => Xml.Root.Elements(Ms + "ItemGroup").Elements(Ms + itemType);

        public IReadOnlyList<HintPathPackage> HintPathPackages()
        {
            List<HintPathPackage> result = new List<HintPathPackage>();
            foreach (XElement reference in Items("Reference"))
            {
                string hint = reference.Element(Ms + "HintPath")?.Value.Trim();
                if (hint == null)
                {
                    throw new FormatException(Name + ": Reference " + reference.Attribute("Include")?.Value + " has no HintPath");
                }

                Match m = HintPathPattern.Match(hint);
                if (!m.Success)
                {
                    throw new FormatException(Name + ": HintPath not of the form ..\\..\\packages\\<id>.<version>\\lib\\<file>: " + hint);
                }

                result.Add(new HintPathPackage(
                    reference.Attribute("Include").Value,
                    m.Groups["id"].Value,
                    m.Groups["version"].Value,
                    m.Groups["file"].Value,
                    hint));
            }

            return result;
        }

        public IReadOnlyList<ConfigPackage> ConfigPackages()
        {
            XDocument config = XDocument.Load(System.IO.Path.Combine(Directory, "packages.config"));
            return config.Root.Elements("package")
                .Select(p => new ConfigPackage(
                    p.Attribute("id").Value,
                    p.Attribute("version").Value,
                    string.Equals(p.Attribute("developmentDependency")?.Value, "true", StringComparison.OrdinalIgnoreCase)))
                .ToList();
        }

        /// <summary>Import elements in document order: (Project, Condition).</summary>
        public IReadOnlyList<(string Project, string Condition)> Imports() =>
            Xml.Root.Elements(Ms + "Import")
                .Select(i => (i.Attribute("Project")?.Value, i.Attribute("Condition")?.Value))
                .ToList();
    }
}
