#!/usr/bin/env python3
"""Classifies ThreadSanitizer reports by whose code made the accesses.

    classify-tsan.py <log-folder>

Reads every TSan log in the folder (log_path files: <suite>.<pid>) and sorts each report by the
code of its accesses (a data race: the two access stacks; a lock-order inversion: the stacks that
took the mutexes). Each stack is attributed to the binary of its first frame that is not one of
TSan's own interceptors (memset, free, __tsan_mutex_post_lock, ...): a frame in the executable is
LedgerLink's code, or a Qt inline function compiled into it; a frame in a library is that
library's. A report with any stack in LedgerLink's code is listed on its own, to read first; the
others are counted by library. Used by run-tsan.sh; see docs/reliability.md, "ThreadSanitizer".
"""
import collections
import pathlib
import re
import sys

LIBRARIES = [
    ("Qt (every stack inside Qt's own code)", re.compile(r"^libQt6|^libq\w+\.so|^libqopenssl")),
    ("glib and D-Bus (libsecret behind QtKeychain; not instrumented)",
     re.compile(r"^lib(glib|gio|gobject|secret|dbus)")),
    ("OpenSSL (not instrumented)", re.compile(r"^lib(crypto|ssl)\.")),
    ("the SQL client libraries (not instrumented)", re.compile(r"^lib(sqlite3|pq)\.")),
]
OURS = "LedgerLink's code (one stack or more)"
OTHER = "other libraries"
FRAME = re.compile(r"^\s+#\d+ (?P<function>.*?) (?P<where>\S+) \((?P<module>[^+)]+)\+0x[0-9a-f]+\)")


def reports(folder):
    for log in sorted(pathlib.Path(folder).iterdir()):
        if not re.fullmatch(r".+\.\d+", log.name):
            continue
        suite = log.name.rsplit(".", 1)[0]
        text = log.read_text(errors="replace")
        for block in text.split("WARNING: ThreadSanitizer")[1:]:
            yield suite, block


def owner(stack):
    """The binary of a stack's first frame that is not a TSan interceptor."""
    for line in stack.splitlines():
        frame = FRAME.match(line)
        if not frame:
            continue
        module = frame.group("module")
        interceptor = frame.group("where") == "<null>" and not module.startswith("lib")
        if not interceptor:
            return module
    return None


def stacks(block):
    """The stacks that say who did it: the two accesses of a race, the lock acquisitions of an
    inversion (thread and mutex creation stacks follow them and say nothing about it)."""
    paragraphs = block.split("\n\n")
    if "lock-order-inversion" in paragraphs[0]:
        return [p for p in paragraphs if re.search(r"^\s+Mutex \S+ (acquired|previously)", p, re.M)]
    return paragraphs[:2]


def classify(block):
    owners = [owner(stack) for stack in stacks(block)]
    if any(o is not None and not o.startswith("lib") for o in owners):
        return OURS
    for name, pattern in LIBRARIES:
        if any(o is not None and pattern.search(o) for o in owners):
            return name
    return OTHER


def suppressed(folder):
    """What tsan.supp hid, per pattern (TSan's print_suppressions=1 at each process's exit)."""
    matched = collections.Counter()
    for log in sorted(pathlib.Path(folder).iterdir()):
        if not re.fullmatch(r".+\.\d+", log.name):
            continue
        text = log.read_text(errors="replace")
        for block in re.findall(r"ThreadSanitizer: Matched \d+ suppressions.*?\n((?:\d+ \S+\n?)+)", text):
            for count, pattern in re.findall(r"^(\d+) (\S+)$", block, re.M):
                matched[pattern] += int(count)
    return matched


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: classify-tsan.py <log-folder>")
    counts = collections.Counter()
    suites = collections.Counter()
    ours = collections.Counter()
    for suite, block in reports(sys.argv[1]):
        suites[suite] += 1
        name = classify(block)
        counts[name] += 1
        if name == OURS:
            summary = re.search(r"SUMMARY: ThreadSanitizer: (.*)", block)
            key = re.sub(r"0x[0-9a-f]+|\(BuildId[^)]*\)", "", summary.group(1) if summary else "?")
            ours[(suite, key.strip())] += 1
    print(f"{sum(counts.values())} reports in {len(suites)} suites")
    for name in [n for n, _ in LIBRARIES] + [OTHER, OURS]:
        print(f"{counts[name]:7d}  {name}")
    for (suite, key), n in ours.most_common():
        print(f"         {n} × {suite}: {key}")
    matched = suppressed(sys.argv[1])
    if matched:
        print(f"{sum(matched.values())} reports hidden by tsan.supp (called_from_lib not counted)")
        for pattern, n in matched.most_common():
            print(f"{n:7d}  {pattern}")


if __name__ == "__main__":
    main()
