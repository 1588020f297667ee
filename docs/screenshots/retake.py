#!/usr/bin/env python3
"""Retakes the README screenshots from a running embedded default (the demo year, 기준일 2021-08-20).

Usage: start the app (./mvnw spring-boot:run), then
    python3 docs/screenshots/retake.py [--base http://localhost:8080] [--driver /usr/bin/chromedriver]
Needs Debian's chromium and chromium-driver and a Korean font (fonts-nanum), nothing else: it speaks the W3C
WebDriver protocol to chromedriver with the standard library only. Writes the PNGs next to this script.
"""
import argparse
import base64
import json
import os
import re
import socket
import subprocess
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


class Driver:
    def __init__(self, chromedriver, width, height):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc = subprocess.Popen([chromedriver, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        for _ in range(50):
            try:
                self._call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--lang=ko-KR", "--hide-scrollbars",
                     f"--window-size={width},{height}"]}}}}
        self.session = self._call("POST", "/session", caps)["sessionId"]

    def _call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())["value"] if path != "/status" else None

    def cmd(self, method, path, body=None):
        return self._call(method, f"/session/{self.session}{path}", body)

    def get(self, url):
        self.cmd("POST", "/url", {"url": url})

    def script(self, source, *args):
        return self.cmd("POST", "/execute/sync", {"script": source, "args": list(args)})

    def size(self, width, height):
        self.cmd("POST", "/window/rect", {"width": width, "height": height})

    def shot(self, name):
        png = base64.b64decode(self.cmd("GET", "/screenshot"))
        with open(os.path.join(HERE, name + ".png"), "wb") as out:
            out.write(png)
        print("wrote", name + ".png")

    def quit(self):
        try:
            self.cmd("DELETE", "")
        finally:
            self.proc.terminate()


def sign_in(driver, base, username):
    driver.cmd("DELETE", "/cookie")
    driver.get(base + "/login")
    driver.script("""
        document.getElementById('username').value = arguments[0];
        document.getElementById('password').value = 'innotrack-demo';
        document.querySelector('form button[type=submit]').click();""", username)
    time.sleep(1.0)


def first_link(driver, pattern):
    hrefs = driver.script("return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));")
    for href in hrefs:
        if re.search(pattern, href):
            return href
    raise SystemExit(f"no link matching {pattern} on {driver.script('return location.href')}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--driver", default="/usr/bin/chromedriver")
    args = parser.parse_args()
    base = args.base.rstrip("/")
    d = Driver(args.driver, 1440, 1000)
    try:
        sign_in(d, base, "samcheok.admin")
        d.get(base + "/plans/1")
        d.shot("plan-overview")
        d.script("document.querySelector('canvas') && document.querySelector('canvas').scrollIntoView()")
        d.shot("overview-charts")
        d.get(base + "/plans/1/tasks?sort=status")
        d.shot("task-list")
        d.get(base + "/plans/1/tasks")
        task = first_link(d, r"^/plans/1/tasks/\d+$")
        d.get(base + task)
        d.shot("task")
        d.get(base + "/plans/1/rounds")
        rounds = d.script("return [...document.querySelectorAll('a[href^=\"/rounds/\"]')].map(a => a.getAttribute('href'));")
        open_round = next((h for h in rounds if re.fullmatch(r"/rounds/\d+", h)), None)
        if open_round:
            d.get(base + open_round)
            d.shot("round")
            entry = first_link(d, r"^/rounds/\d+/entries/\d+$")
            d.get(base + entry)
            d.shot("round-entry")
        closed = [h for h in rounds if re.fullmatch(r"/rounds/\d+", h)]
        if closed:
            d.get(base + closed[-1] + "/report")
            d.shot("round-report")
        d.get(base + "/plans/1/ranking")
        d.shot("ranking")
        breakdown = first_link(d, r"/ranking/departments/\d+")
        d.get(base + breakdown)
        d.shot("breakdown")
        sign_in(d, base, "samcheok.gijo")
        d.get(base + "/my/tasks")
        d.shot("officer-update")
        sign_in(d, base, "incheon.admin")
        d.get(base + "/audit-findings")
        d.shot("audit-register")
        d.get(base + "/")
        incheon_plan = first_link(d, r"^/plans/\d+$")
        d.get(base + incheon_plan + "/budget")
        d.shot("budget-execution")
        sign_in(d, base, "samcheok.admin")
        d.size(1920, 1080)
        d.get(base + "/present/plans/1")
        time.sleep(1.0)
        d.shot("present-headline")
        summary = d.script("var s = [...document.querySelectorAll('section.slide')];"
                           " return s.findIndex(x => x.classList.contains('summary')) + 1;")
        if summary:
            d.get(base + "/present/plans/1#slide-" + str(summary))
            time.sleep(1.0)
            d.shot("present-laggard")
    finally:
        d.quit()


if __name__ == "__main__":
    main()
