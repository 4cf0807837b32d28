#!/usr/bin/env bash
# Instructions per REPL turn on the shipped scenarios, under callgrind (steadier than wall time
# on a shared machine), with a wall-clock estimate beside them.
#
# A turn is `Session.evaluate`: the reply graded against the node's client line, the turn's
# score, the mood after it and the branch it takes, which `Session.respond` does for every reply
# the rep types before it moves the story on. The turns are the shipped scenarios' free-text
# nodes answered with the labelled replies written for that scenario (`Training/learned/*.jsonl`,
# by `context`), taken round-robin over the nodes: each scenario gets a copy whose `tests:` are
# replaced by one reply test per turn, and `defuse test` takes them all in one process.
# Callgrind collects only inside `Session.evaluate` and dumps after each call, so every dump is
# one turn; start-up (loading the library, compiling the grader) is not counted.
#
# Then the whole REPL turn once more, as `defuse play` takes it without a terminal: the
# angry-surgeon scenario played with its own path tests' replies, counting `Session.respond`
# (grade, mood, branch, the events) and `ResultStore.record` (the turn committed to a results
# database in a temporary folder) per turn.
#
# Printed: instructions per turn (p50, p99, max, mean), a wall-clock estimate (the native
# `defuse test` run's time over the same turns minus a run with one turn, per turn, and that
# times p99/mean for the p99), and respond/record per played turn.
#
# usage: Benchmarks/repl-turn.sh [TURNS]   (default 2000)
# env:   DEFUSE=path/to/defuse (default .build/release/defuse; build it first); KEEP=1 keeps
#        the work folder.
# Needs valgrind, objcopy (binutils), python3 with PyYAML.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
turns="${1:-2000}"
defuse="${DEFUSE:-$root/.build/release/defuse}"
work="$(mktemp -d)"
trap '[ "${KEEP:-0}" = 1 ] || rm -rf "$work"' EXIT
command -v valgrind >/dev/null || { echo "needs valgrind: apt-get install -y valgrind" >&2; exit 69; }
[ -x "$defuse" ] || { echo "no $defuse: swift build -c release --product defuse" >&2; exit 66; }

# Writes the scenarios with TURNS reply tests in all (DIR/all) and with one (DIR/one).
python3 - "$root" "$work" "$turns" <<'PY'
import glob, json, os, re, sys, yaml
root, work, turns = sys.argv[1], sys.argv[2], int(sys.argv[3])
replies = {}
for path in sorted(glob.glob(f"{root}/Training/learned/*.jsonl")):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            record = json.loads(line)
            replies.setdefault(record.get("context"), []).append(record["text"])
scenarios = []
for path in sorted(glob.glob(f"{root}/Scenarios/*.yaml")):
    text = open(path, encoding="utf-8").read()
    document = yaml.safe_load(text)
    # Free-text nodes: the ones that grade a reply (choice and end nodes do not).
    nodes = [name for name, node in document["nodes"].items() if "next" in node and "choices" not in node]
    if nodes and replies.get(document["id"]):
        # The file without its own tests (a top-level key, up to the next one or the end).
        body = re.sub(r"^tests:\n(?:(?:[ #].*)?\n)*", "", text, flags=re.M)
        scenarios.append((os.path.basename(path), body, nodes, replies[document["id"]]))
plan = {name: [] for name, *_ in scenarios}
for index in range(turns):
    name, _, nodes, texts = scenarios[index % len(scenarios)]
    round_ = index // len(scenarios)
    plan[name].append((nodes[round_ % len(nodes)], texts[round_ % len(texts)]))
