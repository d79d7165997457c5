"""Every service a person can reach, called as a 值班员 (operator): allowed, or refused on purpose.

The matrix names each public function of the core that takes an actor, with what an operator may do
with it; functions that write without an actor are listed in SYSTEM with why no person reaches them.
A new service function with no entry fails this test: roles are decided, never left to chance.
Refused calls must write nothing, not even an audit entry.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from station_app.audit import Actor
from station_app.db import database
from station_app.errors import PermissionDenied
from support.certificates import Story

OPERATOR = Actor("赵值班", role="operator")
SERVICE_PACKAGES = ("roster", "hours", "posts", "certificates", "staff", "station", "sync", "backup", "exports",
                    "imports", "kiosk", "reports", "audit", "audit_view", "record_kinds", "volunteer_record")
SERVICE_MODULES = ("station_app.station_setup", "station_app.demo", "station_app.outbox")
WRITES = re.compile(r"database\.atomic|\.execute\(\)|execute_sql\(\s*f?[\"'](INSERT|UPDATE|DELETE)|\brecord\(|"
                    r"record_many\(|\.create\(|executemany\(")


@dataclass
class World:
    story: Story
    data_dir: Path
    tmp: Path
    pending: int  # a pending record of the story's volunteer
    shift: int
    serial: str  # an issued certificate
    staff_id: int  # the operator's own account

    @property
    def vid(self) -> int:
        return self.story.volunteer.id


def _when(days: int, hhmm: str) -> dt.datetime:
    from station_app.hours.times import local_time

    return local_time(dt.date.today() - dt.timedelta(days=days), hhmm)


def _rec(w: World, days: int = 3, start: str = "08:00", end: str = "09:00"):
    from station_app.hours.records import RecordInput

    return RecordInput(w.vid, w.story.garbage.id, _when(days, start), _when(days, end))


def _input(w: World, **changes):
    from station_app.roster.service import stored_volunteer
    from station_app.roster.validation import input_from_values

    inp = input_from_values(stored_volunteer(w.vid).values)
    for k, v in changes.items():
        setattr(inp, k, v)
    return inp


def _new_person():
    from support.core import adult_input, make_id

    return adult_input(name="钱八", id_number=make_id("110105", "19700101", 777), phone="13900001111")


def _period():
    from station_app.reports.periods import Period

    return Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def _m(name):
    return importlib.import_module(f"station_app.{name}")


# "admin": an operator is refused (PermissionDenied, nothing written); "operator": an operator may do it.
MATRIX = {
    "roster.privacy.anonymise_volunteer": ("admin", lambda w: _m("roster.privacy").anonymise_volunteer(w.vid, "本人申请", OPERATOR)),
    "roster.privacy.reveal_numbers": ("admin", lambda w: _m("roster.privacy").reveal_numbers(w.vid, OPERATOR)),
    "roster.privacy.reveal_volunteer": ("admin", lambda w: _m("roster.privacy").reveal_volunteer(w.vid, OPERATOR)),
    "roster.privacy.set_extra_consent": ("operator", lambda w: _m("roster.privacy").set_extra_consent(w.vid, True, OPERATOR)),
    "roster.service.add_volunteer": ("operator", lambda w: _m("roster.service").add_volunteer(_new_person(), OPERATOR)),
    "roster.service.find_by_id_number": ("operator", lambda w: _m("roster.service").find_by_id_number("CN_RIC", "1", OPERATOR)),
    "roster.service.get_volunteer": ("operator", lambda w: _m("roster.service").get_volunteer(w.vid, OPERATOR)),
    "roster.service.search_roster": ("operator", lambda w: _m("roster.service").search_roster("张", actor=OPERATOR)),
    "roster.service.set_status": ("operator", lambda w: _m("roster.service").set_status(w.story.idle.id, "inactive", OPERATOR)),
    "roster.service.update_volunteer": ("operator", lambda w: _m("roster.service").update_volunteer(w.vid, _input(w, team="新队"), OPERATOR)),
    "hours.cards_pdf.record_cards_printed": ("operator", lambda w: _m("hours.cards_pdf").record_cards_printed([w.vid], "StationPDF", OPERATOR)),
    "hours.cards_pdf.write_cards_pdf": ("operator", lambda w: _m("hours.cards_pdf").write_cards_pdf([w.vid], w.tmp / "cards.pdf", OPERATOR)),
    "hours.records.add_record": ("operator", lambda w: _m("hours.records").add_record(_rec(w, 5), OPERATOR)),
    "hours.records.check_in": ("operator", lambda w: _m("hours.records").check_in(w.story.idle.id, w.story.garbage.id, OPERATOR)),
    "hours.records.check_out": ("operator", lambda w: (_m("hours.records").check_in(w.story.idle.id, w.story.garbage.id, OPERATOR, _when(0, "00:01")),
                                                       _m("hours.records").check_out(w.story.idle.id, OPERATOR, _when(0, "00:30")))),
    "hours.review.approve": ("admin", lambda w: _m("hours.review").approve([w.pending], OPERATOR)),
    "hours.review.close_forgotten": ("operator", lambda w: (_m("hours.records").check_in(w.story.idle.id, w.story.garbage.id, OPERATOR, _when(2, "08:00")),
                                                            _m("hours.review").close_forgotten(_m("hours.records").open_record_for(w.story.idle.id).id, _when(2, "10:00"), OPERATOR, "签到表"))),
    "hours.review.correct": ("admin", lambda w: _m("hours.review").correct(w.story.counted_2024[0], _rec(w, 6), "更正", OPERATOR)),
    "hours.review.edit_pending": ("operator", lambda w: _m("hours.review").edit_pending(w.pending, _rec(w, 3, "08:00", "09:30"), OPERATOR)),
    "hours.review.reject": ("admin", lambda w: _m("hours.review").reject(w.pending, "没来", OPERATOR)),
    "hours.sheet_entry.save_sheet": ("operator", lambda w: _m("hours.sheet_entry").save_sheet(w.story.garbage.id, [
        _m("hours.sheet_entry").SheetRow(1, w.story.idle.id, _when(7, "08:00"), _when(7, "09:00"))], OPERATOR)),
    "posts.service.create_post": ("admin", lambda w: _m("posts.service").create_post(_m("posts.service").PostInput("新岗位", "P-NEW"), OPERATOR)),
    "posts.service.update_post": ("admin", lambda w: _m("posts.service").update_post(w.story.garbage.id, _m("posts.service").PostInput("改名", "P-GARBAGE-01"), OPERATOR)),
    "posts.shift_series.create_series": ("admin", lambda w: _m("posts.shift_series").create_series(None, OPERATOR)),
    "posts.shift_series.edit_shift": ("admin", lambda w: _m("posts.shift_series").edit_shift(w.shift, None, "one", OPERATOR)),
    "posts.shifts.cancel_sign_up": ("operator", lambda w: _m("posts.shifts").cancel_sign_up(w.shift, w.vid, OPERATOR)),
    "posts.shifts.create_shift": ("admin", lambda w: _m("posts.shifts").create_shift(w.story.garbage.id, _when(-1, "08:00"), _when(-1, "09:00"), OPERATOR)),
    "posts.shifts.sign_up": ("operator", lambda w: _m("posts.shifts").sign_up(w.shift, w.story.idle.id, OPERATOR)),
    "certificates.batch.batch_issue": ("admin", lambda w: _m("certificates.batch").batch_issue([w.vid], OPERATOR, w.tmp, False)),
    "certificates.issue.issue_certificate": ("admin", lambda w: _m("certificates.issue").issue_certificate(w.vid, OPERATOR)),
    "certificates.register.record_reprint": ("operator", lambda w: _m("certificates.register").record_reprint(w.serial, OPERATOR)),
    "certificates.register.reprint_to_file": ("operator", lambda w: _m("certificates.register").reprint_to_file(w.serial, w.tmp / "copy.pdf", OPERATOR)),
    "certificates.register.revoke_certificate": ("admin", lambda w: _m("certificates.register").revoke_certificate(w.serial, "错了", OPERATOR)),
    "staff.accounts.change_password": ("operator", lambda w: _m("staff.accounts").change_password(w.staff_id, "new-pass-123", OPERATOR, "zhaozhiban")),
    "staff.accounts.create_staff": ("admin", lambda w: _m("staff.accounts").create_staff("孙值班", "operator", "sunzhiban1", OPERATOR)),
    "staff.accounts.record_logout": ("operator", lambda w: _m("staff.accounts").record_logout(OPERATOR)),
    "staff.accounts.set_active": ("admin", lambda w: _m("staff.accounts").set_active(w.staff_id, False, OPERATOR)),
    "staff.accounts.set_role": ("admin", lambda w: _m("staff.accounts").set_role(w.staff_id, "admin", OPERATOR)),
    "station.display.set_font_size": ("operator", lambda w: _m("station.display").set_font_size("large", OPERATOR)),
    "station.profile.save_profile": ("admin", lambda w: _m("station.profile").save_profile(_m("demo").DEMO_STATION, OPERATOR)),
    "station.signing_keys.revoke_key": ("admin", lambda w: _m("station.signing_keys").revoke_key(_m("station.signing_keys").list_keys()[0].key_id, "电脑丢失", OPERATOR)),
    "station.signing_keys.replace_key": ("admin", lambda w: _m("station.signing_keys").replace_key("电脑丢失", OPERATOR)),
    "station.signing_keys.import_keys": ("admin", lambda w: _m("station.signing_keys").import_keys(w.tmp / "keys.json", OPERATOR)),
    "station.settings.put": ("admin", lambda w: _m("station.settings").put(_m("config").DAY_END, "21:00", OPERATOR)),
    "sync.batches.release_held": ("admin", lambda w: _m("sync.batches").release_held("no-such-batch", OPERATOR)),
    "sync.manual_upload.export_for_manual_upload": ("admin", lambda w: _m("sync.manual_upload").export_for_manual_upload(w.tmp / "u.xlsx", OPERATOR)),
    "sync.manual_upload.mark_uploaded": ("admin", lambda w: _m("sync.manual_upload").mark_uploaded(["x"], OPERATOR)),
    "sync.requeue.requeue_rejected": ("admin", lambda w: _m("sync.requeue").requeue_rejected("x", OPERATOR)),
    "sync.setup.save_sync_settings": ("admin", lambda w: _m("sync.setup").save_sync_settings(w.data_dir, OPERATOR, "https://p.example")),
    "backup.make.auto_backup": ("operator", lambda w: _m("backup.make").auto_backup(w.data_dir, OPERATOR)),
    "backup.make.make_backup": ("operator", lambda w: _m("backup.make").make_backup(w.data_dir, OPERATOR)),
    "backup.make.record_backup": ("operator", lambda w: _m("backup.make").record_backup(w.data_dir, OPERATOR, _m("backup.make").write_copy(w.data_dir))),
    "backup.restore.restore_file": ("admin", lambda w: _m("backup.restore").restore_file(w.data_dir, w.tmp / "none.sqlite3", OPERATOR)),
    "exports.hours_export.export_hours": ("operator", lambda w: _m("exports.hours_export").export_hours(w.tmp / "h.xlsx", OPERATOR)),
    "exports.roster_export.export_roster": ("operator", lambda w: _m("exports.roster_export").export_roster(w.tmp / "r.csv", OPERATOR, mask=True)),
    "imports.hours_import.commit_hours_import": ("operator", lambda w: None),  # through import_hours_file below
    "imports.hours_import.import_hours_file": ("operator", lambda w: _m("imports.hours_import").import_hours_file(_hours_sheet(w), OPERATOR)),
    "imports.roster_import.commit_roster_import": ("operator", lambda w: None),  # through import_roster_file below
    "imports.roster_import.import_roster_file": ("operator", lambda w: _m("imports.roster_import").import_roster_file(_roster_sheet(w), OPERATOR)),
    "imports.training_import.import_training_file": ("admin", lambda w: _m("imports.training_import").import_training_file(_hours_sheet(w), OPERATOR)),
    "imports.training_import.commit_training_import": ("admin", lambda w: _m("imports.training_import").commit_training_import(_training_plan(w), OPERATOR)),
    "kiosk.pin.set_kiosk_pin": ("admin", lambda w: _m("kiosk.pin").set_kiosk_pin("2468", OPERATOR)),
    "reports.behind.counted_records": ("operator", lambda w: _m("reports.behind").counted_records(_period(), "month", 202405, OPERATOR)),
    "reports.build.full_report": ("operator", lambda w: _m("reports.build").full_report(_period(), "month", OPERATOR)),
    "reports.excel.write_workbook": ("operator", lambda w: _m("reports.excel").write_workbook(_m("reports.build").full_report(_period(), "post", OPERATOR), w.tmp / "rep.xlsx", OPERATOR)),
    "reports.home.home_data": ("operator", lambda w: _m("reports.home").home_data(OPERATOR)),
    "reports.printing.export_report": ("operator", lambda w: _m("reports.printing").export_report(_period(), "month", w.tmp / "r2.xlsx", OPERATOR)),
    "reports.printing.record_printed": ("operator", lambda w: _m("reports.printing").record_printed(_period(), "month", OPERATOR, 1)),
    "reports.printing.report_pdf_for": ("operator", lambda w: _m("reports.printing").report_pdf_for(_period(), "month", OPERATOR)),
    "reports.printing.save_report_pdf": ("operator", lambda w: _m("reports.printing").save_report_pdf(_m("reports.build").full_report(_period(), "month", OPERATOR), w.tmp / "rep.pdf", OPERATOR)),
    "audit_view.export.export_audit": ("admin", lambda w: _m("audit_view.export").export_audit(w.tmp / "audit.csv", OPERATOR)),
    "audit_view.query.search": ("operator", lambda w: _m("audit_view.query").search(_m("audit_view.query").AuditFilter(), OPERATOR)),
    "station_setup.save_station_settings": ("admin", lambda w: _m("station_setup").save_station_settings(
        _m("station_setup").StationSettings(_m("demo").DEMO_STATION, 10, "22:00", "100,300,600,1000,1500"), OPERATOR, w.data_dir)),
    "record_kinds.awards.add_award": ("admin", lambda w: _m("record_kinds.awards").add_award(_award(w), OPERATOR)),
    "record_kinds.awards.correct_award": ("admin", lambda w: _m("record_kinds.awards").correct_award(1, _award(w), "错", OPERATOR)),
    "record_kinds.awards.void_award": ("admin", lambda w: _m("record_kinds.awards").void_award(1, "错", OPERATOR)),
    "record_kinds.awards.awards_of": ("operator", lambda w: _m("record_kinds.awards").awards_of(w.vid, OPERATOR)),
    "record_kinds.evaluations.add_evaluation": ("admin", lambda w: _m("record_kinds.evaluations").add_evaluation(_evaluation(w), OPERATOR)),
    "record_kinds.evaluations.correct_evaluation": ("admin", lambda w: _m("record_kinds.evaluations").correct_evaluation(1, _evaluation(w), "错", OPERATOR)),
    "record_kinds.evaluations.void_evaluation": ("admin", lambda w: _m("record_kinds.evaluations").void_evaluation(1, "错", OPERATOR)),
    "record_kinds.evaluations.evaluations_of": ("operator", lambda w: _m("record_kinds.evaluations").evaluations_of(w.vid, OPERATOR)),
    "record_kinds.training.add_training": ("admin", lambda w: _m("record_kinds.training").add_training(_session(), [_m("record_kinds.training").Attendee(w.vid)], OPERATOR)),
    "record_kinds.training.add_trainings": ("admin", lambda w: _m("record_kinds.training").add_trainings([(_session(), [_m("record_kinds.training").Attendee(w.vid)])], OPERATOR)),
    "record_kinds.training.correct_attendance": ("admin", lambda w: _m("record_kinds.training").correct_attendance(1, _session(), "completed", "错", OPERATOR)),
    "record_kinds.training.void_attendance": ("admin", lambda w: _m("record_kinds.training").void_attendance(1, "错", OPERATOR)),
    "record_kinds.training.trainings_of": ("operator", lambda w: _m("record_kinds.training").trainings_of(w.vid, OPERATOR)),
    "record_kinds.training.attendees_of": ("operator", lambda w: _m("record_kinds.training").attendees_of(1, OPERATOR)),
    "record_kinds.training.list_sessions": ("operator", lambda w: _m("record_kinds.training").list_sessions(OPERATOR)),
    "volunteer_record.build.build_record": ("operator", lambda w: _m("volunteer_record.build").build_record(w.vid, OPERATOR)),
    "volunteer_record.save.save_record": ("operator", lambda w: _m("volunteer_record.save").save_record(w.vid, w.tmp / "rec.pdf", OPERATOR)),
    "demo.fill_demo": ("admin", lambda w: _m("demo").fill_demo(1, OPERATOR)),
    "roster.retention.retention_due": ("admin", lambda w: _m("roster.retention").retention_due(OPERATOR)),
    "roster.retention.erase_expired": ("admin", lambda w: _m("roster.retention").erase_expired([w.vid], OPERATOR)),
    "reports.public_notice.public_notice": ("operator", lambda w: _m("reports.public_notice").public_notice(
        _m("reports.periods").year(2024), OPERATOR)),
    "reports.public_notice.save_public_notice": ("operator", lambda w: _m("reports.public_notice").save_public_notice(
        _m("reports.periods").year(2024), w.tmp / "公示.pdf", OPERATOR)),
}

# Functions that write but that no person calls as themselves, and why.
SYSTEM = {
    "record_kinds.common.add_entry": "the write of add_award / add_evaluation, after their 站长 check",
    "record_kinds.common.correct_entry": "the write of correct_award / correct_evaluation, after their 站长 check",
    "record_kinds.common.void_entry": "the write of void_award / void_evaluation, after their 站长 check",
    "roster.privacy.reapply_erasures": "a restore erases again whoever was erased since the backup (restore_file: 站长)",
    "roster.retention.reapply_retention": "a restore erases again what retention erased since the backup (restore_file: 站长)",
    "reports.public_notice.log_public_notice": "inside save_public_notice (staff)",
    "hours.certified.flag_changed_records": "inside a correction (review.correct: 站长)",
    "staff.roles.require_admin": "the check itself",
    "backup.carry_forward.apply_surviving": "inside a restore (restore_file: 站长)",
    "backup.carry_forward.carry_certificates": "inside a restore (restore_file: 站长)",
    "backup.carry_forward.carry_signing_keys": "inside a restore (restore_file: 站长)",
    "staff.accounts.create_first_admin": "the first start, before anyone exists to log in",
    "staff.accounts.log_in": "counts failed attempts of whoever tries to log in",
    "station_setup.create_station": "the first start, with the first 站长 account",
    "sync.batches.apply_ack": "a sync storing the platform's answer",
    "sync.batches.claim_batch": "a sync claiming what approvals queued",
    "sync.batches.hold": "a sync holding a batch the platform refused",
    "sync.batches.note_attempt": "a sync noting an attempt",
    "sync.batches.split": "a sync splitting a batch the platform found too large",
    "sync.roster_pull.apply_page": "the platform's roster changes, checked by roster rules (pull_problem)",
    "sync.roster_pull.pull_roster": "the platform's roster changes, page by page",
    "sync.state.device_id": "made once per installation",
    "sync.state.put": "the sync's own bookkeeping",
    "kiosk.service.check_in": "the kiosk, acting as the kiosk (its own actor in the audit log), for whoever is at it",
    "kiosk.service.check_out": "the kiosk, acting as the kiosk, for whoever is at it",
    "audit.log.record": "the audit log, inside every service's transaction",
    "roster.id_probes.blocked_message": "the check itself, for whoever looks a whole number up",
    "roster.id_probes.note_misses": "inside every whole-number lookup, counting the looker's near misses",
    "roster.id_probes.refuse_if_blocked": "the check itself, for whoever looks a whole number up",
    "imports.hours_import.plan_hours_import": "the preview of import_hours_file (值班员), counting near misses",
    "imports.training_import.plan_training_import": "the preview of import_training_file (站长), counting near misses",
    "imports.roster_import.plan_roster_import": "the preview of import_roster_file (值班员), counting near misses",
    "kiosk.pin.try_kiosk_pin": "whoever is at the kiosk trying to leave it; failures count across restarts",
    "audit.log.record_many": "the audit log, inside imports' transactions",
    "audit.subjects.destroy_key": "inside a deletion on request (anonymise_volunteer: 站长)",
    "audit.subjects.subject_keys": "the audit log sealing an entry",
    "outbox.enqueue_certificate": "inside issuing or revoking a certificate (站长)",
    "outbox.enqueue_record_adds": "inside an approval (站长)",
    "outbox.enqueue_record_void": "inside a correction (站长)",
    "station.signing_keys.ensure_own_key": "inside saving the profile the first time (save_profile: 站长)",
    "station.signing_keys.take_keys": "inside import_keys (站长) and a sync storing the platform's public keys",
    "sync.key_sync.register_own_keys": "a sync registering the station's public keys with the platform",
    "sync.key_sync.send_anchor": "a sync sending the audit chain's head to the platform",
    "sync.key_sync.pull_keys": "a sync storing every station's public keys from the platform",
    "outbox.queue_unsent_approved": "the demo and repairs after an upgrade",
    "outbox.enqueue_kind_add": "inside adding or correcting a training, award or evaluation (站长)",
    "outbox.enqueue_kind_void": "inside voiding or correcting a training, award or evaluation (站长)",
    "record_kinds.common.void_row": "inside voiding or correcting a training, award or evaluation (站长)",
}


def _award(w: World):
    from station_app.record_kinds.awards import AwardInput

    return AwardInput(w.vid, "优秀志愿者", "street", "朝西街道办事处", dt.date(2024, 12, 5))


def _evaluation(w: World):
    from station_app.record_kinds.evaluations import EvaluationInput

    return EvaluationInput(w.vid, dt.date(2024, 1, 1), dt.date(2024, 12, 31), "good", "认真")


def _session():
    from station_app.record_kinds.training import SessionInput

    return SessionInput("急救技能培训", _when(3, "09:00"), _when(3, "12:00"))


def _training_plan(w: World):
    from station_app.imports.training_import import PlannedAttendance, TrainingImportPlan
    from station_app.record_kinds.training import SessionInput

    plan = TrainingImportPlan(w.tmp / "t.csv", "csv", "utf-8", "t", 1, {}, [])
    plan.rows.append(PlannedAttendance(2, w.vid, "张秀英", SessionInput("急救", _when(3, "09:00"), _when(3, "10:00")),
                                       "completed"))
    return plan


def _roster_sheet(w: World) -> Path:
    from support.roster_files import person, roster_rows, write_csv

    return write_csv(w.tmp / "roster.csv", roster_rows([person(3)]))


def _hours_sheet(w: World) -> Path:
    import csv

    from station_app.roster.service import stored_volunteer

    path = w.tmp / "hours.csv"
    number = stored_volunteer(w.story.idle.id).values["id_number"]
    day = (dt.date.today() - dt.timedelta(days=9)).isoformat()
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["姓名", "证件号码", "岗位", "日期", "开始时间", "结束时间"])
        out.writerow(["李建国", number, "垃圾分类桶前值守", day, "08:00", "09:00"])
    return path


def _public_functions():
    modules = []
    for pkg in SERVICE_PACKAGES:
        package = importlib.import_module(f"station_app.{pkg}")
        modules += [importlib.import_module(f"station_app.{pkg}.{i.name}") for i in pkgutil.iter_modules(package.__path__)
                    if i.name != "commands"]
    modules += [importlib.import_module(m) for m in SERVICE_MODULES]
    for module in modules:
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and not name.startswith("_"):
                yield module.__name__.removeprefix("station_app.") + "." + name, fn


def test_every_service_a_person_can_reach_has_its_role_decided():
    undecided = []
    for name, fn in _public_functions():
        takes_actor = "actor" in inspect.signature(fn).parameters
        writes = bool(WRITES.search(inspect.getsource(fn)))
        if (takes_actor or writes) and name not in MATRIX and name not in SYSTEM:
            undecided.append(name)
    assert not undecided, "decide what an operator may do with these (MATRIX) or say why no one calls them (SYSTEM): " \
        + ", ".join(undecided)
    gone = [n for n in list(MATRIX) + list(SYSTEM) if n not in dict(_public_functions())]
    assert not gone, f"entries for functions that no longer exist: {gone}"


@pytest.fixture
def world(db, actor, story, tmp_path) -> World:
    from station_app.certificates.issue import issue_certificate
    from station_app.hours import records
    from station_app.posts.shifts import create_shift, sign_up
    from station_app.staff.accounts import create_first_admin, create_staff

    create_first_admin("王站长", "zhanzhang-1")
    staff = create_staff(OPERATOR.name, "operator", "zhaozhiban", actor)
    pending = records.add_record(
        records.RecordInput(story.volunteer.id, story.garbage.id, _when(4, "08:00"), _when(4, "09:00")), actor)
    shift = create_shift(story.garbage.id, _when(-2, "08:00"), _when(-2, "10:00"), actor)
    sign_up(shift.id, story.volunteer.id, actor)
    serial = issue_certificate(story.volunteer.id, actor, dt.date(2024, 1, 1), dt.date(2024, 12, 31)).serial
    folder = tmp_path / "work"
    folder.mkdir()
    return World(story, db, folder, pending.id, shift.id, serial, staff.id)


def _snapshot() -> dict[str, int]:
    """Every row of every table, as a digest per table: a refused call changes none of them."""
    import hashlib

    tables = [t for (t,) in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'"
                                                 " AND name NOT LIKE 'sqlite_%'").fetchall()]
    return {t: hashlib.sha256(repr(database.execute_sql(f"SELECT * FROM {t}").fetchall()).encode()).hexdigest()
            for t in tables}


@pytest.mark.parametrize("name", sorted(n for n, (verdict, _) in MATRIX.items() if verdict == "admin"))
def test_an_operator_is_refused_and_nothing_is_written(world, name):
    before = _snapshot()
    state = database.execute_sql("SELECT group_concat(state) FROM service_record").fetchone()
    with pytest.raises(PermissionDenied, match="只有站长"):
        MATRIX[name][1](world)
    assert _snapshot() == before, "a refused call wrote something"
    assert database.execute_sql("SELECT group_concat(state) FROM service_record").fetchone() == state


@pytest.mark.parametrize("name", sorted(n for n, (verdict, _) in MATRIX.items() if verdict == "operator"))
def test_an_operator_may(world, name):
    MATRIX[name][1](world)  # no PermissionDenied, no other refusal


def test_no_write_path_leaves_an_approved_record_outside_the_platform_queue(world, actor, tmp_path):
    """Approval is review.approve's alone, and it queues each counting record in the same transaction:
    after every entry path an operator and a 站长 have, each approved counting record has its add."""
    from station_app.imports.hours_import import import_hours_file

    for name, (_verdict, call) in MATRIX.items():
        if name.startswith(("hours.", "imports.")):
            try:
                call(world)
            except (PermissionDenied, ValueError, LookupError):
                pass
    import_hours_file(_hours_sheet(world), actor, approve=True)
    orphans = database.execute_sql(
        "SELECT id FROM service_record WHERE state = 'approved' AND counts = 1 AND id NOT IN"
        " (SELECT record_id FROM outbox WHERE op = 'add' AND record_id IS NOT NULL)").fetchall()
    assert orphans == []
