#!/usr/bin/env bash
# The team store's figures (issue 18), on a PostgreSQL server you give and a SQLite file:
#
#   Benchmarks/team-store.sh URL RESULTS_1M.sqlite
#
# URL: an empty PostgreSQL database (postgresql://user@host:port/db?sslmode=disable); it is
# written into. RESULTS_1M.sqlite: a results file with a million turns
# (`defuse-benchdata database FILE 1000000`, see compare.sh). Prints:
#   1. twenty reps at once, five one-scenario drills each (3 turns a drill) against the server:
#      turns recorded against the 300 expected, drill runs and attempts;
#   2. `defuse report` (table and json) over the million turns, on SQLite and on PostgreSQL
#      (the file imported there first with `defuse import`), wall time and peak memory.
# Not part of CI: nothing is timed there. Needs psql and GNU time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
url="$1"
big="$2"
(cd "$root" && swift build -c release --product defuse >&2)
defuse="$root/.build/release/defuse"
fixture="$root/Tests/DefuseKitTests/Fixtures/review"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== 20 reps at once, 5 drills each"
rep() {
  export XDG_DATA_HOME="$work/x$1" XDG_CONFIG_HOME="$work/x$1" XDG_STATE_HOME="$work/x$1" NO_COLOR=1
  for _ in 1 2 3 4 5; do
    printf "I'm so sorry, the warehouse sent them to the wrong hospital.\nI will drive the set over myself, it will be with you by 10:30.\n1\n\n" \
      | "$defuse" drill desk-drill --name "Rep $1" --cohort room --db "$url" --scenarios "$fixture" >/dev/null \
      || echo "rep $1: exit $?"
  done
}
for i in $(seq 1 20); do rep "$i" & done
wait
psql "${url}" -Atc "SELECT 'turns recorded (expected 300): ' || count(*) FROM turn" \
  -c "SELECT 'attempts finished (expected 100): ' || count(*) FROM attempt WHERE ended IS NOT NULL" \
  -c "SELECT 'drill runs (expected 100): ' || count(*) FROM drillrun"

echo "== report over $(sqlite3 "$big" 'SELECT count(*) FROM turn') turns"
file="$work/room.sqlite"
"$defuse" import "$big" --db "$file"
psql "${url}" -qc "TRUNCATE attempt, drillrun CASCADE"
/usr/bin/time -f "import into PostgreSQL: %e s, %M KB peak" "$defuse" import "$big" --db "$url"
for format in table json; do
  for store in "$file" "$url"; do
    /usr/bin/time -f "report --format $format on ${store%%:*}: %e s, %M KB peak" \
      "$defuse" report --db "$store" --format "$format" >/dev/null
  done
done
