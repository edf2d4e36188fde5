#!/usr/bin/env bash
# The nanoCLR figures of docs/benchmarks.md, measured in the real nanoFramework interpreter:
#  - TOTP per code, 40-byte key: the core's OtpGenerator.TotpCode against a naive managed HMAC-SHA1
#    (tests/HardwareToken.Benchmarks.nanoCLR/NaiveTotp.cs), as nanoCLR CPU time per code: each program runs 20,000
#    and 60,000 codes and the difference of the process's CPU time is divided by 40,000 (start-up cancels out, and
#    other processes on a shared machine do not inflate CPU time the way they inflate wall time);
#  - in one run (Wall/NanoClrBenchmarks.cs): the same two by wall clock, TokenApp.Boot() with 8 accounts to the
#    first frame, one Step() per second on the code screen, and the managed heap the booted token holds
#    (nanoFramework's GC.Run: free bytes before and after);
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

# build_loop DEFINES: builds TotpLoop with these extra defines; prints the kept work folder.
build_loop() {
  local out w
  out=$(NF_DEFINES="DEBUG;TRACE;NANOFRAMEWORK_1_0;$1" "$nf/nanoclr/run-nf-exe.sh" -k -t 300 -x '/(bin|obj)/' "$core" \
        -- "$bench/NaiveTotp.cs" "$bench/CpuTime" 2>&1)
  w=$(sed -n 's/^(work folder kept: \(.*\))$/\1/p' <<<"$out" | tail -1)
  [ -n "$w" ] && [ -f "$w/prog/NFProgram.pe" ] || { echo "build failed: $out" >&2; return 1; }
  echo "$w"
}
# cpu_ms WORK: runs the built program in nanoCLR three times; prints the smallest CPU time (user + system), in ms.
cpu_ms() {
  local pes=() n i best=""
  for n in mscorlib nanoFramework.Runtime.Native nanoFramework.Runtime.Events nanoFramework.System.Text \
           nanoFramework.System.Collections System.Threading System.Math; do pes+=("$nf/nanoclr/rt/$n.pe"); done
  pes+=("$1/lib/HardwareToken.Core.pe" "$1/prog/NFProgram.pe")
  for i in 1 2 3; do
    /usr/bin/time -f '%U %S' -o "$1/time" "$nf/nanoclr/bin/nanoFramework.nanoCLR.test" "${pes[@]}" > "$1/run.log" 2>&1
    grep -q '^codes ' "$1/run.log" || { echo "run failed: $(tail -5 "$1/run.log")" >&2; return 1; }
    n=$(awk '{ printf "%.0f", ($1 + $2) * 1000 }' "$1/time")
    if [ -z "$best" ] || [ "$n" -lt "$best" ]; then best=$n; fi
  done
  echo "$best"
}
per_code() {  # per_code LABEL DEFINE: microseconds of CPU per code, from a 20,000-code and a 60,000-code run
  local short long s l
  short=$(build_loop "$2") && long=$(build_loop "$2;LONG_RUN") || return 1
  s=$(cpu_ms "$short") && l=$(cpu_ms "$long") || return 1
  rm -rf "$short" "$long"
  echo "$1 cpu_us_per_code $(awk -v s="$s" -v l="$l" 'BEGIN { printf "%.1f", (l - s) * 1000 / 40000 }')"
}
per_code totp_core CORE
per_code totp_naive NAIVE

echo "--- one run, wall clock (best batch and mean):"
"$nf/nanoclr/run-nf-exe.sh" -t 300 -x '/(bin|obj)/' "$core" tests/HardwareToken.Core.Tests.Shared/Fakes/*.cs \
  -- "$bench/NaiveTotp.cs" "$bench/Wall" || exit $?
build/nanoframework-build.sh | grep -E 'HardwareToken.Core.nanoFramework|HardwareToken.Firmware'
