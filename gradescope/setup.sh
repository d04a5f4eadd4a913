#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (the zip's files are in
# /autograder/source). It installs a JDK, Maven (for the Maven wrapper's first download), bubblewrap (the sandbox of
# the student's grading JVMs) and python3 from apt, then builds the course so that run_autograder needs no network:
# every dependency in ~/.m2, the class paths in target/nnlab/ (what ./nnlab reads), and, unless
# NNLAB_SETUP_PRIME=0, one grading of the stubs, which also unpacks PyTorch's native library into the image.
#
# AUTOGRADER_ROOT (default /autograder) and NNLAB_SETUP_APT=0 (no apt) let gradescope/test-autograder.sh run it
# under a temporary folder; NNLAB_MAVEN_ARGS adds Maven options (-o: offline).
set -euo pipefail
root=${AUTOGRADER_ROOT:-/autograder}
course="$root/source"

if [ "${NNLAB_SETUP_APT:-1}" = 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless maven bubblewrap python3 ca-certificates \
    >/dev/null
fi

cd "$course"
chmod +x mvnw nnlab gradescope/*.sh gradescope/run_autograder 2>/dev/null || true
gradescope/build-course.sh

if [ "${NNLAB_SETUP_PRIME:-1}" = 1 ]; then
  prime=$(mktemp -d)
  mkdir -p "$prime/in/stubs"
  NNLAB_MAVEN_ARGS="-o ${NNLAB_MAVEN_ARGS:-}" ./nnlab grade --out "$prime/out" --jobs 1 --no-allure-report \
    "$prime/in/stubs" >"$prime/grade.log" 2>&1 || { cat "$prime/grade.log"; exit 1; }
  grep -q '"score" : 0' "$prime/out/stubs/results.json" || { cat "$prime/grade.log"; exit 1; }
  rm -rf "$prime"
fi
echo "nnlab: the autograder is built in $course"
