#!/usr/bin/env bash
# Grading time for one long reply (issue 17): `defuse grade` (explained) and `grade --jsonl`
# on replies of 10 KB, 100 KB and 1 MB made of one word repeated ("sorry sorry …"), the worst
# case for overlapping evidence. Grading is linear in the reply's length, so 1 MB should take
# about ten times as long as 100 KB. Not part of CI: nothing is timed there.
#
#   Benchmarks/long-replies.sh [path/to/defuse]     # default: the release build
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
defuse="${1:-$root/.build/release/defuse}"
[ -x "$defuse" ] || { echo "build first: swift build -c release --product defuse" >&2; exit 66; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seconds() { python3 -c 'import subprocess,sys,time; s=time.time(); subprocess.run(sys.argv[2:], stdin=open(sys.argv[1]), stdout=subprocess.DEVNULL, check=True); print("%.2f" % (time.time()-s))' "$@"; }
printf '%-10s %12s %12s\n' "reply" "grade (s)" "--jsonl (s)"
for size in 10000 100000 1000000; do
    python3 -c "import sys; sys.stdout.write(('sorry ' * ($size // 6 + 1))[:$size])" >"$work/reply.txt"
    python3 -c "import json,sys; print(json.dumps({'id': 1, 'text': open(sys.argv[1]).read()}))" \
        "$work/reply.txt" >"$work/reply.jsonl"
    printf '%-10s %12s %12s\n' "$((size / 1000)) KB" "$(seconds "$work/reply.txt" "$defuse" grade)" \
        "$(seconds "$work/reply.jsonl" "$defuse" grade --jsonl -)"
done
