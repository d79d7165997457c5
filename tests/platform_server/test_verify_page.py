"""The public verification page a phone opens from a certificate's QR code.

Over HTTP on both backends (each verdict, escaping, headers), and once in a real
headless Chromium at a phone's width: the verdict is what a person sees first.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from platform_server.test_protocol_1_1 import register_key, signed

from station_app.protocol import cert_link, signing
from support.platform_http import STATION, call, person, post_certificates, results


def _link(srv, item: dict, key_id: str) -> str:
    message = signing.signed_message(signing.fields_from_item(item, STATION))
    return cert_link.make_url(srv.url, message, key_id, item["signature"])


def _page(srv, url: str):
    reply = call(srv, "GET", url[len(srv.url):])
    assert reply.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in reply.headers["content-security-policy"]
    return reply.status, reply.body.decode("utf-8")


@pytest.fixture
def signed_certificate(srv):
    private, doc, _ = register_key(srv)
    item = signed(private, doc["key_id"])
    assert results(post_certificates(srv, [item]))[0]["status"] == "accepted"
    return private, doc["key_id"], item


def test_each_verdict_in_plain_chinese(srv, signed_certificate):
    private, key_id, item = signed_certificate
    status, page = _page(srv, _link(srv, item, key_id))
    assert status == 200 and "证明真实有效" in page and "张*" in page and "121\u00a0小时" in page
    assert "张三" not in page and "1238" in page  # masked name; the masked ID's last four
    tampered = signed(private, key_id)
    tampered["signature"] = signing.sign(private, {**signing.fields_from_item(tampered, STATION), "total_minutes": 1})
    status, page = _page(srv, _link(srv, item, key_id).replace(item["signature"], tampered["signature"]))
    assert "不是真实证明" in page and "未经证实" in page
    unregistered = signed(private, key_id, serial=f"{STATION}-2026-000050")
    assert "平台尚未登记" in _page(srv, _link(srv, unregistered, key_id))[1]
    stranger = Ed25519PrivateKey.generate()
    foreign = signed(stranger, "0f8fad5b-d9cb-469f-a165-70867728950e", serial=f"{STATION}-2026-000051")
    assert "没有在平台登记" in _page(srv, _link(srv, foreign, "0f8fad5b-d9cb-469f-a165-70867728950e"))[1]
    status, page = _page(srv, f"{srv.url}/verify/{item['serial']}?code={item['verification_code']}")
    assert status == 200 and "证明真实有效" in page
    status, page = _page(srv, f"{srv.url}/verify/{item['serial']}?code=AAAA-BBBB")
    assert status == 404 and "没有找到这份证明" in page
    status, page = _page(srv, f"{srv.url}/verify/{item['serial']}?m=broken&k=x&s=y")
    assert status == 400 and "二维码内容不完整" in page
    assert "请输入验证码" in _page(srv, f"{srv.url}/verify/{item['serial']}")[1]
    revoked = {**item, "op_id": item["op_id"][:-1] + ("0" if item["op_id"][-1] != "0" else "1"), "status": "revoked"}
    assert results(post_certificates(srv, [revoked]))[0]["status"] == "accepted"
    assert "此证明已作废" in _page(srv, _link(srv, item, key_id))[1]


def test_what_the_url_says_is_escaped(srv, signed_certificate):
    private, key_id, _item = signed_certificate
    evil = signed(private, key_id, serial=f"{STATION}-2026-000060",
                  volunteer={**person(), "name": "<script>alert(1)</script>"})
    page = _page(srv, _link(srv, evil, key_id))[1]
    assert "<script>" not in page and "&lt;" in page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
GREEN, RED = (0x13, 0x73, 0x33), (0xB3, 0x26, 0x1E)


def _screenshot(url: str, tmp_path, name: str) -> Image.Image:
    assert CHROMIUM, "Chromium is not installed: ./dev.sh test installs Debian's chromium"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / ('profile-' + name)}",
             "--window-size=390,844", "--hide-scrollbars"]
    png = tmp_path / f"{name}.png"
    subprocess.run([CHROMIUM, *flags, f"--screenshot={png}", url], capture_output=True, timeout=90, check=True)
    return Image.open(png).convert("RGB")


def _share(image: Image.Image, colour: tuple[int, int, int], box: tuple[int, int, int, int]) -> float:
    data = image.crop(box).tobytes()
    pixels = [data[i:i + 3] for i in range(0, len(data), 3)]
    return sum(1 for p in pixels if all(abs(a - b) < 12 for a, b in zip(p, colour))) / len(pixels)


@pytest.mark.parametrize("new_db", ["sqlite"], indirect=True)
def test_a_phone_browser_shows_the_verdict_first(srv, signed_certificate, tmp_path):
    private, key_id, item = signed_certificate
    genuine = _screenshot(_link(srv, item, key_id), tmp_path, "genuine")
    assert genuine.size == (390, 844)
    assert _share(genuine, GREEN, (0, 0, 390, 180)) > 0.3  # a green verdict fills the top of the screen
    assert _share(genuine, RED, (0, 0, 390, 844)) == 0
    forged = _link(srv, item, key_id).replace("s=", "s=A", 1)
    bad = _screenshot(forged, tmp_path, "forged")
    assert _share(bad, RED, (0, 0, 390, 160)) > 0.3 and _share(bad, GREEN, (0, 0, 390, 844)) == 0
