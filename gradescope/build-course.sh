#!/usr/bin/env bash
# Builds the course for ./nnlab without installing it: the modules the grader needs, packaged in place, and the
# class paths ./nnlab's launcher would write, in target/nnlab/ with its stamp, so that ./nnlab grade runs on them
# as they are. Used by setup.sh (Gradescope's image) and gradescope/test-autograder.sh; NNLAB_MAVEN_ARGS adds Maven
# options (-o: offline).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck disable=SC2086
./mvnw -B -q ${NNLAB_MAVEN_ARGS:-} -pl grader -am -DskipTests package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/nnlab-classpath.txt
mkdir -p target/nnlab
cp grader/target/nnlab-classpath.txt target/nnlab/grader.classpath
cp exercises/target/nnlab-classpath.txt target/nnlab/exercises.classpath
touch target/nnlab/stamp
