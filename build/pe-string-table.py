#!/usr/bin/env python3
"""Prints the size of a nanoFramework .pe's string table ("37.0 KB of 64 KB").

The .pe starts with CLR_RECORD_ASSEMBLY (nf-interpreter src/CLR/Include/nanoCLR_Types.h, marker NFMRK1): 8-byte
marker, 5 uint32 (header CRC, assembly CRC, flags, native methods checksum, patch entry offset), 4 uint16 version,
uint16 assembly name, uint16 string table version, then uint32 startOfTables[16] in the order AssemblyRef, TypeRef,
FieldRef, MethodRef, TypeDef, FieldDef, MethodDef, Attributes, TypeSpec, Resources, ResourcesData, Strings,
Signatures, ByteCode, ResourcesFiles, EndOfAssembly. String ids are 16-bit offsets into the Strings table, so it
holds at most 64 KB (MetadataProcessor: "String table overflow").
"""
import struct
import sys

data = open(sys.argv[1], "rb").read()
if data[:6] != b"NFMRK1":
    sys.exit("not a nanoFramework 1.x .pe: " + sys.argv[1])
starts = struct.unpack_from("<16I", data, 0x28)
size = starts[12] - starts[11]
print("%.1f KB of 64 KB" % (size / 1024.0))
