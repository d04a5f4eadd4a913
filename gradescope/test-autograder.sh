#!/usr/bin/env bash
# Gradescope's autograder, tested under a temporary root laid out as Gradescope lays out /autograder: builds the zip
# (make-zip.sh), unpacks it into source/, runs setup.sh there (no apt, offline Maven, no priming), then runs
# run_autograder on three submissions and checks the results.json each leaves in results/:
#   correct  the reference's @Solution files in the student's places: 121 / 121, public and hidden cases
#   stub     the exercises' files as released, uploaded as files: 0 / 121, every case "not implemented yet"
#   broken   a student file over 1 MiB: not graded, a results.json with score 0 that says why
# and, for the graded ones, what Gradescope reads: exact sums, unique numbers, the log hidden, a whole-second time.
# Takes minutes (a build of the course and two gradings); .ci/run runs it. KEEP=1 keeps the folder.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd -P)
tmp=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$tmp"' EXIT
export AUTOGRADER_ROOT="$tmp/autograder"
started=$SECONDS
say() { printf 'test-autograder (%ds): %s\n' $((SECONDS - started)) "$*"; }

# A mirror as a CI machine may have one: its host must not reach the zip (random, so no file here names it).
registry="registry-$RANDOM$RANDOM.invalid"
MVNW_REPOURL="https://$registry/maven2" "$repo/gradescope/make-zip.sh" "$tmp/autograder.zip"
unzip -Z1 "$tmp/autograder.zip" >"$tmp/entries"
for must in setup.sh run_autograder pom.xml mvnw nnlab gradescope/build-course.sh fixtures/hidden/; do
  grep -qx "$must" "$tmp/entries" || grep -q "^$must" "$tmp/entries" || { say "the zip lacks $must"; exit 1; }
done
if grep -qE '^(\.github|\.ci)/|(^|/)(settings\.xml|\.npmrc|\.pypirc|pip\.conf|\.netrc)$' "$tmp/entries"; then
  say "the zip holds CI or registry files"; exit 1
fi
if unzip -p "$tmp/autograder.zip" | grep -aqF "$registry"; then
  say "the zip holds the registry host"; exit 1
fi
say "zip checked ($(wc -l <"$tmp/entries") entries)"

mkdir -p "$AUTOGRADER_ROOT/source"
unzip -q "$tmp/autograder.zip" -d "$AUTOGRADER_ROOT/source"
cp "$AUTOGRADER_ROOT/source/run_autograder" "$AUTOGRADER_ROOT/run_autograder"
NNLAB_SETUP_APT=0 NNLAB_SETUP_PRIME=0 NNLAB_MAVEN_ARGS="-o" "$AUTOGRADER_ROOT/source/setup.sh" >"$tmp/setup.log" 2>&1 \
  || { cat "$tmp/setup.log"; say "setup.sh failed"; exit 1; }
say "setup.sh built the course"

