#!/usr/bin/env python3
"""Heap per session from two `jcmd <pid> GC.class_histogram` outputs: growth by class divided by the
number of sessions opened in between. Usage: python3 src/load/heap_diff.py before.txt after.txt SESSIONS [ROWS]"""
import re, sys
def load(p):
    d = {}
    for line in open(p):
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m: d[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return d
a, b, n = load(sys.argv[1]), load(sys.argv[2]), int(sys.argv[3])
rows = sorted(((b.get(k, (0, 0))[1] - a.get(k, (0, 0))[1], b.get(k, (0, 0))[0] - a.get(k, (0, 0))[0], k) for k in set(a) | set(b)), reverse=True)
total = sum(r[0] for r in rows)
print("total growth %.1f MB, %.1f KB per session (%d sessions)" % (total / 1e6, total / n / 1024, n))
for size, count, k in rows[:int(sys.argv[4]) if len(sys.argv) > 4 else 25]:
    print("%9.1f KB/session %8.1f inst/session  %s" % (size / n / 1024, count / n, k))
