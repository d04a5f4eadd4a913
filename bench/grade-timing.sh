#!/usr/bin/env bash
# The student's command, `./mvnw test`, timed side by side for two commits on the same submission: by default the
# commit before the grading runner (the last one where Surefire ran the graded tests in its fork) and the working
# tree's HEAD. Each commit is cloned into a scratch folder, the submission is copied over its exercises/, everything
# is built and graded once, and then `./mvnw -B -q -o test` runs ROUNDS times for each, alternating, as a student re-runs it.
# Prints the median wall time of each and the ratio as a Markdown table.
#
#   bench/grade-timing.sh                         the commit before the runner against HEAD, the reference as submission
#   OLD=abc123 NEW=def456 bench/grade-timing.sh
#   SUBMISSION=reference|stubs ROUNDS=5 bench/grade-timing.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# The last commit whose `./mvnw test` ran the graded tests in Surefire's fork, before the grading runner.
old=${OLD:-3976a153438b962178b493d417edfb6284b57dcf}
new=${NEW:-HEAD}
rounds=${ROUNDS:-3}
submission=${SUBMISSION:-reference}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

prepare() {  # $1 = name, $2 = commit
  git clone -q "$root" "$work/$1"
  git -C "$work/$1" checkout -q "$2"
  if [ "$submission" = reference ]; then
    rm -rf "$work/$1/exercises/src"
    cp -r "$root/reference/src" "$work/$1/exercises/src"
  fi
  (cd "$work/$1" && ./mvnw -B -q test >/dev/null 2>&1) || { echo "grade-timing: building $1 failed" >&2; exit 1; }
}

run() {  # $1 = name; prints the wall time in seconds and checks that a grade was printed
  local start end
  start=$(date +%s.%N)
  (cd "$work/$1" && ./mvnw -B -q -o test >"$work/$1.log" 2>&1) || { cat "$work/$1.log" >&2; exit 1; }
  end=$(date +%s.%N)
  grep -q '^GRADE: ' "$work/$1.log" || { echo "grade-timing: $1 printed no GRADE line" >&2; exit 1; }
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f\n", e - s}' 
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "preparing $old and $new (submission: $submission)" >&2
prepare old "$old"
prepare new "$new"
: >"$work/old.times"
: >"$work/new.times"
for i in $(seq "$rounds"); do
  run old >>"$work/old.times"
  run new >>"$work/new.times"
  echo "round $i: old $(tail -1 "$work/old.times") s, new $(tail -1 "$work/new.times") s" >&2
done
o=$(median <"$work/old.times")
n=$(median <"$work/new.times")
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, submission: $submission, $rounds rounds"
echo
echo "| commit | ./mvnw test, median s | vs old |"
echo "|---|---:|---:|"
printf '| old %s | %.1f | 1.00 |\n' "$(git rev-parse --short "$old")" "$o"
printf '| new %s | %.1f | %.2f |\n' "$(git rev-parse --short "$new")" "$n" "$(awk -v n="$n" -v o="$o" 'BEGIN {print n / o}')"
