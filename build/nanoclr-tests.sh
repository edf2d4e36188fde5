#!/usr/bin/env bash
# Runs every nanoFramework test project (tests/**/*.nfproj that references nanoFramework.TestFramework) in the real
# nanoCLR interpreter, the way Visual Studio's Test Explorer would: the project file is the source of truth for which
# files are compiled (read by the toolchain's ref/nfproj2rsp.py), the core (firmware/HardwareToken.Core) is built as
# the library it is on the device, and each project becomes one NFUnitTest assembly run by UnitTestLauncher.
#
#   build/nanoclr-tests.sh [-t SECONDS]
#
# Toolchain: $NANOFRAMEWORK_TOOLCHAIN, else ../shared/nanoframework beside the checkout (docs/testing.md).
# Prints each project's result with its string-table size, then "nanoCLR: N passed, N failed" last.
# Exit: 0 all passed, 1 failures, 2 no toolchain.
set -uo pipefail
cd "$(dirname "$0")/.."
limit=35
while getopts "t:" o; do case $o in t) limit=$OPTARG ;; *) exit 2 ;; esac; done

nf=${NANOFRAMEWORK_TOOLCHAIN:-../shared/nanoframework}
if [ ! -x "$nf/nanoclr/run-nf-tests.sh" ] || [ ! -f "$nf/ref/nfproj2rsp.py" ]; then
  echo "no nanoFramework toolchain at $nf (set NANOFRAMEWORK_TOOLCHAIN; see docs/testing.md)" >&2
  exit 2
fi
nf=$(cd "$nf" && pwd)
repo=$(pwd)

passed=0; failed=0; projects=0
all_sources=$(mktemp)
trap 'rm -f "$all_sources"' EXIT
while read -r proj; do
  projects=$((projects + 1))
  name=$(basename "$proj" .nfproj)
  w=$(mktemp -d)
  # The project's Compile items minus the core's own files (built and passed as the HardwareToken.Core library).
  if ! python3 - "$proj" "$nf/ref" > "$w/sources" <<'PY'
import sys
sys.path.insert(0, sys.argv[2])
from nfproj2rsp import parse
info = parse(sys.argv[1])
if info['missing']:
    sys.exit("missing Compile items: " + ", ".join(info['missing']))
for s in info['sources']:
    print(s)
PY
  then echo "nanoCLR, $name: cannot read the project"; failed=$((failed + 1)); rm -rf "$w"; continue; fi
  cat "$w/sources" >> "$all_sources"
  mkdir -p "$w/tests"; k=0
  while read -r f; do
    case "$f" in "$repo"/firmware/HardwareToken.Core/*) continue ;; esac
    ln -s "$f" "$w/tests/$k-$(basename "$f")"; k=$((k + 1))
  done < "$w/sources"
  "$nf/nanoclr/run-nf-tests.sh" -k -t "$limit" -x '/(bin|obj)/' "$w/tests" firmware/HardwareToken.Core > "$w/out" 2> "$w/err"
  rc=$?
  work=$(sed -n 's/^(work folder kept: \(.*\))$/\1/p' "$w/err" | tail -1)
  sum=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$w/out" | tail -1)
  p=$(sed -n 's/^\([0-9]*\) passed.*/\1/p' <<<"$sum"); f=$(sed -n 's/.* \([0-9]*\) failed.*/\1/p' <<<"$sum")
  s=$(sed -n 's/.* \([0-9]*\) skipped.*/\1/p' <<<"$sum")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${s:-0}))   # skipped in nanoCLR counts as failed
  if [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then failed=$((failed + 1)); fi
  kb=""
  if [ -n "$work" ] && [ -f "$work/test/NFUnitTest.pe" ]; then
    kb=$(python3 "$repo/build/pe-string-table.py" "$work/test/NFUnitTest.pe")
  fi
  timing=$(grep -E '^Compile\+convert' "$w/out" | tail -1)
  echo "nanoCLR, $name: ${sum:-no result} (exit $rc; $timing; string table $kb)"
  grep -E '^Test (failed|skipped)' "$w/out" | head -20 | sed 's/^/    /'
  [ "$rc" -ge 3 ] && sed 's/^/    /' "$w/err" | head -20
  rm -rf "$w" "$work"
done < <(find tests -name '*.nfproj' -not -path '*/bin/*' -not -path '*/obj/*' | sort | xargs grep -l -i 'TestFramework')

# Every shared test class runs in nanoCLR exactly once: each shared file with a [TestClass] is compiled by exactly one
# nanoFramework test project (a new folder no project's glob reaches, e.g. a third Screens/Snapshots folder, fails here).
while read -r f; do
  grep -q '\[TestClass\]' "$f" || continue
  n=$(grep -c -x -F "$repo/$f" "$all_sources")
  if [ "$n" -ne 1 ]; then
    echo "nanoCLR: $f is compiled by $n nanoFramework test projects (must be exactly 1; see docs/testing.md)"
    failed=$((failed + 1))
  fi
done < <(find tests/HardwareToken.Core.Tests.Shared -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' | sort)

[ "$projects" -gt 0 ] || { echo "no nanoFramework test project found under tests/"; failed=$((failed + 1)); }
echo "nanoCLR: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
