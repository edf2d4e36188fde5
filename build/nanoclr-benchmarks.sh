#!/usr/bin/env bash
# The nanoCLR figures of docs/benchmarks.md, measured in the real nanoFramework interpreter:
#  - in one run (tests/HardwareToken.Benchmarks.nanoCLR/Wall/NanoClrBenchmarks.cs): TOTP per code with a 40-byte key,
#    interleaved batches of the core's OtpGenerator.TotpCode, a naive managed HMAC-SHA1 (NaiveTotp.cs) and the core's
#    SHA-1/HMAC as they were before the interpreter rewrite (Previous/, with Sha1.cs and HmacSha1.cs taken from git at
#    commit f5c63c0 into a temporary folder, so the baseline is the real old code and not a copy kept in the tree); TokenApp.Boot() with 8 accounts to the first
#    frame; one Step() per second on the code screen; the managed heap the booted token holds (nanoFramework's
#    GC.Run: free bytes before and after). Each time is printed as the best batch (other processes on a shared
#    machine only ever add time) and the mean;
#  - the .pe sizes of the core and the firmware (build/nanoframework-build.sh).
#
#   build/nanoclr-benchmarks.sh
#
# Toolchain: $NANOFRAMEWORK_TOOLCHAIN, else ../shared/nanoframework. Not part of CI: times are not tests.
set -uo pipefail
cd "$(dirname "$0")/.."
nf=${NANOFRAMEWORK_TOOLCHAIN:-../shared/nanoframework}
[ -x "$nf/nanoclr/run-nf-exe.sh" ] || { echo "no nanoFramework toolchain at $nf (set NANOFRAMEWORK_TOOLCHAIN)" >&2; exit 2; }
nf=$(cd "$nf" && pwd)
bench=tests/HardwareToken.Benchmarks.nanoCLR
core=${BENCH_CORE:-firmware/HardwareToken.Core}   # BENCH_CORE=DIR times another version of the core

echo "nanoCLR: $(head -1 "$nf/nanoclr/VERSIONS" 2>/dev/null)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"

baseline=f5c63c0   # the last commit before the interpreter rewrite of Sha1/HmacSha1
previous=$(mktemp -d); trap 'rm -rf "$previous"' EXIT
for f in Sha1 HmacSha1; do
  git show "$baseline:firmware/HardwareToken.Core/Crypto/$f.cs" \
    | sed -e "1i using HardwareToken.Core.Crypto;" -e "s/^namespace HardwareToken\\.Core\\.Crypto$/namespace HardwareToken.Benchmarks.NanoClr.Previous/" > "$previous/$f.cs" \
    || { echo "cannot read $f.cs at $baseline from git (a shallow clone?)" >&2; exit 2; }
done
cp "$bench/Previous/"*.cs "$previous/"

"$nf/nanoclr/run-nf-exe.sh" -t 300 -x '/(bin|obj)/' "$core" tests/HardwareToken.Core.Tests.Shared/Fakes/*.cs \
  -- "$bench/NaiveTotp.cs" "$previous" "$bench/Wall" || exit $?
build/nanoframework-build.sh | grep -E 'HardwareToken.Core.nanoFramework|HardwareToken.Firmware'