# A submission as Gradescope leaves it: the student's files in submission/, the metadata beside it.
submit() {
  rm -rf "$AUTOGRADER_ROOT/submission" "$AUTOGRADER_ROOT/results"
  mkdir -p "$AUTOGRADER_ROOT/submission"
  printf '{"id": 1, "users": [{"email": "ada@example.edu", "id": "%s", "name": "Ada"}]}\n' "$1" \
    >"$AUTOGRADER_ROOT/submission_metadata.json"
}
student_files() {
  python3 -c 'import json, sys; print("\n".join(f["path"] for f in json.load(open(sys.argv[1]))["files"]
    if f.get("steps")))' "$repo/exercises/stubs.json"
}
grade() {
  (cd "$AUTOGRADER_ROOT" && ./run_autograder) >"$tmp/$1.log" 2>&1 || { cat "$tmp/$1.log"; say "$1: exit code"; exit 1; }
  [ -s "$AUTOGRADER_ROOT/results/results.json" ] || { cat "$tmp/$1.log"; say "$1: no results.json"; exit 1; }
  cp "$AUTOGRADER_ROOT/results/results.json" "$tmp/$1.json"
}
check() { # NAME EXPECTED-SCORE: what Gradescope reads of a graded submission
  python3 - "$tmp/$1.json" "$2" <<'PY' || { cat "$tmp/$1.log"; exit 1; }
import json, sys
from decimal import Decimal
r = json.load(open(sys.argv[1]), parse_float=Decimal)
expected = Decimal(sys.argv[2])
tests = r["tests"]
problems = []
def need(ok, what):
    if not ok:
        problems.append(what)
need(r["score"] == expected, "score %s, expected %s" % (r["score"], expected))
need(sum(t["score"] for t in tests) == r["score"], "the tests' scores add up to %s" % sum(t["score"] for t in tests))
need(sum(t["max_score"] for t in tests) == 121, "the tests' max_score add up to %s" % sum(t["max_score"] for t in tests))
need("max_score" not in r and r["extra_data"]["max_score"] == 121, "max_score only in extra_data, 121")
need(len({t["number"] for t in tests}) == len(tests), "numbers are not unique")
need(r["stdout_visibility"] == "hidden", "stdout_visibility %s" % r["stdout_visibility"])
need(isinstance(r["execution_time"], int) and r["execution_time"] > 0, "execution_time %r" % r["execution_time"])
need(r["output_format"] == "md" and r["test_output_format"] == "md", "formats")
hidden = [t for t in tests if t["extra_data"]["hidden"]]
need(len(hidden) > 0 and all(t["visibility"] == "after_published" for t in hidden), "hidden tests after_published")
need(all(t["visibility"] == "visible" for t in tests if not t["extra_data"]["hidden"]), "public tests visible")
cases = [c for t in tests for c in t["extra_data"]["cases"]]
for t in tests:
    need(sum(c["max_score"] for c in t["extra_data"]["cases"]) == t["max_score"], t["name"] + ": cases' points")
if expected == 121:
    need(all(t["status"] == "passed" for t in tests), "every test passed")
if expected == 0:
    need(all(c["category"] == "not implemented yet" for c in cases), "every case not implemented yet")
need(r["extra_data"].get("student") == "gs-4242", "student %r" % r["extra_data"].get("student"))
if problems:
    print("\n".join(sys.argv[1] + ": " + p for p in problems))
    sys.exit(1)
print("%s: %s / 121 in %d tests (%d hidden) of %d cases, %d s" % (sys.argv[1].rsplit("/", 1)[-1], r["score"],
      len(tests), len(hidden), len(cases), r["execution_time"]))
PY
}

submit gs-4242
while read -r f; do
  mkdir -p "$AUTOGRADER_ROOT/submission/exercises/src/main/java/$(dirname "$f")"
  cp "$repo/reference/src/main/java/$f" "$AUTOGRADER_ROOT/submission/exercises/src/main/java/$f"
done < <(student_files)
grade correct
check correct 121
say "correct: graded"

submit gs-4242
while read -r f; do   # uploaded files, not a checkout: lab4/GradientDescent.java, lab7/GradientDescent.java, ...
  mkdir -p "$AUTOGRADER_ROOT/submission/$(basename "$(dirname "$f")")"
  cp "$repo/exercises/src/main/java/$f" "$AUTOGRADER_ROOT/submission/$(basename "$(dirname "$f")")/"
done < <(student_files)
grade stub
check stub 0
say "stub: graded"

submit gs-4242
mkdir -p "$AUTOGRADER_ROOT/submission/exercises/src/main/java/nnlab/lab3"
head -c 2000000 /dev/zero | tr '\0' ' ' >"$AUTOGRADER_ROOT/submission/exercises/src/main/java/nnlab/lab3/Losses.java"
grade broken
python3 - "$tmp/broken.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["score"] == 0 and r["tests"] == [], r
assert r["extra_data"]["status"] == "broken", r
assert "not graded" in r["output"] and "MiB" in r["output"], r["output"]
print("broken.json: score 0, " + r["output"])
PY
say "broken: a results.json that says why"
say "passed"
