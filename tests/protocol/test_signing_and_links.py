"""The shared protocol module: the signed message byte for byte, signatures, and the QR link format."""

from __future__ import annotations

import urllib.parse

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station_app.certificates import codes
from station_app.protocol import cert_link, signing

FIELDS = {"serial": "BJ-CY-0001-2026-000042", "station_code": "BJ-CY-0001", "volunteer_name": "张三",
          "id_type": "CN_RIC", "id_number_masked": "110105********002X", "platform_id": "BJ2026000123",
          "total_minutes": 7260, "period_start": "2026-01-01", "period_end": "2026-11-22",
          "issued_at": "2026-11-22", "status": "issued"}
KEY_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"


@pytest.fixture
def key():
    return Ed25519PrivateKey.generate()


def test_the_signed_message_is_sorted_compact_utf8_json_of_exactly_the_named_fields():
    assert signing.signed_message(FIELDS) == (
        '{"id_number_masked":"110105********002X","id_type":"CN_RIC","issued_at":"2026-11-22",'
        '"period_end":"2026-11-22","period_start":"2026-01-01","platform_id":"BJ2026000123",'
        '"serial":"BJ-CY-0001-2026-000042","station_code":"BJ-CY-0001","status":"issued",'
        '"total_minutes":7260,"volunteer_name":"张三"}').encode()
    with pytest.raises(signing.BadMessage):
        signing.signed_message({**FIELDS, "extra": 1})
    with pytest.raises(signing.BadMessage):
        signing.signed_message({k: v for k, v in FIELDS.items() if k != "platform_id"})
    with pytest.raises(signing.BadMessage):
        signing.signed_message({**FIELDS, "issued_at": "2026-11-22T10:00:00+08:00"})  # a date, not a time
    assert signing.signed_message({**FIELDS, "platform_id": None}).count(b'"platform_id":null') == 1


def test_base64url_has_no_padding_and_is_strict():
    assert signing.b64url(b"\xff\xfe") == "__4"
    assert signing.unb64url("__4") == b"\xff\xfe"
    for bad in ("__4=", "+/4", "a", "ab c"):
        with pytest.raises(ValueError):
            signing.unb64url(bad)


def test_sign_verify_and_any_changed_field_fails(key):
    public = signing.public_key_b64(key)
    signature = signing.sign(key, FIELDS)
    assert len(signing.unb64url(signature)) == 64 and signing.verify(public, FIELDS, signature)
    for name, value in (("volunteer_name", "张四"), ("total_minutes", 7261), ("period_end", "2026-11-23"),
                        ("serial", "BJ-CY-0001-2026-000043"), ("platform_id", None)):
        assert not signing.verify(public, {**FIELDS, name: value}, signature), name
    other = signing.public_key_b64(Ed25519PrivateKey.generate())
    assert not signing.verify(other, FIELDS, signature)  # another station's key
    assert not signing.verify(public, FIELDS, "not-a-signature") and not signing.verify("AAAA", FIELDS, signature)


def test_fields_from_a_registration_item_mask_the_id_and_take_the_date(key):
    item = {"serial": FIELDS["serial"], "status": "revoked", "total_minutes": 7260, "period_start": "2026-01-01",
            "period_end": "2026-11-22", "issued_at": "2026-11-22T10:00:00+08:00",
            "volunteer": {"platform_id": "BJ2026000123", "name": "张三", "id_type": "CN_RIC",
                          "id_number": "11010519491231002X"}}
    assert signing.fields_from_item(item, "BJ-CY-0001") == {**FIELDS, "id_number_masked": "110105********002X"}
    assert signing.mask_id_number("11010519491231002X") == "110105********002X"
    assert signing.mask_id_number("E12345678") == "E*****678"


def test_short_code_is_derived_from_the_signature_and_typeable(key):
    code = signing.short_code(signing.sign(key, FIELDS))
    assert codes.normalize_code(code) == code  # the same alphabet as the old codes: read aloud, typed


def test_url_and_text_links_round_trip_and_check_offline(key):
    message = signing.signed_message(FIELDS)
    signature = signing.b64url(key.sign(message))
    public = signing.public_key_b64(key)
    url = cert_link.make("https://vol.example.cn/", message, KEY_ID, signature)
    assert url.startswith("https://vol.example.cn/verify/BJ-CY-0001-2026-000042?m=")
    text = cert_link.make(None, message, KEY_ID, signature)
    assert text.startswith("VOLSIG1:" + KEY_ID + ":")
    for payload in (url, text):
        link = cert_link.parse(payload)
        assert isinstance(link, cert_link.SignedLink)
        assert (link.message, link.key_id, link.signature, link.serial) == (message, KEY_ID, signature, FIELDS["serial"])
        assert link.fields["volunteer_name"] == "张三" and link.check(public)
        assert not link.check(signing.public_key_b64(Ed25519PrivateKey.generate()))


def test_a_tampered_link_fails_the_check_or_does_not_parse(key):
    message = signing.signed_message(FIELDS)
    signature = signing.b64url(key.sign(message))
    public = signing.public_key_b64(key)
    forged = signing.signed_message({**FIELDS, "total_minutes": 99999})
    url = cert_link.make_url("https://vol.example.cn", message, KEY_ID, signature)
    swapped = url.replace(urllib.parse.quote(signing.b64url(message)), signing.b64url(forged))
    assert not cert_link.parse(swapped).check(public)
    other_serial = url.replace("/verify/BJ-CY-0001-2026-000042", "/verify/BJ-CY-0001-2026-000099")
    with pytest.raises(cert_link.BadLink):
        cert_link.parse(other_serial)
    not_canonical = signing.b64url(message.replace(b",", b", "))
    with pytest.raises(cert_link.BadLink):
        cert_link.parse(f"VOLSIG1:{KEY_ID}:{signature}:{not_canonical}")
    for junk in ("", "hello", f"VOLSIG1:{KEY_ID}:{signature}", "https://vol.example.cn/verify/X?m=%%%"):
        with pytest.raises(cert_link.BadLink):
            cert_link.parse(junk)


def test_old_volcert_codes_still_read():
    legacy = cert_link.parse(f"{codes.QR_PREFIX}:BJ-CY-0001-2026-000042:K7Q2-9MZD")
    assert legacy == cert_link.LegacyLink("BJ-CY-0001-2026-000042", "K7Q2-9MZD")
    assert cert_link.parse("https://vol.example.cn/verify/BJ-CY-0001-2026-000042?code=K7Q2-9MZD") == legacy
