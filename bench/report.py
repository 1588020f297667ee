#!/usr/bin/env python3
"""Turns bench/run.sh's wrk outputs into the results table (markdown) with the machine description.

Targets (issue 19), at 16 connections: p99 <= 50 ms, 0 errors, and at least 5x the baseline's requests/s (the
baseline file, env BASELINE: tab-separated page, connections, requests_per_s, ...; old and new side by side). The app's
CPU per request in ms comes from the cpu-*.txt files run.sh writes (clock ticks of the app process during the run).
"""
import os
import platform
import re
import subprocess
import sys
from datetime import datetime

work, out, startup_ms, heap_kb, rows, duration, threads = sys.argv[1:8]
pages = [p.split("|") for p in sys.argv[8:]]


def ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def fname(prefix, c, name):
    # bench/run.sh names the files with `echo "$name" | tr -c 'a-z0-9' '_'` (the newline becomes _ too)
    return os.path.join(work, f"{prefix}-{c}-" + re.sub(r"[^a-z0-9]", "_", name + "\n") + ".txt")


def cpu_ms(prefix, c, name, requests):
    """The app's CPU time per request (ms), or None without a measurement."""
    path = fname("cpu-" + prefix, c, name)
    if not os.path.exists(path) or not requests:
        return None
    ticks, per_second = (int(x) for x in open(path).read().split())
    return ticks * 1000.0 / per_second / requests


def load_baseline(path):
    old = {}
    if path and os.path.exists(path):
        for line in open(path):
            if line.startswith("#") or line.startswith("page\t") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            old[(cols[0], int(cols[1]))] = (float(cols[2]), float(cols[4]))
    return old


def parse(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p50 = ms(re.search(r"\s50%\s+(\S+)", text).group(1))
    p99 = ms(re.search(r"\s99%\s+(\S+)", text).group(1))
    errors = 0
    m = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    if m:
        errors += int(m.group(1))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m:
        errors += sum(int(x) for x in m.groups())
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    return rps, p50, p99, errors, requests


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip() \
            or subprocess.run(cmd, shell=True, capture_output=True, text=True).stderr.strip()
    except Exception:
        return "?"



P99_TARGET = 50
SPEEDUP_TARGET = 5
baseline_path = os.environ.get("BASELINE", "")
baseline = load_baseline(baseline_path)

cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
load = sh("cut -d' ' -f1-3 /proc/loadavg")
lines = [
    f"# Benchmark {datetime.now():%Y-%m-%d %H:%M}",
    "",
    f"- Machine: {os.cpu_count()} cores ({cpu}), {round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB, "
    f"{platform.system()} {platform.release()}; load average at the end: {load}",
    f"- Java: {sh('java -version 2>&1 | head -1')}; app heap -Xms256m -Xmx512m; PostgreSQL: {sh('psql --version')}",
    f"- Data: {rows}",
    f"- wrk: {threads} threads, {duration} per run, after a warm-up of every page; app, PostgreSQL and wrk share the machine",
    f"- Startup to first served page: {int(startup_ms) / 1000:.1f} s; heap used after warm-up: {int(heap_kb) // 1024} MiB",
    f"- Baseline (old): {os.path.basename(baseline_path) if baseline else 'none'}",
    "",
    "| page | connections | requests/s | old requests/s | × old | p50 (ms) | p99 (ms) | old p99 (ms) | errors "
    "| app CPU per page (ms) | throughput vs ping | targets |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
]


def fmt(value, pattern):
    return "n/a" if value is None else pattern.format(value)


misses = []
for c in (16, 64):
    ceiling = None
    for name, path, _ in pages:
        rps, p50, p99, errors, requests = parse(fname("wrk", c, name))
        if name == "ping":
            ceiling = rps
        ratio = rps / ceiling if ceiling else 0
        old = baseline.get((name, c))
        speedup = rps / old[0] if old else None
        verdict = ""
        if c == 16 and name != "ping":
            ok = 0 < p99 <= P99_TARGET and errors == 0 and (speedup is None or speedup >= SPEEDUP_TARGET)
            verdict = ("met" if ok else "MISSED") + ("" if old else " (no baseline: p99 and errors only)")
            if not ok:
                misses.append(name)
        # wrk leaves the distribution empty when every request timed out: no latency to show
        lat = "n/a | n/a" if p50 == 0 and p99 == 0 else f"{p50:.1f} | {p99:.1f}"
        lines.append(f"| {name} | {c} | {rps:,.0f} | {fmt(old and old[0], '{:,.0f}')} | {fmt(speedup, '{:.2f}')} "
                     f"| {lat} | {fmt(old and old[1], '{:.1f}')} | {errors} "
                     f"| {fmt(cpu_ms('wrk', c, name, requests), '{:.2f}')} | {ratio:.3f} | {verdict} |")
lines += ["", f"Targets (16 connections): p99 ≤ {P99_TARGET} ms, 0 errors, requests/s ≥ {SPEEDUP_TARGET} × the baseline's "
              "(pages without a baseline: p99 and errors only).",
          "Result: " + ("every page met the targets." if not misses else "missed: " + ", ".join(misses))]

lines += ["", "### Repeated views: If-None-Match with the page's ETag, 16 connections", "",
          "| page | answer | requests/s | p50 (ms) | p99 (ms) | errors | app CPU per request (ms) |",
          "|---|---|---:|---:|---:|---:|---:|"]
for name, path, _ in pages:
    if name == "ping":
        continue
    f = fname("wrk304", 16, name)
    if not os.path.exists(f):
        lines.append(f"| {name} | n/a (no ETag) | n/a | n/a | n/a | n/a | n/a |")
        continue
    rps, p50, p99, errors, requests = parse(f)
    status = fname("status-304", 16, name)
    answer = open(status).read().strip() if os.path.exists(status) else "?"
    lines.append(f"| {name} | {answer} | {rps:,.0f} | {p50:.1f} | {p99:.1f} | {errors} "
                 f"| {fmt(cpu_ms('wrk304', 16, name, requests), '{:.2f}')} |")
open(out, "w").write("\n".join(lines) + "\n")
