#!/usr/bin/env python3
"""Publishes N rule-set changes through the rules API of a running server, one after another,
and prints what each step took (from the server's log), the whole publish as the client saw it
(p50/p95/max), and the server's heap and metaspace after a full GC (jcmd on its pid).

  python3 src/load/rules_publish_bench.py --base http://localhost:18150 --log server.log --pid 1234 --count 100

It signs in as --auth (default hr:demo) once to create a personal API token and sends that token
with every request, as HR's tools and CI do; --basic sends the password every time instead.

Each change appends a comment to parameters.yaml, so every publish runs all six steps on the
shipped rules. See docs/performance.md.
"""
import argparse, base64, json, re, statistics, subprocess, time, urllib.request

def call(base, auth, method, path, body=None):
    req = urllib.request.Request(base + path, method=method,
                                 data=None if body is None else json.dumps(body).encode())
    req.add_header("Authorization", auth)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req) as r:
        return r.status, json.loads(r.read() or b"null")

def pct(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

def steps(log, first_version):
    pattern = re.compile(r"Rule set version (\d+) is live \(\d+ scenarios passed; (.*)\)")
    per_step = {}
    startup = None
    for line in open(log, encoding="utf-8", errors="replace"):
        m = pattern.search(line)
        if not m:
            continue
        figures = dict((k, float(v)) for k, v in re.findall(r"([A-Z]+) ([\d.]+) ms", m.group(2)))
        if int(m.group(1)) < first_version:
            startup = figures
            continue
        for k, v in figures.items():
            per_step.setdefault(k, []).append(v)
    return startup, per_step

def jcmd(pid, *args):
    return subprocess.run(["jcmd", str(pid), *args], capture_output=True, text=True).stdout

def memory(pid):
    jcmd(pid, "GC.run")
    info = jcmd(pid, "GC.heap_info")
    used = re.search(r"used (\d+)K", info)
    meta = re.search(r"Metaspace\s+used (\d+)K", info)
    return (int(used.group(1)) / 1024 if used else None, int(meta.group(1)) / 1024 if meta else None)

def main():
    a = argparse.ArgumentParser()
    a.add_argument("--base", default="http://localhost:8080")
    a.add_argument("--auth", default="hr:demo")
    a.add_argument("--count", type=int, default=100)
    a.add_argument("--log")
    a.add_argument("--pid")
    a.add_argument("--watch-dir", help="the server's watched rules folder: also time a saved change until it is live")
    a.add_argument("--watch-count", type=int, default=20)
    a.add_argument("--basic", action="store_true",
                   help="send the password with every request (HTTP Basic, one BCrypt per request) instead of a personal API token")
    o = a.parse_args()
    basic = "Basic " + base64.b64encode(o.auth.encode()).decode()
    if o.basic:
        o.auth = basic
    else:
        # HR's tools and CI use a personal API token: Basic costs a BCrypt (about 80 ms) per request
        _, token = call(o.base, basic, "POST", "/api/v1/me/tokens", {"name": "publish benchmark", "expiresInDays": 1})
        o.auth = "Bearer " + token["token"]
    _, live = call(o.base, o.auth, "GET", "/api/v1/rules")
    params = next(f["content"] for f in live["files"] if f["name"] == "parameters.yaml")
    version = live["version"]
    first = version + 1
    before = memory(o.pid) if o.pid else None
    times = []
    for i in range(o.count):
        body = {"files": [{"name": "parameters.yaml", "content": params + "\n# benchmark publish %d\n" % i}],
                "mode": "overlay", "baseVersion": version, "comment": "benchmark %d" % i}
        start = time.perf_counter()
        status, answer = call(o.base, o.auth, "POST", "/api/v1/rules/publish", body)
        times.append((time.perf_counter() - start) * 1000)
        if status != 201:
            raise SystemExit("publish %d answered %d: %s" % (i, status, answer))
        version = answer["version"]
    after = memory(o.pid) if o.pid else None
    warm = times[10:] if len(times) > 20 else times
    print("publishes: %d (versions %d..%d)" % (len(times), first, version))
    print("first publish over the API: %.0f ms" % times[0])
    print("warm publishes (after the first 10): p50 %.0f ms, p95 %.0f ms, max %.0f ms, mean %.0f ms"
          % (pct(warm, 50), pct(warm, 95), max(warm), statistics.mean(warm)))
    if o.log:
        startup, per_step = steps(o.log, first)
        if startup:
            print("start-up import (cold, first build in the JVM): " + ", ".join("%s %.0f ms" % kv for kv in startup.items()))
        for k, v in per_step.items():
            w = v[10:] if len(v) > 20 else v
            print("%-8s first %.1f ms; warm p50 %.1f ms, p95 %.1f ms" % (k, v[0], pct(w, 50), pct(w, 95)))
    if o.watch_dir:
        path = o.watch_dir.rstrip("/") + "/parameters.yaml"
        latencies = []
        for i in range(o.watch_count):
            _, now = call(o.base, o.auth, "GET", "/api/v1/rules")
            with open(path, "a", encoding="utf-8") as f:
                f.write("\n# watched change %d\n" % i)
            start = time.perf_counter()
            while call(o.base, o.auth, "GET", "/api/v1/rules")[1]["version"] == now["version"]:
                time.sleep(0.02)
            latencies.append((time.perf_counter() - start) * 1000)
        print("folder watch, save to live (%d saves): first %.0f ms; p50 %.0f ms, p95 %.0f ms, max %.0f ms"
              % (len(latencies), latencies[0], pct(latencies[1:], 50), pct(latencies[1:], 95), max(latencies[1:])))
    if before and after:
        print("heap used after full GC: %.0f MB before, %.0f MB after %d publishes" % (before[0], after[0], len(times)))
        print("metaspace used: %.0f MB before, %.0f MB after" % (before[1], after[1]))

main()
