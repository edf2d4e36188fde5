#!/usr/bin/env bash
# Builds every .nfproj of the repository the nanoFramework way, without Visual Studio: each project's <Compile>
# items are compiled against the real nanoFramework 1.x APIs (the toolchain's ref/check.sh, which also checks the IL
# for generics and multi-dimensional arrays), then converted to a .pe by MetadataProcessor, the step every
# nanoFramework build ends with (it enforces the 64 KB string table and the rest of the runtime's limits).
#
#   build/nanoframework-build.sh
#
# Toolchain: $NANOFRAMEWORK_TOOLCHAIN, else ../shared/nanoframework beside the checkout (docs/testing.md).
# Prints one line per project (.pe size, string table), then "nanoFramework build: N passed, N failed".
# Exit: 0 all built, 1 a project failed, 2 no toolchain.
set -uo pipefail
cd "$(dirname "$0")/.."
nf=${NANOFRAMEWORK_TOOLCHAIN:-../shared/nanoframework}
if [ ! -x "$nf/ref/check.sh" ] || [ ! -f "$nf/nanoclr/mdp/nanoFramework.Tools.MetadataProcessor.dll" ]; then
  echo "no nanoFramework toolchain at $nf (set NANOFRAMEWORK_TOOLCHAIN; see docs/testing.md)" >&2
  exit 2
fi
nf=$(cd "$nf" && pwd)
mdp=$nf/nanoclr/mdp/nanoFramework.Tools.MetadataProcessor.dll
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=0   # MetadataProcessor sorts with culture rules

ok=0; bad=0; built=()
w=$(mktemp -d)
kept=()   # check.sh -k keeps each output in its own temp folder
trap 'rm -rf "$w" "${kept[@]+"${kept[@]}"}"' EXIT
# The core first: the others reference it.
projects=$( (ls firmware/HardwareToken.Core.nanoFramework/*.nfproj; find firmware tests -name '*.nfproj' -not -path '*/bin/*' -not -path '*/obj/*' | sort) | awk '!seen[$0]++')
for proj in $projects; do
  name=$(basename "$proj" .nfproj)
  out=$("$nf/ref/check.sh" -q -k -p "$proj" 2>&1)
  rc=$?
  dll=$(sed -n 's/^output: //p' <<<"$out" | tail -1)
  for d in $(sed -n 's/^output: //p' <<<"$out"); do kept+=("$(dirname "$d")"); done
  if [ $rc -ne 0 ] || [ -z "$dll" ]; then
    echo "nanoFramework build, $name: FAILED in check.sh (exit $rc)"; grep -v '^output: ' <<<"$out" | head -20 | sed 's/^/    /'
    bad=$((bad + 1)); continue
  fi
  # MetadataProcessor: every reference assembly and every earlier project output as load hints.
  hints=()
  for r in "$nf"/ref/out/*.dll "${built[@]+"${built[@]}"}"; do b=$(basename "$r"); hints+=(-loadHints "${b%.*}" "$r"); done
  mkdir -p "$w/$name"; cp "$dll" "$w/$name/"
  pe=$w/$name/$(basename "${dll%.*}").pe
  if { (cd "$w/$name" && dotnet "$mdp" "${hints[@]}" -parse "$w/$name/$(basename "$dll")" -compile "$pe" false) > "$w/$name.mdp.log" 2>&1; } 2>/dev/null \
     && [ -s "$pe" ] && ! grep -q -E 'Exception|Unable to|overflow' "$w/$name.mdp.log"; then
    size=$(stat -c %s "$pe")
    echo "nanoFramework build, $name: ok ($(basename "$pe") $(awk -v s="$size" 'BEGIN { printf "%.1f KB", s / 1024 }'), string table $(python3 build/pe-string-table.py "$pe"))"
    ok=$((ok + 1)); [ "$name" = HardwareToken.Core.nanoFramework ] && built+=("$dll")
  else
    echo "nanoFramework build, $name: FAILED in MetadataProcessor"; grep -E 'rror|xception|overflow' "$w/$name.mdp.log" | head -10 | sed 's/^/    /'
    bad=$((bad + 1))
  fi
done
echo "nanoFramework build: $ok passed, $bad failed"
[ "$bad" -eq 0 ]
