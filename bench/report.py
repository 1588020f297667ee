#!/usr/bin/env python3
"""Turns bench/run.sh's wrk outputs into the results table (markdown) with the machine description."""
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


cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
lines = [
    f"# Benchmark {datetime.now():%Y-%m-%d %H:%M}",
    "",
    f"- Machine: {os.cpu_count()} cores ({cpu}), {round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB, "
    f"{platform.system()} {platform.release()}",
    f"- Java: {sh('java -version 2>&1 | head -1')}; app heap -Xms256m -Xmx512m; PostgreSQL: {sh('psql --version')}",
    f"- Data: {rows}",
    f"- wrk: {threads} threads, {duration} per run, after a warm-up of every page; app, PostgreSQL and wrk share the machine",
    f"- Startup to first served page: {int(startup_ms) / 1000:.1f} s; heap used after warm-up: {int(heap_kb) // 1024} MiB",
    "",
    "| page | connections | requests/s | p50 (ms) | p99 (ms) | errors | throughput vs ping | targets |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
]
misses = []
for c in (16, 64):
    ceiling = None
    for name, path, _ in pages:
        # bench/run.sh names the file with `echo "$name" | tr -c 'a-z0-9' '_'` (the newline becomes _ too)
        f = os.path.join(work, f"wrk-{c}-" + re.sub(r"[^a-z0-9]", "_", name + "\n") + ".txt")
        rps, p50, p99, errors, requests = parse(f)
        if name == "ping":
            ceiling = rps
        ratio = rps / ceiling if ceiling else 0
        verdict = ""
        if c == 16 and name != "ping":
            ok = p99 <= 100 and errors == 0 and ratio >= 0.25
            verdict = "met" if ok else "MISSED"
            if not ok:
                misses.append(name)
        lines.append(f"| {name} | {c} | {rps:,.0f} | {p50:.1f} | {p99:.1f} | {errors} | {ratio:.2f} | {verdict} |")
lines += ["", "Targets (16 connections): p99 ≤ 100 ms, 0 errors, throughput ≥ 0.25 × ping.",
          "Result: " + ("every key page met the targets." if not misses else "missed: " + ", ".join(misses))]
open(out, "w").write("\n".join(lines) + "\n")
