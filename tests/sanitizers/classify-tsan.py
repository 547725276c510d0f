#!/usr/bin/env python3
"""Classifies ThreadSanitizer reports by what their two access stacks go through.

    classify-tsan.py <log-folder>

Reads every TSan log in the folder (log_path files: <suite>.<pid>) and prints how many reports
fall in each class, the suites with reports, and the reports whose two accesses are in
LedgerLink's code and libc only (the ones to read first: Debian's Qt is not built with TSan, so
TSan cannot see the synchronisation inside it, and a hand-off through Qt looks like a race).
Used by run-tsan.sh; see docs/reliability.md, "ThreadSanitizer".
"""
import collections
import pathlib
import re
import sys

CLASSES = [
    ("a queued or blocking invocation, or a thread-pool task",
     re.compile(r"QObject::event|QFunctorSlotObject|qobjectdefs_impl|QMetaCallEvent|QtConcurrent|"
                r"QRunnable|QThreadPool")),
    ("glib's D-Bus threads (libsecret)", re.compile(r"libglib|libgio|libsecret|libdbus")),
    ("the SQL drivers", re.compile(r"libsqlite|libpq|QSql")),
    ("Qt's own code", re.compile(r"libQt6")),
]
OURS = "only LedgerLink's code and libc"


def reports(folder):
    for log in sorted(pathlib.Path(folder).iterdir()):
        if not re.fullmatch(r".+\.\d+", log.name):
            continue
        suite = log.name.rsplit(".", 1)[0]
        text = log.read_text(errors="replace")
        for block in text.split("WARNING: ThreadSanitizer")[1:]:
            yield suite, block


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: classify-tsan.py <log-folder>")
    counts = collections.Counter()
    suites = collections.Counter()
    ours = collections.Counter()
    for suite, block in reports(sys.argv[1]):
        suites[suite] += 1
        # The two access stacks come first, each ending at a blank line; thread and mutex
        # creation stacks follow and say nothing about the hand-off.
        accesses = "\n".join(block.split("\n\n")[:2])
        for name, pattern in CLASSES:
            if pattern.search(accesses):
                counts[name] += 1
                break
        else:
            counts[OURS] += 1
            summary = re.search(r"SUMMARY: ThreadSanitizer: (.*)", block)
            key = re.sub(r"0x[0-9a-f]+|\(BuildId[^)]*\)", "", summary.group(1) if summary else "?")
            ours[(suite, key.strip())] += 1
    print(f"{sum(counts.values())} reports in {len(suites)} suites")
    for name, _ in CLASSES:
        print(f"{counts[name]:7d}  {name}")
    print(f"{counts[OURS]:7d}  {OURS}")
    for (suite, key), n in ours.most_common():
        print(f"         {n} × {suite}: {key}")


if __name__ == "__main__":
    main()
