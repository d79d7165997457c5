"""Roles enforced in the core: each admin-only service refuses an operator and writes nothing.

Also the personal-information services: full numbers on request (admin, audit-logged),
deletion on request (anonymise, keeping the hours in the statistics), extra consent.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from station_app import config
from station_app.audit import Actor, verify_chain
from station_app.audit.log import entries_for
from station_app.certificates.batch import batch_issue
from station_app.certificates.issue import issue_certificate
from station_app.certificates.register import list_certificates, revoke_certificate, verify
from station_app.db import database
from station_app.db.models import AuditEntry, Certificate, ServiceRecord, Volunteer
from station_app.demo import DEMO_STATION
from station_app.errors import PermissionDenied
from station_app.exports.roster_export import export_roster
from station_app.hours import records, review
from station_app.hours.records import RecordInput
from station_app.hours.times import local_time
from station_app.imports.hours_import import commit_hours_import
from station_app.roster import privacy
from station_app.roster.service import get_volunteer, search_roster, set_status, update_volunteer
from station_app.roster.validation import input_from_values
from station_app.staff.accounts import create_staff
from station_app.staff.roles import require_admin
from station_app.station import settings
from station_app.station.profile import save_profile
from support.certificates import ID_NUMBER, MINUTES_2024

OPERATOR = Actor("赵值班", via="gui", role="operator")


def _pending(story, actor, day=dt.date(2024, 7, 1)):
    return records.add_record(RecordInput(story.volunteer.id, story.garbage.id, local_time(day, "08:00"),
                                          local_time(day, "09:00")), actor)


def admin_only_calls(story, tmp_path, actor):
    """(what, call) for every admin-only service, each called as OPERATOR."""
    pending = _pending(story, actor)
    approved = story.counted_2024[0]
    issued = issue_certificate(story.volunteer.id, actor, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    fix = RecordInput(story.volunteer.id, story.garbage.id, local_time(dt.date(2024, 5, 6), "07:00"),
                      local_time(dt.date(2024, 5, 6), "09:00"))
    return [
        ("approve", lambda: review.approve([pending.id], OPERATOR)),
        ("reject", lambda: review.reject(pending.id, "签到表上没有", OPERATOR)),
        ("correct", lambda: review.correct(approved, fix, "更正", OPERATOR)),
        ("import --approve", lambda: commit_hours_import(SimpleNamespace(rows=[]), OPERATOR, approve=True)),
        ("issue", lambda: issue_certificate(story.volunteer.id, OPERATOR)),
        ("batch issue", lambda: batch_issue([story.volunteer.id], OPERATOR, tmp_path / "out", combined=False)),
        ("revoke", lambda: revoke_certificate(issued.serial, "写错了", OPERATOR)),
        ("export unmasked", lambda: export_roster(tmp_path / "full.csv", OPERATOR, mask=False)),
        ("profile", lambda: save_profile(DEMO_STATION, OPERATOR)),
        ("settings", lambda: settings.put(config.IDLE_LOCK_MINUTES, 3, OPERATOR)),
        ("kiosk pin", lambda: __import__("station_app.kiosk.pin", fromlist=["x"]).set_kiosk_pin("1234", OPERATOR)),
        ("staff", lambda: create_staff("钱值班", "operator", "qian-1234", OPERATOR)),
        ("reveal", lambda: privacy.reveal_numbers(story.volunteer.id, OPERATOR)),
        ("anonymise", lambda: privacy.anonymise_volunteer(story.volunteer.id, "本人申请", OPERATOR)),
        ("restore", lambda: require_admin(OPERATOR, "恢复备份")),
    ]


def test_every_admin_only_service_refuses_an_operator_and_writes_nothing(story, tmp_path, actor):
    calls = admin_only_calls(story, tmp_path, actor)
    audit_before = AuditEntry.select().count()
    states = list(ServiceRecord.select(ServiceRecord.id, ServiceRecord.state).tuples())
    for _what, call in calls:
        with pytest.raises(PermissionDenied, match="只有站长（管理员）可以.*当前登录：赵值班（值班员）"):
            call()
    assert AuditEntry.select().count() == audit_before, "a refused call wrote to the audit log"
    assert list(ServiceRecord.select(ServiceRecord.id, ServiceRecord.state).tuples()) == states
    assert [c.status for c in Certificate.select()] == ["issued"]
    assert not (tmp_path / "full.csv").exists() and not (tmp_path / "out").exists()


def test_permission_denied_is_a_value_error_so_the_command_line_prints_one_line():
    assert issubclass(PermissionDenied, ValueError)


def test_operators_still_do_their_daily_work(story, tmp_path, actor):
    rec = _pending(story, OPERATOR)
    fixed = review.edit_pending(rec.id, RecordInput(story.volunteer.id, story.garbage.id,
                                                    local_time(dt.date(2024, 7, 1), "08:00"),
                                                    local_time(dt.date(2024, 7, 1), "09:30")), OPERATOR, "签到表")
    assert fixed.state == "pending"
    assert export_roster(tmp_path / "masked.csv", OPERATOR, mask=True) == 2
    assert ID_NUMBER not in (tmp_path / "masked.csv").read_text(encoding="utf-8-sig")
    assert review.approve([rec.id], actor).count == 1  # and the admin approves it


def test_an_admin_sees_full_numbers_on_request_and_the_asking_is_logged(story, actor):
    numbers = privacy.reveal_numbers(story.volunteer.id, actor, "本人来电核对")
    assert numbers["id_number"] == ID_NUMBER and numbers["phone"] == "13800138000"
    entry = entries_for("volunteer", story.volunteer.id)[-1]
    assert entry["action"] == "volunteer.reveal" and entry["after"] == {"fields": ["id_number", "phone"]}
    assert entry["reason"] == "本人来电核对" and entry["actor"] == "测试值班员"
    assert ID_NUMBER not in str(entry)


def test_deletion_on_request_anonymises_but_keeps_the_hours_in_the_statistics(story, actor, tmp_path):
    from station_app.sync.manual_upload import export_for_manual_upload, mark_uploaded

    vid = story.volunteer.id
    issue_certificate(vid, actor, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    minutes_before = sum(r.minutes for r in ServiceRecord.select().where(
        (ServiceRecord.volunteer == vid) & (ServiceRecord.state == "approved")))
    with pytest.raises(ValueError, match="原因"):
        privacy.anonymise_volunteer(vid, "  ", actor)
    # approved hours the platform has not received yet go first (a statutory duty), under the real identity
    with pytest.raises(ValueError, match="没有交给城市平台"):
        privacy.anonymise_volunteer(vid, "本人书面申请删除（2026-03-02）", actor)
    assert Volunteer.get_by_id(vid).anonymised_at is None
    mark_uploaded(export_for_manual_upload(tmp_path / "待上传.xlsx", actor), actor)
    name = privacy.anonymise_volunteer(vid, "本人书面申请删除（2026-03-02）", actor).name
    assert name == f"已删除志愿者#{vid}"
    row = Volunteer.get_by_id(vid)
    assert (row.name, row.phone, row.platform_no, row.guardian_name, row.guardian_phone, row.skills, row.notes,
            row.birth_date, row.status) == (name, None, None, "", None, "", "", None, "inactive")
    assert ID_NUMBER not in row.id_number and row.id_rev == "" and row.name_pinyin == ""
    assert row.anonymised_at
    # the hours stay, linked to the anonymised row
    minutes_after = sum(r.minutes for r in ServiceRecord.select().where(
        (ServiceRecord.volunteer == vid) & (ServiceRecord.state == "approved")))
    assert minutes_after == minutes_before and minutes_before >= MINUTES_2024
    # nobody finds the person any more by name, phone tail or ID tail
    for query in ("张秀英", "zxy", "8000", ID_NUMBER[-4:]):
        assert vid not in [r.id for r in search_roster(query, include_inactive=True).rows]
    # the certificate register keeps serial and hours but not the name
    cert = Certificate.get(Certificate.volunteer == vid)
    assert cert.volunteer_name == name and cert.id_masked == "" and cert.total_minutes == MINUTES_2024
    assert verify(cert.serial, cert.verification_code).status
    assert "张秀英" not in [r.volunteer_name for r in list_certificates()]
    entry = entries_for("volunteer", vid)[-1]
    assert entry["action"] == "volunteer.anonymise" and entry["reason"].startswith("本人书面申请")
    assert "张秀英" not in str(entry["after"]) and ID_NUMBER not in str(entry["after"])
    assert verify_chain() == []
    # it cannot be undone or edited back
    with pytest.raises(ValueError, match="已按本人要求删除"):
        set_status(vid, "active", actor)
    with pytest.raises(ValueError, match="已按本人要求删除"):
        update_volunteer(vid, input_from_values(get_volunteer(vid).values), actor)
    with pytest.raises(ValueError, match="已经删除"):
        privacy.anonymise_volunteer(vid, "再删一次", actor)
    assert privacy.reveal_numbers(vid, actor)["id_number"] == ""


def test_withdrawing_extra_consent_erases_skills_and_notes(story, actor):
    vid = story.volunteer.id
    with database.atomic():
        Volunteer.update(skills="摄影", notes="周末可来").where(Volunteer.id == vid).execute()
    privacy.set_extra_consent(vid, True, actor, "本人同意登记特长")
    assert Volunteer.get_by_id(vid).extra_consent
    privacy.set_extra_consent(vid, False, actor, "本人撤回同意")
    row = Volunteer.get_by_id(vid)
    assert (row.extra_consent, row.skills, row.notes) == (False, "", "")
    assert entries_for("volunteer", vid)[-1]["action"] == "volunteer.extra_consent_withdrawn"


def test_skills_and_notes_need_the_volunteers_agreement_when_the_caller_records_it(db, actor):
    from station_app.errors import ValidationFailed
    from station_app.roster.service import add_volunteer
    from support.core import adult_input

    with pytest.raises(ValidationFailed, match="须经本人同意"):
        add_volunteer(adult_input(skills="摄影", extra_consent=False), actor)
    rec = add_volunteer(adult_input(skills="摄影", extra_consent=True), actor)
    assert rec.extra_consent and rec.values["skills"] == "摄影"
    plain = add_volunteer(adult_input(name="李四", id_number=__import__("support.core", fromlist=["make_id"]).make_id(
        "110105", "19800101", 124), phone="13900139000"), actor)
    assert not plain.extra_consent
