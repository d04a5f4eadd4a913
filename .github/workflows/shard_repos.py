"""Instructor only: prints `name<TAB>repo` for the roster's students in shard K of N, by nnlab grade's rule.

nnlab grade --shard K/N takes the students whose index in the class sorted by folder name (case ignored) is K-1
modulo N; a folder name is the submission's name sanitised as SubmissionSource.sanitised does. Cloning each
repository into a folder named after the roster's name makes the class every shard sees the whole roster (those
not cloned here are "missing" and belong to other shards), so each shard grades exactly its own students.
"""
import csv
import re
import sys


def sanitised(name):
    text = "".join(c if ord(c) < 128 and (c.isalnum() or c in "._-") else "_" for c in name)
    text = re.sub(r"[.]+$", "", re.sub(r"^[.\-]+", "", text))[:80]
    return text if text and set(text) != {"_"} else "submission"


def main(roster, k, n):
    with open(roster, newline="", encoding="utf-8") as f:
        rows = [{key.strip().lower(): (v or "").strip() for key, v in row.items()} for row in csv.DictReader(f)]
    students = sorted(((sanitised(r.get("name") or r.get("github")), r.get("repo", "")) for r in rows),
                      key=lambda s: (s[0].lower(), s[0]))
    for i, (name, repo) in enumerate(students):
        if i % n == k - 1 and repo:
            print(f"{name}\t{repo}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
