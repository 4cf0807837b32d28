#!/usr/bin/env bash
# Instruction counts of `PatternSet.matches(in:)` under callgrind (steadier than wall time on a
# shared machine): every phrase list of the shipped technique files compiled as its own set, as
# the grader compiles them, matched against 20,000 generated replies plus the generalisation
# cases. Builds a small harness with swiftc from the matcher's own sources (Grade/Match, the
# word roles without the rules' extra words, FNV-1a) and PatternSet/main.swift, so no release
# build of the whole package is needed.
#
# usage: Benchmarks/pattern-set.sh [PATTERNSET.swift]   (default: the one in Sources)
# Needs valgrind, python3 with PyYAML.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v valgrind >/dev/null || { echo "needs valgrind: apt-get install -y valgrind" >&2; exit 69; }

mkdir -p "$work/src"
cp "$root"/Sources/DefuseKit/Grade/Match/*.swift "$root/Sources/DefuseKit/Support/FNV1a.swift" \
    "$root/Benchmarks/PatternSet/main.swift" "$work/src/"
rm "$work/src/CompiledTechnique.swift"
[ $# -ge 1 ] && cp "$1" "$work/src/PatternSet.swift"
python3 - "$root" "$work" <<'PY'
import glob, json, re, sys, yaml
root, work = sys.argv[1], sys.argv[2]
# The word roles, without the structural rules' extra vocabulary (the rules are not built here).
text = open(f"{root}/Sources/DefuseKit/Grade/Structure/WordRole.swift").read()
text = re.sub(r"static var ruleWords: Set<String> \{.*?\n    \}\n", "static var ruleWords: Set<String> { [] }\n", text, flags=re.S)
open(f"{work}/src/WordRole.swift", "w").write(text)
lines = []
for path in sorted(glob.glob(f"{root}/Scenarios/techniques/*.yaml")):
    document = yaml.safe_load(open(path))
    for key, value in document.items():
        items = [x for x in value if isinstance(x, str)] if isinstance(value, list) and key not in ("good", "bad") else []
        if items:
            lines.append(f"## {document['id']} {key}")
            lines += [x.replace("\n", " ") for x in items]
open(f"{work}/patterns.txt", "w").write("\n".join(lines) + "\n")
with open(f"{work}/replies.txt", "a") as out:
    for line in open(f"{root}/Tests/DefuseKitTests/Fixtures/grading/generalisation.jsonl"):
        out.write(json.loads(line)["reply"] + "\n")
PY
# The replies of grade.sh, without the JSON around them.
awk -v n=20000 'BEGIN {
    srand(42)
    split("I am so sorry|im really sorry doc|Sorry you feel that way|I hear you|I understand how frustrating this is|ok|calm down|Honestly yeah|Sorry if that upset you|Apologies, doctor", opening, "|")
    split("the warehouse sent the wrong tray|that is on me|its not my fault, shipping messed up|our courier was late|I got the size wrong|you must have ordered the wrong one|these things happen|its just one screw", cause, "|")
    split("I will have the right set in your OR by 11:30|ill call you back within the hour|let me take care of it|I am driving it over now|someone will look into it|I will look into it|ill have a spare there first thing tomorrow|youll have to call customer service", fix, "|")
    split("From now on I will check every tray the night before|it wont happen again|Thanks for your patience|thx for flagging it|How are you reading the subgroup data?|I need us to keep this respectful|Im going to step away now, my manager will call you this afternoon|whatever you want doc|", ending, "|")
    for (i = 1; i <= n; i++) {
        text = opening[int(rand() * 10) + 1] ", " cause[int(rand() * 8) + 1] ". " fix[int(rand() * 8) + 1] ". " ending[int(rand() * 9) + 1]
        if (rand() < 0.05) text = "From my limited experience, you people always send the wrong tray."
        print text
    }
}' > "$work/replies.head"
cat "$work/replies.head" "$work/replies.txt" > "$work/replies.all"

swiftc -O -wmo -parse-as-library "$work"/src/*.swift -o "$work/bench"
"$work/bench" "$work/patterns.txt" "$work/replies.all" 1
valgrind --tool=callgrind --toggle-collect='*runMatches*' --callgrind-out-file="$work/out.cg" \
    "$work/bench" "$work/patterns.txt" "$work/replies.all" 1 2>&1 | grep -E "refs|Collected" || true
