using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace HardwareToken.Core.Tests
{
    /// <summary>
    /// The public surface of nanoFramework's real mscorlib.dll (NuGet nanoFramework.CoreLibrary 1.17.11, downloaded by
    /// this project's PackageDownload and copied to nano/mscorlib.dll beside the tests): every public type, and every
    /// public or protected method and field keyed as the portability guard keys member references,
    /// <c>Type::Name(parameter types)</c> and <c>Type::Field</c>. So an overload nanoFramework lacks
    /// (<c>Array.Clear(Array)</c>, <c>String.Concat(ReadOnlySpan...)</c>) is refused even when its name exists.
    /// </summary>
    public static class RealMscorlib
    {
        public static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "nano", "mscorlib.dll");

        private static readonly Lazy<(HashSet<string> Types, HashSet<string> Members)> Surface = new Lazy<(HashSet<string>, HashSet<string>)>(Read);

        public static HashSet<string> Types => Surface.Value.Types;

        public static HashSet<string> Members => Surface.Value.Members;

        private static (HashSet<string>, HashSet<string>) Read()
        {
            if (!File.Exists(Path))
            {
                throw new FileNotFoundException("nanoFramework's mscorlib.dll is missing; it comes from NuGet nanoFramework.CoreLibrary 1.17.11 (dotnet restore)", Path);
            }

            var types = new HashSet<string>(StringComparer.Ordinal);
            var members = new HashSet<string>(StringComparer.Ordinal);
            using var stream = File.OpenRead(Path);
            using var pe = new PEReader(stream);
            MetadataReader md = pe.GetMetadataReader();
            var names = new TypeNames();
            foreach (TypeDefinitionHandle th in md.TypeDefinitions)
            {
                TypeDefinition type = md.GetTypeDefinition(th);
                if (!IsVisible(md, type))
                {
                    continue;
                }

                string typeName = TypeNames.FullName(md, th);
                types.Add(typeName);
                foreach (MethodDefinitionHandle mh in type.GetMethods())
                {
                    MethodDefinition method = md.GetMethodDefinition(mh);
                    MethodAttributes access = method.Attributes & MethodAttributes.MemberAccessMask;
                    if (access == MethodAttributes.Public || access == MethodAttributes.Family || access == MethodAttributes.FamORAssem)
                    {
                        MethodSignature<string> sig = method.DecodeSignature(names, null);
                        members.Add(typeName + "::" + md.GetString(method.Name) + "(" + string.Join(",", sig.ParameterTypes) + ")");
                    }
                }

                foreach (FieldDefinitionHandle fh in type.GetFields())
                {
                    FieldDefinition field = md.GetFieldDefinition(fh);
                    FieldAttributes access = field.Attributes & FieldAttributes.FieldAccessMask;
                    if (access == FieldAttributes.Public || access == FieldAttributes.Family || access == FieldAttributes.FamORAssem)
                    {
                        members.Add(typeName + "::" + md.GetString(field.Name));
                    }
                }
            }

            return (types, members);
        }

        private static bool IsVisible(MetadataReader md, TypeDefinition type)
        {
            TypeAttributes visibility = type.Attributes & TypeAttributes.VisibilityMask;
            if (visibility == TypeAttributes.Public)
            {
                return true;
            }

            if (visibility == TypeAttributes.NestedPublic || visibility == TypeAttributes.NestedFamily || visibility == TypeAttributes.NestedFamORAssem)
            {
                return IsVisible(md, md.GetTypeDefinition(type.GetDeclaringType()));
            }

            return false;
        }

        /// <summary>Type names exactly as the portability guard's signature decoder writes them.</summary>
        private sealed class TypeNames : ISignatureTypeProvider<string, object>
        {
            public static string FullName(MetadataReader md, TypeDefinitionHandle h)
            {
                TypeDefinition t = md.GetTypeDefinition(h);
                if (t.GetDeclaringType().IsNil)
                {
                    string ns = md.GetString(t.Namespace);
                    return ns.Length == 0 ? md.GetString(t.Name) : ns + "." + md.GetString(t.Name);
                }

                return FullName(md, t.GetDeclaringType()) + "/" + md.GetString(t.Name);
            }

            public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => FullName(reader, handle);

            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
            {
                TypeReference t = reader.GetTypeReference(handle);
                string ns = reader.GetString(t.Namespace);
                return ns.Length == 0 ? reader.GetString(t.Name) : ns + "." + reader.GetString(t.Name);
            }

            public string GetSZArrayType(string elementType) => elementType + "[]";

            public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[,]";

            public string GetByReferenceType(string elementType) => elementType + "&";

            public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType + "<" + string.Join(",", typeArguments) + ">";

            public string GetGenericMethodParameter(object genericContext, int index) => "!!" + index;

            public string GetGenericTypeParameter(object genericContext, int index) => "!" + index;

            public string GetPointerType(string elementType) => elementType + "*";

            public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

            public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

            public string GetPinnedType(string elementType) => elementType;

            public string GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        }
    }
}
