#!/usr/bin/env bash
# The report's turn scan read through the store's raw row path (RawRow: SQLite's own calls on a
# GRDB statement) and through GRDB's row cursor (Row.fetchCursor, typed values), on the same
# database: wall time, then instructions under callgrind (steadier on a shared machine).
#
# usage: Benchmarks/row-cursor.sh [TURNS]     (default 200000; ten turns an attempt)
# Needs valgrind and sqlite3. Builds the release defuse (for GRDB's objects) and the debug
# DefuseStoreProbe (to create a store with its migrations), then copies its one attempt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
turns="${1:-200000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v valgrind >/dev/null || { echo "needs valgrind: apt-get install -y valgrind" >&2; exit 69; }
(cd "$root" && swift build -c release --product defuse >&2 && swift build --product DefuseStoreProbe >&2)
swiftc -O -module-name RowCursor -I "$root/.build/release/Modules" \
    -Xcc -fmodule-map-file="$root/.build/checkouts/GRDB.swift/Sources/GRDBSQLite/module.modulemap" \
    "$root/Benchmarks/RowCursor/main.swift" "$root"/.build/release/GRDB.build/*.o -lsqlite3 -o "$work/rows"

db="$work/results.sqlite"
"$root/.build/debug/DefuseStoreProbe" "$db" Ana 10 finish >/dev/null
sqlite3 "$db" "
WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < $(( turns / 10 )))
INSERT INTO attempt (id, uuid, rep, cohort, scenario, contentHash, mode, drill, started, ended, outcome, score)
SELECT i, printf('00000000-0000-4000-8000-%012x', i), 'Rep ' || (i % 50), 'cohort-' || (i % 5), scenario,
    contentHash, mode, drill, strftime('%Y-%m-%d %H:%M:%f', started, '+' || i || ' minutes'),
    strftime('%Y-%m-%d %H:%M:%f', ended, '+' || i || ' minutes'), outcome, score
FROM n, attempt WHERE attempt.id = 1;
INSERT INTO turn (attemptId, \"index\", node, reply, choice, detected, evidence, met, missed, violations, score,
    moodBefore, moodAfter, branch, recorded)
SELECT a.id, t.\"index\", t.node, t.reply, t.choice, '[\"apology\",\"ownership\",\"thanks\"]', t.evidence,
    '[\"apology\",\"thanks\"]', t.missed, t.violations, t.score, t.moodBefore, t.moodAfter, t.branch, t.recorded
FROM attempt a, turn t WHERE t.attemptId = 1 AND a.id > 1;"
echo "$(sqlite3 "$db" 'SELECT count(*) FROM turn') turns"
for variant in raw grdb; do
    /usr/bin/time -f "$variant: %e s wall, %M KB peak" "$work/rows" "$db" "$variant"
done
for variant in raw grdb; do
    echo "$variant: $(valgrind --tool=callgrind --toggle-collect='*scan*' --callgrind-out-file="$work/out.cg" \
        "$work/rows" "$db" "$variant" 2>&1 | awk '/Collected/ {print $4}') instructions"
done
