#!/usr/bin/env python3
"""Summarises a JFR recording of the server under load: hottest frames, and waits (park, monitor,
socket read) grouped by the nearest io.blindspot frame. Usage: python3 src/load/jfr_summary.py rec.jfr
See docs/performance.md, "Issue 14: answers under load"."""
import json, subprocess, sys, collections
f = sys.argv[1]
def events(kind):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", kind, f], capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]
def frames(e):
    st = e["values"].get("stackTrace") or {}
    return [fr["method"]["type"]["name"] + "." + fr["method"]["name"] for fr in (st.get("frames") or [])]
def dur(e):
    d = e["values"].get("duration", "PT0S")
    # ISO-8601 like PT0.012345S
    d = d.replace("PT", "")
    total = 0.0
    num = ""
    for ch in d:
        if ch.isdigit() or ch == ".": num += ch
        else:
            v = float(num or 0); num = ""
            total += v * {"H": 3600, "M": 60, "S": 1}[ch]
    return total
samples = events("jdk.ExecutionSample")
top = collections.Counter(); own = collections.Counter(); incl = collections.Counter()
for e in samples:
    fs = frames(e)
    if not fs: continue
    top[fs[0]] += 1
    mine = next((x for x in fs if x.startswith("io.blindspot")), None)
    if mine: own[mine] += 1
    for x in set(fs):
        if any(k in x for k in ("io.blindspot", "hibernate", "mariadb", "zaxxer", "vaadin.flow.server.communication", "security.crypto")):
            incl[x] += 1
n = len(samples)
print("execution samples:", n)
print("\n-- top frames (self)"); [print("%5.1f%% %s" % (100*c/n, m)) for m, c in top.most_common(25)]
print("\n-- nearest io.blindspot frame"); [print("%5.1f%% %s" % (100*c/n, m)) for m, c in own.most_common(15)]
print("\n-- inclusive (selected packages)"); [print("%5.1f%% %s" % (100*c/n, m)) for m, c in incl.most_common(30)]
for kind in ("jdk.ThreadPark", "jdk.JavaMonitorEnter", "jdk.SocketRead"):
    evs = events(kind)
    agg = collections.defaultdict(lambda: [0, 0.0])
    for e in evs:
        fs = frames(e)
        key = next((x for x in fs if x.startswith("io.blindspot")), fs[0] if fs else "?")
        first = next((x for x in fs if not x.startswith(("java.", "jdk.", "sun."))), fs[0] if fs else "?")
        k = key + "  <- " + first
        agg[k][0] += 1; agg[k][1] += dur(e)
    print("\n-- %s: %d events, %.1f s total" % (kind, len(evs), sum(v[1] for v in agg.values())))
    for k, (c, t) in sorted(agg.items(), key=lambda kv: -kv[1][1])[:12]:
        print("%7.2f s %6d  %s" % (t, c, k))
