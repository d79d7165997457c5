"""The 核验 dialog with a platform set up: another station's certificate, whose revocation the station cannot
know offline, is settled by asking the real reference platform on loopback, and the dialog says so."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from station_app.audit import Actor
from station_app.certificates.issue import issue_certificate
from station_app.certificates.register import GENUINE, REVOKED, UNCONFIRMED
from station_app.db import close_database, open_database
from station_app.hours import records, review
from station_app.hours.records import RecordInput
from station_app.hours.times import local_time
from station_app.platform_server import PlatformServer
from station_app.posts.service import PostInput, create_post
from station_app.roster.service import add_volunteer
from station_app.roster.validation import VolunteerInput
from station_app.station.profile import StationProfile, save_profile
from station_app.sync.engine import SyncConfig, run_sync
from station_app.sync.setup import save_sync_settings
from support.certificate_window import open_certificates
from support.core import make_id
from support.gui import click
from support.sync import FAST

HERE, THERE = "BJ-CY-0001", "BJ-CY-0002"
TOKENS = {HERE: "token-here", THERE: "token-there"}
ADMIN = Actor("李站长", role="admin")
OTHER = StationProfile("西坝河社区志愿服务站", THERE, "西坝河社区居民委员会", "李丽", "010-85550002", "西坝河路 2 号")


@pytest.fixture
def platform(tmp_path):
    with PlatformServer(tmp_path / "platform.db", stations={HERE: ("朝西社区志愿服务站", TOKENS[HERE]),
                                                           THERE: ("西坝河社区志愿服务站", TOKENS[THERE])}) as running:
        yield running


@pytest.fixture
def other_station(tmp_path, platform):
    """西坝河 issues a certificate and registers it (and its key) on the platform, before this station opens."""
    folder = tmp_path / "other"
    open_database(folder)
    try:
        save_profile(OTHER, ADMIN)
        who = add_volunteer(VolunteerInput(name="赵玉兰", id_number=make_id("110105", "19600101", 7),
                                           phone="13700137000"), ADMIN)
        post = create_post(PostInput("助老送餐", "P-MEAL", category="为老服务"), ADMIN)
        day = dt.date.today() - dt.timedelta(days=3)
        rec = records.add_record(RecordInput(who.id, post.id, local_time(day, "09:00"), local_time(day, "11:00")), ADMIN)
        review.approve([rec.id], ADMIN)
        issued = issue_certificate(who.id, ADMIN)
        run_sync(folder, SyncConfig(platform.url, TOKENS[THERE], THERE, timeout=5.0), FAST)
    finally:
        close_database()
    return folder, issued


def answers(qtbot, dialog, text: str) -> list:
    """Paste *text* as a scanner would, press Enter, collect every answer the dialog gives."""
    got = []
    dialog.checked.connect(got.append)
    dialog.scan.setText(text)
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(got) == 2, timeout=10000)
    dialog.wait_for_platform()
    dialog.checked.disconnect(got.append)
    return got


def test_the_verify_dialog_asks_the_platform_about_another_stations_certificate(qtbot, other_station, platform,
                                                                                cert_window, ctx, actor):
    folder, issued = other_station
    save_sync_settings(ctx.data_dir, actor, platform.url, HERE, TOKENS[HERE])
    run_sync(ctx.data_dir, SyncConfig(platform.url, TOKENS[HERE], HERE, timeout=5.0), FAST)  # 西坝河's key arrives
    page = open_certificates(qtbot, cert_window)
    click(qtbot, page.verify_button)
    dialog = page.dialog

    offline, online = answers(qtbot, dialog, issued.doc.qr_text)
    assert offline.status == UNCONFIRMED and online.status == GENUINE
    text = dialog.result.text()
    assert text.startswith("真实有效") and "赵玉兰" in text and "平台核验：已登记，未作废" in text
    assert "#1e8449" in dialog.result.styleSheet()

    open_database(folder)  # 西坝河 revokes it and syncs; this window's own connections are per thread
    try:
        from station_app.certificates.register import revoke_certificate

        revoke_certificate(issued.serial, "时长登记有误", ADMIN)
        run_sync(folder, SyncConfig(platform.url, TOKENS[THERE], THERE, timeout=5.0), FAST)
    finally:
        close_database()
    open_database(ctx.data_dir)
    _offline, online = answers(qtbot, dialog, issued.doc.qr_text)
    assert online.status == REVOKED and "签发服务站已作废这份证明" in dialog.result.text()

    platform.stop()
    _offline, online = answers(qtbot, dialog, issued.doc.qr_text)
    assert online.status == UNCONFIRMED and "未能向平台核验" in dialog.result.text()
