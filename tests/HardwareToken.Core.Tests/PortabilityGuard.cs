using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace HardwareToken.Core.Tests
{
    /// <summary>
    /// Reads a compiled assembly's metadata and lists everything in it that nanoFramework 1.x (stable,
    /// mscorlib 1.17) cannot run: generic definitions and instantiations, multi-dimensional arrays, pointers,
    /// references to assemblies other than the core library, any type or member of the core library outside
    /// <see cref="NanoFrameworkApi"/> (the real mscorlib's public surface), and null comparisons used as values
    /// (<see cref="NullComparisonCheck"/>).
    /// </summary>
    public static class PortabilityGuard
    {
        /// <param name="assemblyPath">The compiled assembly to check.</param>
        /// <param name="alsoAllowedAssemblies">
        /// Simple names of further assemblies the checked one may reference, whose own portability is established
        /// elsewhere (for the shared tests: HardwareToken.Core, guarded itself, and nanoFramework.TestFramework,
        /// compiled against a stand-in with the real public API). Types and members from them are not looked up in
        /// <see cref="NanoFrameworkApi"/>; signatures that use them are still checked for generics and the like.
        /// </param>
        public static IReadOnlyList<string> FindViolations(string assemblyPath, IReadOnlyCollection<string> alsoAllowedAssemblies = null)
        {
            var alsoAllowed = new HashSet<string>(alsoAllowedAssemblies ?? Array.Empty<string>(), StringComparer.Ordinal);
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            MetadataReader md = pe.GetMetadataReader();
            var violations = new SortedSet<string>(StringComparer.Ordinal);
            var provider = new SignatureChecker(md, violations);

            foreach (AssemblyReferenceHandle h in md.AssemblyReferences)
            {
                string name = md.GetString(md.GetAssemblyReference(h).Name);
                if (!NanoFrameworkApi.CoreLibraryFacades.Contains(name) && !alsoAllowed.Contains(name))
                {
                    violations.Add("assembly reference outside mscorlib: " + name);
                }
            }

            if (md.GetTableRowCount(TableIndex.GenericParam) > 0)
            {
                foreach (GenericParameterHandle h in Enumerable.Range(1, md.GetTableRowCount(TableIndex.GenericParam)).Select(i => MetadataTokens.GenericParameterHandle(i)))
                {
                    violations.Add("generic definition: " + Describe(md, md.GetGenericParameter(h).Parent) + "<" + md.GetString(md.GetGenericParameter(h).Name) + ">");
                }
            }

            for (int i = 1; i <= md.GetTableRowCount(TableIndex.MethodSpec); i++)
            {
                MethodSpecification spec = md.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(i));
                violations.Add("generic method instantiation (MethodSpec): " + Describe(md, spec.Method));
            }

            for (int i = 1; i <= md.GetTableRowCount(TableIndex.TypeSpec); i++)
            {
                md.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(i)).DecodeSignature(provider, "TypeSpec");
            }

            foreach (TypeReferenceHandle h in md.TypeReferences)
            {
                TypeReference t = md.GetTypeReference(h);
                string name = FullName(md, h);
                if (NanoFrameworkApi.ProjectRuleDenied.Contains(name))
                {
                    violations.Add("project rule: " + name + " only at the edges (firmware adapters, host); the core works in Unix seconds");
                }

                if (t.ResolutionScope.Kind == HandleKind.AssemblyReference && !NanoFrameworkApi.Types.Contains(name) && !alsoAllowed.Contains(AssemblyOf(md, h)))
                {
                    violations.Add("type outside the nanoFramework mscorlib subset: " + name);
                }
            }

            foreach (MemberReferenceHandle h in md.MemberReferences)
            {
                MemberReference m = md.GetMemberReference(h);
                string owner = m.Parent.Kind == HandleKind.TypeReference ? FullName(md, (TypeReferenceHandle)m.Parent) : m.Parent.Kind.ToString();
                var signatureViolations = new SortedSet<string>(StringComparer.Ordinal);
                var memberProvider = new SignatureChecker(md, signatureViolations);
                string key;
                if (m.GetKind() == MemberReferenceKind.Method)
                {
                    MethodSignature<string> sig = m.DecodeMethodSignature(memberProvider, owner + "::" + md.GetString(m.Name));
                    key = owner + "::" + md.GetString(m.Name) + "(" + string.Join(",", sig.ParameterTypes) + ")";
                }
                else
                {
                    m.DecodeFieldSignature(memberProvider, owner + "::" + md.GetString(m.Name));
                    key = owner + "::" + md.GetString(m.Name);
                }

                // A member on the list was vetted with its exact signature (System.Action::.ctor(Object,IntPtr), which
                // every delegate creation calls, takes an IntPtr); any other member's signature is checked too.
                if (NanoFrameworkApi.Members.Contains(key))
                {
                    continue;
                }

                violations.UnionWith(signatureViolations);
                bool ownerAllowed = m.Parent.Kind == HandleKind.TypeReference && alsoAllowed.Contains(AssemblyOf(md, (TypeReferenceHandle)m.Parent));
                if (!ownerAllowed)
                {
                    violations.Add("member outside the nanoFramework mscorlib subset: " + key);
                }
            }

            foreach (TypeDefinitionHandle th in md.TypeDefinitions)
            {
                TypeDefinition type = md.GetTypeDefinition(th);
                string typeName = md.GetString(type.Namespace) + "." + md.GetString(type.Name);
                if (typeName.StartsWith("System.", StringComparison.Ordinal) || typeName.StartsWith("Microsoft.", StringComparison.Ordinal))
                {
                    violations.Add("compiler-embedded type (nullable/ref-safety attributes and the like): " + typeName);
                }

                foreach (FieldDefinitionHandle fh in type.GetFields())
                {
                    FieldDefinition f = md.GetFieldDefinition(fh);
                    f.DecodeSignature(provider, typeName + "::" + md.GetString(f.Name));
                }

                foreach (MethodDefinitionHandle mh in type.GetMethods())
                {
                    MethodDefinition method = md.GetMethodDefinition(mh);
                    string where = typeName + "::" + md.GetString(method.Name);
                    method.DecodeSignature(provider, where);
                    if (method.RelativeVirtualAddress != 0)
                    {
                        MethodBodyBlock body = pe.GetMethodBody(method.RelativeVirtualAddress);
                        if (!body.LocalSignature.IsNil)
                        {
                            md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, where + " locals");
                        }

                        foreach (string found in NullComparisonCheck.Find(md, body.GetILBytes()))
                        {
                            violations.Add(found + " in " + where + ": " + NullComparisonCheck.Why);
                        }
                    }
                }

                foreach (PropertyDefinitionHandle ph in type.GetProperties())
                {
                    md.GetPropertyDefinition(ph).DecodeSignature(provider, typeName + "::" + md.GetString(md.GetPropertyDefinition(ph).Name));
                }
            }

            return violations.ToList();
        }

        /// <summary>The simple name of the assembly a type reference resolves to, or "" if it is not an assembly.</summary>
        private static string AssemblyOf(MetadataReader md, TypeReferenceHandle h)
        {
            EntityHandle scope = md.GetTypeReference(h).ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                scope = md.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
            }

            return scope.Kind == HandleKind.AssemblyReference ? md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)scope).Name) : string.Empty;
        }

        private static string FullName(MetadataReader md, TypeReferenceHandle h)
        {
            TypeReference t = md.GetTypeReference(h);
            if (t.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return FullName(md, (TypeReferenceHandle)t.ResolutionScope) + "/" + md.GetString(t.Name);
            }

            string ns = md.GetString(t.Namespace);
            return ns.Length == 0 ? md.GetString(t.Name) : ns + "." + md.GetString(t.Name);
        }

        private static string FullName(MetadataReader md, TypeDefinitionHandle h)
        {
            TypeDefinition t = md.GetTypeDefinition(h);
            string ns = md.GetString(t.Namespace);
            return ns.Length == 0 ? md.GetString(t.Name) : ns + "." + md.GetString(t.Name);
        }

        private static string Describe(MetadataReader md, EntityHandle h)
        {
            switch (h.Kind)
            {
                case HandleKind.TypeDefinition:
                    return FullName(md, (TypeDefinitionHandle)h);
                case HandleKind.TypeReference:
                    return FullName(md, (TypeReferenceHandle)h);
                case HandleKind.MethodDefinition:
                    MethodDefinition m = md.GetMethodDefinition((MethodDefinitionHandle)h);
                    return FullName(md, m.GetDeclaringType()) + "::" + md.GetString(m.Name);
                case HandleKind.MemberReference:
                    MemberReference r = md.GetMemberReference((MemberReferenceHandle)h);
                    string owner = r.Parent.Kind == HandleKind.TypeReference ? FullName(md, (TypeReferenceHandle)r.Parent) : r.Parent.Kind.ToString();
                    return owner + "::" + md.GetString(r.Name);
                default:
                    return h.Kind.ToString();
            }
        }

        /// <summary>Turns signatures into type names and records every construct nanoFramework 1.x lacks.</summary>
        private sealed class SignatureChecker : ISignatureTypeProvider<string, string>
        {
            private readonly MetadataReader _md;
            private readonly ISet<string> _violations;

            public SignatureChecker(MetadataReader md, ISet<string> violations)
            {
                _md = md;
                _violations = violations;
            }

            public string GetPrimitiveType(PrimitiveTypeCode typeCode)
            {
                if (typeCode == PrimitiveTypeCode.TypedReference || typeCode == PrimitiveTypeCode.IntPtr || typeCode == PrimitiveTypeCode.UIntPtr)
                {
                    _violations.Add("unsupported primitive: " + typeCode);
                }

                return typeCode.ToString();
            }

            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => FullName(reader, handle);

            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => FullName(reader, handle);

            public string GetSZArrayType(string elementType) => elementType + "[]";

            public string GetArrayType(string elementType, ArrayShape shape)
            {
                _violations.Add("multi-dimensional array: " + elementType + "[" + new string(',', shape.Rank - 1) + "]");
                return elementType + "[,]";
            }

            public string GetByReferenceType(string elementType) => elementType + "&";

            public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
            {
                string name = genericType + "<" + string.Join(",", typeArguments) + ">";
                _violations.Add("generic instantiation: " + name);
                return name;
            }

            public string GetGenericMethodParameter(string genericContext, int index)
            {
                _violations.Add("generic method parameter in " + genericContext);
                return "!!" + index;
            }

            public string GetGenericTypeParameter(string genericContext, int index)
            {
                _violations.Add("generic type parameter in " + genericContext);
                return "!" + index;
            }

            public string GetPointerType(string elementType)
            {
                _violations.Add("pointer type: " + elementType + "*");
                return elementType + "*";
            }

            public string GetFunctionPointerType(MethodSignature<string> signature)
            {
                _violations.Add("function pointer");
                return "fnptr";
            }

            public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired)
            {
                _violations.Add("modified type (modreq/modopt " + modifier + "): " + unmodifiedType);
                return unmodifiedType;
            }

            public string GetPinnedType(string elementType)
            {
                _violations.Add("pinned local: " + elementType);
                return elementType;
            }

            public string GetTypeFromSpecification(MetadataReader reader, string genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            {
                return reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
            }
        }
    }
}
