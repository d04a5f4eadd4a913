#!/usr/bin/env bash
# Builds the zip to upload as Gradescope's autograder: the course at the zip's root (Gradescope unpacks it into
# /autograder/source), setup.sh and run_autograder beside it. The course is the committed HEAD (git archive), less
# what only CI uses (.github/, .ci/); it keeps reference/ (a module of the build) and fixtures/hidden/ (the hidden
# cases). No registry or mirror address goes in: the zip holds no Maven settings or package-manager configuration,
# and the build fails if the host of $MVNW_REPOURL or of a mirror in ~/.m2/settings.xml appears in any of its files.
#
# Usage: gradescope/make-zip.sh [ZIP]   (default: target/gradescope/autograder.zip)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd -P)
zip_path=${1:-$repo/target/gradescope/autograder.zip}
case "$zip_path" in /*) ;; *) zip_path="$PWD/$zip_path" ;; esac
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

git -C "$repo" archive --format=tar HEAD | tar -x -C "$stage"
rm -rf "$stage/.github" "$stage/.ci"
cp "$repo/gradescope/setup.sh" "$repo/gradescope/run_autograder" "$stage/"
chmod +x "$stage/setup.sh" "$stage/run_autograder" "$stage/mvnw" "$stage/nnlab" "$stage"/gradescope/*.sh

found=$(find "$stage" \( -name settings.xml -o -name settings-security.xml -o -name .npmrc -o -name .pypirc \
  -o -name pip.conf -o -name .netrc \) -print)
if [ -n "$found" ]; then
  echo "make-zip: refusing registry configuration in the zip: $found" >&2
  exit 1
fi
hosts=""
[ -n "${MVNW_REPOURL:-}" ] && hosts="$hosts $(printf '%s' "$MVNW_REPOURL" | sed -E 's#^[a-z+]+://([^/:@]*@)?([^/:]+).*#\2#')"
if [ -f "$HOME/.m2/settings.xml" ]; then
  hosts="$hosts $(sed -n 's#.*<url>[a-z+]*://\([^/:<]*\).*#\1#p' "$HOME/.m2/settings.xml")"
fi
for host in $hosts; do
  if grep -rIlF -- "$host" "$stage" >/dev/null 2>&1; then
    echo "make-zip: the registry host $host appears in: $(grep -rIlF -- "$host" "$stage" | head -3)" >&2
    exit 1
  fi
done

mkdir -p "$(dirname "$zip_path")"
rm -f "$zip_path"
(cd "$stage" && zip -q -r -X "$zip_path" .)
echo "make-zip: $zip_path ($(du -h "$zip_path" | cut -f1), $(unzip -Z1 "$zip_path" | wc -l) entries)"
