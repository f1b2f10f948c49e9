#!/usr/bin/env python3
"""The HTTP API's authenticated floor: what a request costs with a personal API token, with HTTP
Basic (BCrypt on every request) and without authentication (/actuator/health), and what
POST /api/v1/evaluations costs for the seed's seven-executive team with each. Real HTTP against a
running server, one keep-alive connection, requests one after another (no concurrency), so the
figures are per-request latency, not throughput under load.

  python3 src/load/api_floor.py --base http://localhost:18230 --user facilitator:demo --count 300

It creates a token through POST /api/v1/me/tokens with the HTTP Basic account, uses it, and
revokes it at the end. Prints p50/p95/p99/mean per case and the load average before and after.
See docs/performance.md.
"""
import argparse, base64, http.client, json, os, statistics, time, urllib.parse

SEED_TEAM = {"team": "Sales leadership", "members": [
    {"id": "mike", "name": "Mike Brennan", "role": "LEADER", "scores": {"D": 88, "I": 42, "S": 18, "C": 62}},
    {"id": "dana", "name": "Dana Whitfield", "scores": {"D": 82, "I": 45, "S": 22, "C": 58}},
    {"id": "raj", "name": "Raj Patel", "scores": {"D": 79, "I": 38, "S": 25, "C": 66}},
    {"id": "lena", "name": "Lena Vogel", "scores": {"D": 72, "I": 30, "S": 20, "C": 75}},
    {"id": "tom", "name": "Tom Okafor", "scores": {"D": 85, "I": 50, "S": 15, "C": 55}},
    {"id": "sofia", "name": "Sofia Marquez", "scores": {"D": 76, "I": 40, "S": 25, "C": 62}},
    {"id": "greg", "name": "Greg Lindqvist", "scores": {"D": 70, "I": 38, "S": 28, "C": 68}}]}


class Client:
    def __init__(self, base):
        url = urllib.parse.urlparse(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)

    def call(self, method, path, auth=None, body=None):
        headers = {}
        if auth:
            headers["Authorization"] = auth
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        start = time.perf_counter()
        self.conn.request(method, path, body=data, headers=headers)
        response = self.conn.getresponse()
        payload = response.read()
        elapsed = (time.perf_counter() - start) * 1000
        return response.status, payload, elapsed


def pct(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def measure(client, name, method, path, auth, body, count, warmup):
    times = []
    for i in range(warmup + count):
        status, payload, ms = client.call(method, path, auth, body)
        if status != 200:
            raise SystemExit(f"{name}: HTTP {status}: {payload[:300]!r}")
        if i >= warmup:
            times.append(ms)
    row = (name, pct(times, 50), pct(times, 95), pct(times, 99), statistics.mean(times))
    print(f"| {row[0]} | {row[1]:.1f} | {row[2]:.1f} | {row[3]:.1f} | {row[4]:.1f} |", flush=True)
    return row


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--base", default="http://localhost:8080")
    a.add_argument("--user", default="facilitator:demo", help="an account that may evaluate (FACILITATOR, HR or ADMIN)")
    a.add_argument("--count", type=int, default=300)
    a.add_argument("--warmup", type=int, default=50)
    args = a.parse_args()

    basic = "Basic " + base64.b64encode(args.user.encode()).decode()
    client = Client(args.base)
    status, payload, _ = client.call("POST", "/api/v1/me/tokens", basic, {"name": "api floor", "expiresInDays": 1})
    if status != 201:
        raise SystemExit(f"creating a token: HTTP {status}: {payload[:300]!r}")
    created = json.loads(payload)
    bearer = "Bearer " + created["token"]

    print(f"load average before: {os.getloadavg()}")
    print(f"{args.count} requests each after {args.warmup} warm-up, one after another on one keep-alive connection")
    print("| request | p50 ms | p95 ms | p99 ms | mean ms |")
    print("|---|---:|---:|---:|---:|")
    try:
        measure(client, "GET /actuator/health (no authentication)", "GET", "/actuator/health", None, None,
                args.count, args.warmup)
        measure(client, "GET /api/v1/me/tokens (one small query), Bearer token", "GET", "/api/v1/me/tokens", bearer,
                None, args.count, args.warmup)
        measure(client, "GET /api/v1/me/tokens (one small query), HTTP Basic", "GET", "/api/v1/me/tokens", basic,
                None, args.count, args.warmup)
        measure(client, "GET /api/v1/teams, Bearer token", "GET", "/api/v1/teams", bearer, None,
                args.count, args.warmup)
        measure(client, "GET /api/v1/teams, HTTP Basic", "GET", "/api/v1/teams", basic, None,
                args.count, args.warmup)
        measure(client, "POST /api/v1/evaluations (seed team), Bearer token", "POST", "/api/v1/evaluations",
                bearer, SEED_TEAM, args.count, args.warmup)
        measure(client, "POST /api/v1/evaluations (seed team), HTTP Basic", "POST", "/api/v1/evaluations",
                basic, SEED_TEAM, args.count, args.warmup)
    finally:
        client.call("DELETE", f"/api/v1/me/tokens/{created['id']}", basic)
        print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
