#!/usr/bin/env bash
# Batch grading speed: grades the reference as N submissions (copies of reference/src/main/java laid out as student
# checkouts) with ./nnlab grade and prints submissions per minute and where a submission's time goes.
#   bench/batch-grade.sh [N]          N defaults to 6; JOBS (default: the processors) students at a time;
#                                     ALLURE=0 leaves out the one-file Allure reports
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-6}
jobs=${JOBS:-$(nproc)}
work=$(mktemp -d "${TMPDIR:-/tmp}/nnlab-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

./nnlab grade --help >/dev/null   # builds on first use; not timed
for i in $(seq -w 1 "$n"); do
  mkdir -p "$work/class/student-$i/exercises/src/main"
  cp -r reference/src/main/java "$work/class/student-$i/exercises/src/main/"
done
report=()
[ "${ALLURE:-1}" = 0 ] && report=(--no-allure-report)
start=$(date +%s.%N)
./nnlab grade --out "$work/out" --jobs "$jobs" "${report[@]}" "$work/class" >"$work/grade.log"
end=$(date +%s.%N)

python3 - "$work/out" "$n" "$jobs" "$start" "$end" <<'PY'
import json, os, sys
out, n, jobs, start, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
wall = end - start
rows = []
for d in sorted(os.listdir(out)):
    p = os.path.join(out, d)
    if not os.path.isfile(os.path.join(p, "submission.json")):
        continue
    s = json.load(open(os.path.join(p, "submission.json")))
    r = json.load(open(os.path.join(p, "results.json")))
    cases = [(t["extra_data"]["step"], c) for t in r["tests"] for c in t["extra_data"]["cases"]]
    tests = sum(c.get("seconds", 0) for _, c in cases)
    slow = {}
    for step, c in cases:
        slow[step] = slow.get(step, 0) + c.get("seconds", 0)
    sec = s["seconds"]
    rows.append((sec.get("intake", 0), sec.get("compile", 0), sec.get("grade", 0) - tests, tests,
                 sec.get("report", 0), r["score"], r["extra_data"]["max_score"], slow))
k = len(rows)
avg = lambda i: sum(r[i] for r in rows) / k
print(f"nnlab batch bench: {k} submissions of the reference, {jobs} at a time, {os.cpu_count()} processors,"
      f" load average {os.getloadavg()[0]:.1f}")
print(f"  wall time {wall:.1f} s: {k * 60 / wall:.1f} submissions a minute")
print(f"  scores: {sorted(set(f'{r[5]:g} / {r[6]:g}' for r in rows))}")
print("  per submission (mean seconds, each on its own core share):")
print(f"    intake                     {avg(0):7.2f}")
print(f"    compile (tolerant javac)   {avg(1):7.2f}")
print(f"    JVM and engine start, plan {avg(2):7.2f}   (run-graded's wall time less its cases')")
print(f"    tests                      {avg(3):7.2f}")
print(f"    Allure one-file report     {avg(4):7.2f}")
steps = {}
for r in rows:
    for s, v in r[7].items():
        steps[s] = steps.get(s, 0) + v / k
top = sorted(steps.items(), key=lambda x: -x[1])[:4]
print("    slowest steps: " + ", ".join(f"{s} {v:.1f} s" for s, v in top))
PY