for folder, limit in (("all", turns), ("one", 1)):
    os.makedirs(f"{work}/{folder}")
    left = limit
    for name, body, _, _ in scenarios:
        tests = plan[name][:left]
        left -= len(tests)
        lines = [body.rstrip("\n"), "", "tests:"]
        for number, (node, reply) in enumerate(tests):
            lines += [f"  - name: turn {number}", f"    node: {node}", f"    reply: {json.dumps(reply, ensure_ascii=False)}"]
        if not tests:
            lines.pop()
        open(f"{work}/{folder}/{name}", "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY

# The mangled name of `Session.evaluate(_:at:mood:)` in this binary.
# Valgrind 3.19 cannot read Swift's DWARF 5: callgrind runs a copy without debug information
# (the symbol table, which names the functions, stays).
objcopy --strip-debug "$defuse" "$work/defuse"
nm "$work/defuse" >"$work/symbols"
evaluate=$(awk '$3 ~ /^\$s9DefuseKit7SessionV8evaluate_2at4mood/ && $2 == "T" { print $3 }' "$work/symbols" | head -1)
[ -n "$evaluate" ] || { echo "Session.evaluate not found in $defuse" >&2; exit 70; }

export DEFUSE_CACHE_DIR="$work/cache"
"$defuse" test "$work/all" >"$work/test.out" 2>&1 || true # warms the caches; a failed test is no error here
played=$(grep -c '^\(PASS\|FAIL\|XFAIL\|KNOWN\)' "$work/test.out" || true)
(cd "$work" && valgrind --tool=callgrind --collect-atstart=no --toggle-collect="$evaluate" \
    --dump-after="$evaluate" --dump-instr=no --callgrind-out-file="$work/turn.out" \
    "$work/defuse" test "$work/all" >/dev/null 2>"$work/valgrind.err") || true

# Native wall time: the whole run, minus a run of the same library with a single turn.
wall() { python3 - "$defuse" "$1" <<'PY'
import subprocess, sys, time
best = None
for _ in range(5):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "test", sys.argv[2]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(best)
PY
}
all=$(wall "$work/all")
one=$(wall "$work/one")
python3 - "$work" "$turns" "$all" "$one" "$played" <<'PY'
import glob, math, os, sys
work, turns, all_, one, played = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
counts = []
for path in glob.glob(f"{work}/turn.out.*"):
    for line in open(path):
        if line.startswith("summary:") or line.startswith("totals:"):
            counts.append(int(line.split()[1]))
            break
counts = [c for c in counts if c > 0]
counts.sort()
def pct(p):
    return counts[min(len(counts) - 1, math.ceil(p / 100 * (len(counts) - 1)))]
mean = sum(counts) / len(counts)
per_turn = (all_ - one) / max(1, len(counts) - 1) * 1000
load = os.getloadavg()[0]
print(f"turns measured:        {len(counts)} (asked {turns}; defuse test reported {played})")
print(f"instructions per turn: p50 {pct(50)/1000:.1f} k, p99 {pct(99)/1000:.1f} k, max {counts[-1]/1000:.1f} k, mean {mean/1000:.1f} k")
print(f"wall (native, best of 5, load average {load:.1f}): {per_turn:.3f} ms per turn on average; "
      f"p99 estimated {per_turn * pct(99) / mean:.3f} ms (mean x p99/mean instructions)")
PY

# One play of angry-surgeon through `defuse play` (no terminal): respond and record per turn.
python3 - "$root" "$work" <<'PY'
import sys, yaml
root, work = sys.argv[1], sys.argv[2]
document = yaml.safe_load(open(f"{root}/Scenarios/angry-surgeon.yaml", encoding="utf-8"))
replies = [reply for test in document["tests"] if "replies" in test for reply in test["replies"]]
open(f"{work}/play.txt", "w", encoding="utf-8").write("\n".join(replies) + "\n")
PY
respond=$(awk '$3 ~ /^\$s9DefuseKit7SessionV7respond/ && $2 == "T" { print $3 }' "$work/symbols" | head -1)
record=$(awk '$3 ~ /^\$s9DefuseKit11ResultStoreC6record_5index7attempt/ && $2 == "T" { print $3 }' "$work/symbols" | head -1)
# One function collected a run (callgrind 3.19 counts nothing when given two to toggle).
for function in "$respond" "$record"; do
    rm -rf "$work/play" && mkdir -p "$work/play"
    (cd "$work" && valgrind --tool=callgrind --collect-atstart=no --toggle-collect="$function" \
        --dump-after="$function" --dump-instr=no --callgrind-out-file="$work/play/turn.out" \
        "$work/defuse" play angry-surgeon --db "$work/play/results.sqlite" --name bench <"$work/play.txt" \
        >"$work/play/out.txt" 2>"$work/play/valgrind.err") || true
    cat $(ls "$work/play"/turn.out.* | sort -V) >"$work/play-$([ "$function" = "$respond" ] && echo respond || echo record).out"
done
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
def turns(kind):
    counts = []
    for line in open(f"{work}/play-{kind}.out"):
        if line.startswith("summary:") and int(line.split()[1]) > 0:
            counts.append(int(line.split()[1]))
    return counts
respond, record = turns("respond"), turns("record")
k = lambda xs: ", ".join(f"{x/1000:.0f} k" for x in xs)
print(f"angry-surgeon played ({len(respond)} turns), instructions per turn: respond {k(respond)}; record {k(record)}")
PY
