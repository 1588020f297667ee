#!/usr/bin/env python3
"""1,000 public-vote ballots against one running instance (bench/README.md, 「Ballots」).

Runs an SMTP sink in this process (asyncio, the few SMTP verbs JavaMail uses), so the app's one-time codes arrive here;
signs in as Samcheok's planning admin, creates and publishes a vote of 4 cases (pick 3) through the staff forms, then
N citizens (default 1,000, W at a time) each open the vote page, request a code (POST .../code), read it from the
sink and cast the ballot (POST .../ballot). Prints latency percentiles per step and the error count, and checks that
「총 N명 참여」 equals the ballots cast. Standard library only.
"""
import asyncio, email, http.cookiejar, json, os, re, statistics, sys, threading, time, urllib.parse, urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE = os.environ.get("BASE", "http://127.0.0.1:18081")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "18025"))
BALLOTS = int(os.environ.get("BALLOTS", "1000"))
WORKERS = int(os.environ.get("WORKERS", "8"))

codes, codes_lock = {}, threading.Condition()


class Sink(asyncio.Protocol):
    def connection_made(self, transport):
        self.t, self.buf, self.rcpt, self.data = transport, b"", [], None
        transport.write(b"220 sink ESMTP\r\n")

    def data_received(self, chunk):
        self.buf += chunk
        while True:
            if self.data is not None:
                end = self.buf.find(b"\r\n.\r\n")
                if end < 0:
                    return
                self.deliver(self.buf[:end])
                self.buf, self.data = self.buf[end + 5:], None
                self.t.write(b"250 ok\r\n")
                continue
            line, sep, rest = self.buf.partition(b"\r\n")
            if not sep:
                return
            self.buf = rest
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                self.t.write(b"250-sink\r\n250 8BITMIME\r\n")
            elif verb == b"RCPT":
                self.rcpt.append(re.search(rb"<([^>]*)>", line).group(1).decode().lower())
                self.t.write(b"250 ok\r\n")
            elif verb == b"DATA":
                self.data = b""
                self.t.write(b"354 go\r\n")
            elif verb == b"QUIT":
                self.t.write(b"221 bye\r\n")
                self.t.close()
            else:  # MAIL, RSET, NOOP
                if verb == b"MAIL":
                    self.rcpt = []
                self.t.write(b"250 ok\r\n")

    def deliver(self, raw):
        msg = email.message_from_bytes(raw.replace(b"\r\n..", b"\r\n."))
        text = ""
        for part in msg.walk():
            if part.get_content_type() == "text/plain":
                text += part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8", "replace")
        found = re.search(r"\b(\d{6})\b", text)
        with codes_lock:
            for r in self.rcpt:
                codes.setdefault(r, []).append(found.group(1) if found else None)
            codes_lock.notify_all()


def smtp_thread():
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(Sink, "127.0.0.1", SMTP_PORT))
    loop.run_until_complete(server.serve_forever())


