#!/usr/bin/env bash
# Measures Defuse's release binaries against the targets of issue 8, side by side in one run
# on this machine, and prints a table of measured vs target. Not part of CI: nothing is timed
# there.
#
#   Benchmarks/compare.sh            # builds what it needs, generates data, measures
#
# Needs hyperfine (apt-get install -y hyperfine), jq, python3 with PyYAML's C loader.
# Generated data goes to .build-compare/ (ignored by git) and is reused by later runs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/.build-compare"
data="$work/data"
mkdir -p "$data"
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install -y hyperfine" >&2; exit 69; }

echo "== building (release, Swift runtime linked statically)" >&2
# The program links FoundationNetworking (xAPI push), which a static build links against
# libcurl's development library. Without it (only libcurl.so.4, as on a plain Debian
# machine), the build falls back to the shared runtime and says so: start-up then includes
# loading the Swift libraries, which makes the figures a little worse, never better.
if ! (cd "$root" && swift build -c release --static-swift-stdlib --product defuse >&2); then
    echo "== static link failed (apt-get install -y libcurl4-openssl-dev fixes it); building with the shared Swift runtime" >&2
    (cd "$root" && swift build -c release --product defuse >&2)
fi
defuse="$root/.build/release/defuse"
printf 'print("Hello, world!")\n' >"$work/hello.swift"
swiftc -O -static-stdlib "$work/hello.swift" -o "$work/hello"
# SwiftPM may keep a stale source list for the path dependency: re-plan the build.
(cd "$root/Benchmarks" && rm -f .build/release.yaml && swift build -c release --product defuse-benchdata >&2)
benchdata="$root/Benchmarks/.build/release/defuse-benchdata"

echo "== generating data (deterministic; reused when present)" >&2
[ -f "$data/scenarios/bench-0999.yaml" ] || "$benchdata" scenarios "$data/scenarios" 1000
[ -f "$data/replies.jsonl" ] || "$benchdata" replies "$data/replies.jsonl" 100000
[ -f "$data/results-1m.sqlite" ] || "$benchdata" database "$data/results-1m.sqlite" 1000000

mean() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["mean"])' "$@"; }
rows=()
row() { rows+=("$(printf '%-44s %12s %14s %s' "$1" "$2" "$3" "$4")"); }
verdict() { python3 -c 'import sys; print("met" if float(sys.argv[1]) <= float(sys.argv[2]) else "MISSED")' "$1" "$2"; }
ms() { python3 -c 'import sys; print("%.1f ms" % (float(sys.argv[1]) * 1000))' "$1"; }

cd "$root"
echo "== start-up: defuse list vs hello world" >&2
# `defuse list` remembers a clean library's listing (ListingCache): measured warm (the library
# unchanged since the last run, the everyday case) and cold (DEFUSE_NO_CACHE=1: every file
# parsed and checked). `--version` is the floor: ArgumentParser and a 90 MB static binary.
export DEFUSE_CACHE_DIR="$work/cache"
hyperfine -N --warmup 5 --runs 50 --export-json "$work/startup.json" \
    "$work/hello" "$defuse --version" "$defuse list" >&2
hello=$(mean "$work/startup.json" 0); version=$(mean "$work/startup.json" 1); list=$(mean "$work/startup.json" 2)
DEFUSE_NO_CACHE=1 hyperfine -N --warmup 3 --runs 30 --export-json "$work/startup-cold.json" "$defuse list" >&2
cold=$(mean "$work/startup-cold.json" 0)
unset DEFUSE_CACHE_DIR
ratio() { python3 -c "print('%.1f' % ($1 / $2))"; }
row "start-up: defuse list, unchanged (x hello)" "$(ratio "$list" "$hello")x" "<= 2x" \
    "$(verdict "$(ratio "$list" "$hello")" 2) ($(ms "$list") vs $(ms "$hello"))"
row "start-up: defuse list, first run (x hello)" "$(ratio "$cold" "$hello")x" "<= 2x" \
    "$(verdict "$(ratio "$cold" "$hello")" 2) ($(ms "$cold"); every file parsed and checked)"
row "floor: defuse --version (x hello)" "$(ratio "$version" "$hello")x" "-" "$(ms "$version")"

echo "== library scale: validate 1,000 files vs PyYAML CLoader parse" >&2
cat >"$work/pyyaml_parse.py" <<'PY'
import glob, sys, time, yaml
files = sorted(glob.glob(sys.argv[1] + "/*.yaml"))
best = None
for _ in range(5):
    start = time.perf_counter()
    for name in files:
        with open(name) as f:
            yaml.load(f, Loader=yaml.CLoader)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(best)
PY
pyparse=$(python3 "$work/pyyaml_parse.py" "$data/scenarios")
hyperfine -N --warmup 1 --runs 5 --export-json "$work/validate.json" \
    "$defuse validate $data/scenarios" \
    "python3 $work/pyyaml_parse.py $data/scenarios" >&2
validate=$(mean "$work/validate.json" 0)
row "validate 1,000 files (whole process)" "$(ms "$validate")" "< $(ms "$pyparse")" \
    "$(verdict "$validate" "$pyparse") (PyYAML CLoader parse only, best of 5, in-process)"

echo "== grading: grade --jsonl 100k replies vs jq -c {id}" >&2
if "$defuse" grade --jsonl - </dev/null >/dev/null 2>&1; then
    hyperfine -N --warmup 1 --runs 5 --export-json "$work/grade.json" \
        "$defuse grade --jsonl $data/replies.jsonl" "jq -c {id} $data/replies.jsonl" >&2
    grade=$(mean "$work/grade.json" 0); jqt=$(mean "$work/grade.json" 1)
    ratio=$(python3 -c "print('%.1f' % ($grade / $jqt))")
    row "grade --jsonl 100k (x jq -c {id})" "${ratio}x" "<= 3x" "$(verdict "$ratio" 3) ($(ms "$grade") vs $(ms "$jqt"))"
else
    row "grade --jsonl 100k (x jq -c {id})" "n/a" "<= 3x" "not measured: this build has no grade --jsonl"
fi

echo "== REPL turn: respond + record, 2,000 turns" >&2
read -r p50 p99 max < <("$benchdata" turns "$work/turns.sqlite" 2000)
row "REPL turn p99 (respond + commit)" "$p99 ms" "< 5 ms" \
    "$(verdict "$p99" 5) (p50 $p50 ms, max $max ms)"

echo "== report over 1M turns" >&2
hyperfine -N --warmup 1 --runs 3 --export-json "$work/report.json" \
    "$defuse report --db $data/results-1m.sqlite" \
    "$defuse report --db $data/results-1m.sqlite --format json" >&2
table=$(mean "$work/report.json" 0); json=$(mean "$work/report.json" 1)
row "report 1M turns, --format table" "$(ms "$table")" "< 1000.0 ms" "$(verdict "$table" 1)"
row "report 1M turns, --format json" "$(ms "$json")" "< 1000.0 ms" \
    "$(verdict "$json" 1) ($("$defuse" report --db "$data/results-1m.sqlite" --format json | wc -c) bytes of JSON)"

echo
printf '%-44s %12s %14s %s\n' "measure" "measured" "target" "verdict"
printf '%s\n' "${rows[@]}"
