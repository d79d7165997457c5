"""Attacks on the platform as it is deployed, each against a real server process on loopback.

An unauthenticated client sending huge bodies, a slowloris holding hundreds of
connections, and a second worker process that must see the first one's
idempotency claim. Servers: waitress (``station-app platform-server``, SQLite),
gunicorn with two workers over PostgreSQL, and nginx in front of gunicorn.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from station_app.platform_server.store import Store
from support.gunicorn import GunicornPlatform
from support.nginx import Nginx
from support.platform_http import STATION, TOKEN, add, auth, batch, encode, record

REPO = Path(__file__).resolve().parents[2]
BIG = 10 * 1024 * 1024


class WaitressProcess:
    """``station-app platform-server`` (waitress, SQLite) as a separate process."""

    def __init__(self, db: Path) -> None:
        env = {**os.environ, "STATION_PLATFORM_TOKEN": TOKEN}
        self.proc = subprocess.Popen([sys.executable, "-m", "station_app", "platform-server", "--port", "0", "--db",
                                      str(db), "--quiet"], cwd=REPO, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        self.port = int(re.search(r"127\.0\.0\.1:(\d+)", line).group(1))
        self.url = f"http://127.0.0.1:{self.port}"

    def pids(self) -> list[int]:
        return [self.proc.pid]

    def close(self) -> None:
        self.proc.terminate()
        self.proc.communicate(timeout=20)


@pytest.fixture(params=["waitress", "gunicorn"])
def server(request, tmp_path):
    if request.param == "waitress":
        srv = WaitressProcess(tmp_path / "platform.db")
    else:
        srv = GunicornPlatform(request.getfixturevalue("fresh_postgres_url")(), STATION, "朝西社区志愿服务站",
                               TOKEN).start()
    yield srv
    srv.close()


def rss_kib(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total


def _port(srv) -> int:
    return int(srv.url.rsplit(":", 1)[1])


def send_big(port: int, chunked: bool) -> bytes:
    """An unauthenticated 10 MB post; returns the status line the server answered with."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        head = (f"POST /api/v1/stations/{STATION}/batches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "X-Station-Protocol: 1\r\nIdempotency-Key: k\r\n")
        head += "Transfer-Encoding: chunked\r\n\r\n" if chunked else f"Content-Length: {BIG}\r\n\r\n"
        sock.sendall(head.encode())
        chunk = b"x" * 65536
        sent = 0
        try:
            while sent < BIG:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
                sent += len(chunk)
            if chunked:
                sock.sendall(b"0\r\n\r\n")
        except OSError:  # the server answered and closed: it did not read the rest
            pass
        sock.settimeout(10)
        return sock.makefile("rb").readline()


def test_large_unauthenticated_bodies_are_refused_unread_in_bounded_memory(server):
    port = _port(server)
    for _ in range(3):  # warm up: imports and first connections are not what we measure
        send_big(port, chunked=False)
    before = rss_kib(server.pids())
    statuses = {send_big(port, chunked=i % 2 == 1).split(b" ")[1] for i in range(40)}
    after = rss_kib(server.pids())
    assert statuses == {b"413"}
    assert after - before < 20 * 1024, (before, after)  # 40 x 10 MB offered, well under 20 MB kept
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request("GET", "/api/v1/ping")
    assert conn.getresponse().status == 200  # and it still answers


def _slow_clients(port: int, count: int) -> list[socket.socket]:
    socks = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"POST /api/v1/stations/BJ-CY-0001/batches HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n")
        socks.append(s)
    for s in socks:  # headers done, then a trickle of body that never ends
        try:
            s.sendall(b"\r\n{")
        except OSError:
            pass
    return socks


def _ping_seconds(url: str, **kwargs) -> float:
    import requests

    started = time.monotonic()
    reply = requests.get(url + "/api/v1/ping", timeout=10, **kwargs)
    assert reply.status_code == 200 and reply.json()["api_version"] == 1
    return time.monotonic() - started


def test_300_slow_clients_do_not_starve_waitress(tmp_path):
    srv = WaitressProcess(tmp_path / "platform.db")
    try:
        socks = _slow_clients(srv.port, 300)
        try:
            assert _ping_seconds(srv.url) < 2
            assert rss_kib(srv.pids()) < 200 * 1024
        finally:
            for s in socks:
                s.close()
    finally:
        srv.close()


def test_300_slow_clients_do_not_starve_gunicorn_behind_nginx(fresh_postgres_url, tls_certificates):
    platform = GunicornPlatform(fresh_postgres_url(), STATION, "朝西社区志愿服务站", TOKEN).start()
    proxy = Nginx(tls_certificates, platform.url, max_body="1m")
    try:
        socks = []
        import ssl

        context = ssl.create_default_context(cafile=str(tls_certificates.ca))
        for _ in range(300):  # nginx buffers each request before gunicorn sees it
            raw = socket.create_connection(("127.0.0.1", proxy.ports["good"]), timeout=5)
            s = context.wrap_socket(raw, server_hostname="localhost")
            s.sendall(b"POST /api/v1/stations/BJ-CY-0001/batches HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n{")
            socks.append(s)
        try:
            assert _ping_seconds(proxy.url(), verify=str(tls_certificates.ca)) < 2
        finally:
            for s in socks:
                s.close()
    finally:
        proxy.stop()
        platform.close()


def test_a_second_worker_sees_the_first_workers_claim_and_a_restart_changes_nothing(fresh_postgres_url):
    url = fresh_postgres_url()
    platform = GunicornPlatform(url, STATION, "朝西社区志愿服务站", TOKEN, workers=2).start()
    try:
        doc = batch([add(record())])
        headers = auth(**{"Content-Type": "application/json", "Idempotency-Key": doc["batch_id"]})
        platform.faults.delay = 2.5  # every answer is held after its commit (the first one: after committing)
        replies: list = []

        def send() -> None:
            conn = http.client.HTTPConnection("127.0.0.1", platform.port, timeout=10)
            conn.request("POST", f"/api/v1/stations/{STATION}/batches", encode(doc), headers)
            reply = conn.getresponse()
            replies.append((reply.status, reply.read()))

        sender = threading.Thread(target=send)
        sender.start()
        time.sleep(1.0)  # committed, its answer held back
        others = [threading.Thread(target=send) for _ in range(4)]  # new connections: either worker takes them
        for thread in others:
            thread.start()
        for thread in others:
            thread.join(10)
        sender.join(10)
        platform.faults.delay = 0
        first = [r for r in replies if r[0] == 200]
        busy = [(status, json.loads(body)["error"]["code"]) for status, body in replies if status != 200]
        assert len(first) == 1 and busy == [(409, "in_progress")] * 4, replies
        platform.stop()
        platform.start()  # a restarted server answers as the first did: the stored answer, byte for byte
        conn = http.client.HTTPConnection("127.0.0.1", platform.port, timeout=10)
        conn.request("POST", f"/api/v1/stations/{STATION}/batches", encode(doc), headers)
        reply = conn.getresponse()
        assert reply.getheader("Idempotent-Replayed") == "true" and reply.read() == first[0][1]
        assert Store(url).count_records() == 1
    finally:
        platform.close()
