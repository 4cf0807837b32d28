#!/usr/bin/env bash
# Instruction counts (callgrind, steadier than wall time on a shared machine) of each unsafe
# access outside PatternSet against the safe code that could replace it, on the same inputs:
# JSONReport's integer writer, ContentHasher, DatabaseDate, PatternParser's ASCII lower-casing
# and JSONLGrading's hand-back of worker chunks. Builds UnsafePaths/main.swift with the sources
# it measures using swiftc (no release build of the package); each pair prints the same checksum.
#
# usage: Benchmarks/unsafe-paths.sh        Needs valgrind.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v valgrind >/dev/null || { echo "needs valgrind: apt-get install -y valgrind" >&2; exit 69; }
swiftc -O -wmo -parse-as-library -module-name UnsafePaths "$root/Benchmarks/UnsafePaths/main.swift" \
    "$root/Sources/DefuseKit/Support/DecimalDigits.swift" "$root/Sources/DefuseKit/Library/ContentHasher.swift" \
    "$root/Sources/DefuseKit/Record/DatabaseDate.swift" -o "$work/bench"
printf '%-8s %16s %16s  %s\n' path unsafe safe checksums
for path in digits hash date lower gather; do
    counts=()
    sums=()
    for variant in unsafe safe; do
        sums+=("$("$work/bench" "$path" "$variant" | awk '{print $3}')")
        counts+=("$(valgrind --tool=callgrind --toggle-collect="*bench_$path*" --callgrind-out-file="$work/out.cg" \
            "$work/bench" "$path" "$variant" 2>&1 | awk '/Collected/ {print $4}')")
    done
    same=$([ "${sums[0]}" = "${sums[1]}" ] && echo agree || echo DIFFER)
    printf '%-8s %16s %16s  %s\n' "$path" "${counts[0]}" "${counts[1]}" "$same"
done