def wait_code(address, before, timeout=15):
    deadline = time.time() + timeout
    with codes_lock:
        while len(codes.get(address, [])) <= before:
            left = deadline - time.time()
            if left <= 0:
                raise RuntimeError("no code for " + address)
            codes_lock.wait(left)
        return codes[address][-1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def client():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def call(opener, path, form=None):
    data = None if form is None else urllib.parse.urlencode(form, doseq=True).encode()
    t0 = time.perf_counter()
    try:
        with opener.open(BASE + path, data, timeout=30) as r:
            body, status = r.read().decode("utf-8", "replace"), r.status
    except urllib.error.HTTPError as e:
        body, status = e.read().decode("utf-8", "replace"), e.code
    return status, body, (time.perf_counter() - t0) * 1000


def csrf(body):
    return re.search(r'name="_csrf" value="([^"]+)"', body).group(1)


def setup():
    admin = client()
    _, body, _ = call(admin, "/login")
    status, _, _ = call(admin, "/login", {"username": "samcheok.admin", "password": "innotrack-demo", "_csrf": csrf(body)})
    assert status == 302, "sign-in failed: %s" % status
    _, body, _ = call(admin, "/votes/new")
    opens = time.strftime("%Y-%m-%dT%H:%M", time.gmtime(time.time() + 9 * 3600 - 3600))
    closes = time.strftime("%Y-%m-%dT%H:%M", time.gmtime(time.time() + 9 * 3600 + 86400))
    status, _, _ = call(admin, "/votes", {"_csrf": csrf(body), "title": "벤치마크 국민심사", "explanation": "1,000표",
                                          "pickCount": "3", "opensAt": opens, "closesAt": closes})
    assert status == 302, "create failed: %s" % status
    _, body, _ = call(admin, "/votes")
    vote = int(re.search(r'href="/votes/(\d+)">벤치마크 국민심사', body).group(1))
    for i in range(1, 5):
        _, page, _ = call(admin, "/votes/%d" % vote)
        call(admin, "/votes/%d/cases" % vote, {"_csrf": csrf(page), "name": "사례 %d" % i, "summary": "요약 %d" % i})
    _, page, _ = call(admin, "/votes/%d/publish" % vote)
    version = re.search(r'name="version" value="(\d+)"', page).group(1)
    status, _, _ = call(admin, "/votes/%d/publish" % vote, {"_csrf": csrf(page), "version": version, "confirm": "true"})
    assert status == 302, "publish failed: %s" % status
    return vote


def ballot(vote, cases, n):
    citizen = client()
    address = "voter%05d@bench.example" % n
    path = "/public/samcheok/votes/%d" % vote
    status, body, t_page = call(citizen, path)
    if status != 200:
        return ("page", status, t_page, 0, 0)
    picks = [cases[(n + k) % 4] for k in range(3)]
    with codes_lock:
        before = len(codes.get(address, []))
    status, body, t_code = call(citizen, path + "/code", {"_csrf": csrf(body), "picks": picks, "email": address})
    if status != 200:
        return ("code", status, t_page, t_code, 0)
    code = wait_code(address, before)
    status, _, t_cast = call(citizen, path + "/ballot", {"_csrf": csrf(body), "picks": picks, "email": address, "code": code})
    return (None if status == 302 else "ballot", status, t_page, t_code, t_cast)


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * len(values) + 0.5)) - 1)]


def main():
    threading.Thread(target=smtp_thread, daemon=True).start()
    time.sleep(0.3)
    vote = setup()
    _, page, _ = call(client(), "/public/samcheok/votes/%d" % vote)
    cases = [int(c) for c in re.findall(r'name="picks" value="(\d+)"', page)]
    started = time.time()
    with ThreadPoolExecutor(WORKERS) as pool:
        results = list(pool.map(lambda n: ballot(vote, cases, n), range(BALLOTS)))
    elapsed = time.time() - started
    errors = [r for r in results if r[0]]
    ok = [r for r in results if not r[0]]
    _, count, _ = call(client(), "/public/samcheok/votes/%d/count" % vote)
    shown = int(re.search(r"총 ([\d,]+)명 참여", count).group(1).replace(",", ""))
    report = {"ballots": BALLOTS, "workers": WORKERS, "errors": len(errors), "seconds": round(elapsed, 1),
              "ballots_per_s": round(len(ok) / elapsed, 1), "count_shown": shown}
    for name, i in (("page", 2), ("code", 3), ("ballot", 4)):
        v = [r[i] for r in ok]
        report[name + "_ms"] = {"p50": round(pct(v, 50), 1), "p95": round(pct(v, 95), 1), "p99": round(pct(v, 99), 1),
                                "max": round(max(v), 1)}
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if errors:
        print("first errors:", errors[:5], file=sys.stderr)
    sys.exit(0 if not errors and shown == len(ok) else 1)


if __name__ == "__main__":
    main()
