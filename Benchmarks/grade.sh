#!/usr/bin/env bash
# Benchmark for the grader's hot path: `defuse grade --jsonl` over 100,000 generated replies,
# timed against `jq -c '{id}'` reading the same file (the goal is at most 3x jq's time).
#
# usage: Benchmarks/grade.sh [COUNT]    (default 100000; builds the release binary first)
# env:   DEFUSE=path/to/defuse to skip the build; KEEP=1 to keep the generated file.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
work="$(mktemp -d)"
trap '[ "${KEEP:-0}" = 1 ] || rm -rf "$work"' EXIT

if [ -z "${DEFUSE:-}" ]; then
    swift build -c release --product defuse >&2
    DEFUSE="$(swift build -c release --show-bin-path)/defuse"
fi
command -v jq >/dev/null || { echo "grade.sh: jq is needed" >&2; exit 69; }

# Replies built from fragments (openers, causes, fixes, times, closers, jabs), chosen by a
# fixed-seed generator so every run grades the same file.
awk -v n="$count" 'BEGIN {
    srand(42)
    split("I am so sorry|im really sorry doc|Sorry you feel that way|I hear you|I understand how frustrating this is|ok|calm down|Honestly yeah|Sorry if that upset you|Apologies, doctor", opening, "|")
    split("the warehouse sent the wrong tray|that is on me|its not my fault, shipping messed up|our courier was late|I got the size wrong|you must have ordered the wrong one|these things happen|its just one screw", cause, "|")
    split("I will have the right set in your OR by 11:30|ill call you back within the hour|let me take care of it|I am driving it over now|someone will look into it|I will look into it|ill have a spare there first thing tomorrow|youll have to call customer service", fix, "|")
    split("From now on I will check every tray the night before|it wont happen again|Thanks for your patience|thx for flagging it|How are you reading the subgroup data?|I need us to keep this respectful|Im going to step away now, my manager will call you this afternoon|whatever you want doc|", ending, "|")
    split("You people always send the wrong tray.|Where is my tray?|Your company is a joke.|I stopped prescribing your drug.", client, "|")
    for (i = 1; i <= n; i++) {
        text = opening[int(rand() * 10) + 1] ", " cause[int(rand() * 8) + 1] ". " fix[int(rand() * 8) + 1] ". " ending[int(rand() * 9) + 1]
        if (rand() < 0.05) text = "From my limited experience, you people always send the wrong tray."
        printf "{\"id\": \"b%06d\", \"text\": \"%s\", \"client\": \"%s\"}\n", i, text, client[int(rand() * 4) + 1]
    }
}' > "$work/replies.jsonl"

seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
lines=$(wc -l < "$work/replies.jsonl")
size=$(du -h "$work/replies.jsonl" | cut -f1)
jq_time=$(seconds jq -c '{id}' "$work/replies.jsonl")
defuse_time=$(seconds "$DEFUSE" grade --jsonl "$work/replies.jsonl")
ratio=$(echo "scale=2; $defuse_time / $jq_time" | bc)
per=$(echo "scale=2; $defuse_time * 1000000 / $lines" | bc)
echo "replies:       $lines ($size)"
echo "jq -c '{id}':  ${jq_time}s"
echo "defuse grade:  ${defuse_time}s (${per} µs per reply)"
echo "ratio:         ${ratio}x jq (goal <= 3x)"
[ "${KEEP:-0}" = 1 ] && echo "file:          $work/replies.jsonl"
exit 0
