"""Certificates (志愿服务记录证明): what counts, the register, the verification code, the PDF read back,
its QR code scanned, reprints, revocation, batches and the command line."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from contextlib import contextmanager

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from station_app import config
from station_app.audit import Actor, verify_chain
from station_app.audit.log import entries_for
from station_app.certificates import codes
from station_app.certificates.batch import batch_issue, team_members
from station_app.certificates.issue import CertificateError, issue_certificate, plan_certificate
from station_app.certificates.layout import PAGE_H, Qr, layout
from station_app.certificates.pdf import pdf_bytes
from station_app.certificates.register import (
    GENUINE,
    REVOKED,
    UNKNOWN,
    certificate_document,
    list_certificates,
    record_reprint,
    reprint_to_file,
    revoke_certificate,
    verify,
)
from station_app.certificates.verification import verify_text
from station_app.db import close_database, database, open_database
from station_app.db.models import Certificate, CertificateRecord
from station_app.demo import DEMO_STATION
from station_app.protocol import cert_link, signing
from station_app.roster.service import stored_volunteer, update_volunteer
from station_app.roster.validation import input_from_values
from station_app.station import settings
from support.certificates import (
    ID_NUMBER,
    MINUTES_2024,
    MINUTES_ALL,
    PLATFORM_NO,
    make_legacy,
    story_folder,
    tell_story,
)
from support.core import run_station_app

Y2024 = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
ISSUE_DAY = dt.date(2026, 11, 22)
CODE_RE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")


def pdftotext(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """Text without line breaks or spaces: a phrase wrapped across lines is whole again."""
    return "".join(text.split())


def issue_2024(story, actor, tmp_path, name="cert.pdf", **kw):
    out = tmp_path / name
    issued = issue_certificate(story.volunteer.id, actor, *Y2024, out=out, today=ISSUE_DAY, **kw)
    return issued, out


def scan_qr(pdf, doc, tmp_path, page: int = 1) -> str:
    """Render the page at 150 dpi, cut out the QR code with its quiet zone, and decode it with zbarimg."""
    qr = next(op for op in layout(doc)[page - 1].ops if isinstance(op, Qr))
    px = 150 / 25.4 / mm
    margin = 6 * mm
    x, y, size = (qr.x - margin) * px, (qr.y - margin) * px, (qr.size + 2 * margin) * px
    stem = tmp_path / f"qr{page}"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", "-f", str(page), "-l", str(page), "-x", str(int(x)),
                    "-y", str(int(y)), "-W", str(int(size)), "-H", str(int(size)), str(pdf), str(stem)], check=True)
    return subprocess.run(["zbarimg", "-q", "--raw", f"{stem}.png"], capture_output=True, text=True).stdout.strip()


# --- what counts ---------------------------------------------------------------------------------------------


def test_only_approved_records_on_counting_posts_within_the_period_count(story):
    plan = plan_certificate(story.volunteer.id, *Y2024)
    assert sorted(r.record_id for r in plan.records) == sorted(story.counted_2024)
    assert plan.total_minutes == MINUTES_2024  # no 日常值班, pending, rejected or voided time
    assert [(line.post_name, line.count, line.minutes) for line in plan.lines] == [
        ("垃圾分类桶前值守", 2, 270), ("文明交通劝导", 1, 135)]
    everything = plan_certificate(story.volunteer.id)
    assert everything.total_minutes == MINUTES_ALL
    assert (everything.period_start, everything.period_end) == (dt.date(2023, 12, 1), dt.date(2024, 6, 3))


def test_a_period_with_nothing_that_counts_is_refused_and_nothing_is_registered(story, actor, tmp_path):
    with pytest.raises(CertificateError, match="没有已审核、计入志愿服务时长的记录"):
        issue_certificate(story.idle.id, actor, out=tmp_path / "x.pdf")  # only 日常值班 time
    with pytest.raises(CertificateError):
        issue_certificate(story.volunteer.id, actor, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    with pytest.raises(CertificateError, match="晚于"):
        plan_certificate(story.volunteer.id, dt.date(2024, 6, 1), dt.date(2024, 5, 1))
    assert Certificate.select().count() == 0 and not (tmp_path / "x.pdf").exists()


def test_a_pdf_that_cannot_be_written_registers_nothing(story, actor, tmp_path):
    with pytest.raises(CertificateError, match="文件夹不存在"):
        issue_certificate(story.volunteer.id, actor, out=tmp_path / "missing" / "c.pdf")
    assert Certificate.select().count() == 0 and CertificateRecord.select().count() == 0


# --- the register ---------------------------------------------------------------------------------------------


def test_serials_number_each_year_from_one_and_the_register_keeps_the_records_used(story, actor):
    first = issue_certificate(story.volunteer.id, actor, *Y2024, today=ISSUE_DAY)
    second = issue_certificate(story.volunteer.id, actor, today=ISSUE_DAY)
    next_year = issue_certificate(story.volunteer.id, actor, today=dt.date(2027, 1, 4))
    assert [first.serial, second.serial, next_year.serial] == [
        "BJ-CY-0001-2026-000001", "BJ-CY-0001-2026-000002", "BJ-CY-0001-2027-000001"]
    row = Certificate.get(Certificate.serial == first.serial)
    assert (row.total_minutes, row.record_count, row.period_start, row.period_end, row.issue_date) == (
        MINUTES_2024, 3, *Y2024, ISSUE_DAY)
    assert (row.issued_by, row.handler, row.status, row.volunteer_id) == ("测试值班员", "测试值班员", "issued",
                                                                          story.volunteer.id)
    assert row.issued_at.startswith(dt.date.today().isoformat())
    used = CertificateRecord.select().where(CertificateRecord.certificate == row.id)
    assert sorted(r.record_id for r in used) == sorted(story.counted_2024)
    assert sum(r.minutes for r in used) == MINUTES_2024
    assert CODE_RE.match(first.code) and first.code == row.verification_code
    assert entries_for("certificate", first.serial)[0]["action"] == "certificate.issue"
    assert verify_chain() == []


def test_the_register_is_searched_by_name_or_serial(story, actor):
    a = issue_certificate(story.volunteer.id, actor, *Y2024, today=ISSUE_DAY)
    issue_certificate(story.volunteer.id, actor, today=ISSUE_DAY)
    assert [r.serial for r in list_certificates()] == ["BJ-CY-0001-2026-000002", a.serial]  # newest first
    assert len(list_certificates("秀英")) == 2 and list_certificates("李") == []
    assert [r.serial for r in list_certificates("000001")] == [a.serial]
    assert [r.serial for r in list_certificates("bj-cy-0001-2026-000001")] == [a.serial]
    assert list_certificates("%") == [] and list_certificates("_") == []  # LIKE wildcards are plain text
    revoke_certificate(a.serial, "期间有误", actor)
    assert [r.serial for r in list_certificates(status="revoked")] == [a.serial]
    assert len(list_certificates(status="issued")) == 1


# --- the verification code ---------------------------------------------------------------------------------------


def test_the_code_verifies_and_a_changed_code_or_serial_does_not(story, actor):
    issued = issue_certificate(story.volunteer.id, actor, *Y2024, today=ISSUE_DAY)
    result = verify(issued.serial, issued.code)
    assert result.status == GENUINE and result.verdict == "真实有效"
    assert "张秀英" in result.message and "6.8 小时" in result.message
    typed = issued.code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert verify(" " + issued.serial.lower(), typed).status == GENUINE  # as people type it
    wrong = issued.code[:-1] + ("A" if issued.code[-1] != "A" else "B")
    assert verify(issued.serial, wrong).status == UNKNOWN
    assert verify("BJ-CY-0001-2026-000099", issued.code).status == UNKNOWN
    assert verify(issued.serial, "").status == UNKNOWN


def test_a_register_row_changed_outside_the_app_no_longer_verifies(story, actor):
    issued = issue_certificate(story.volunteer.id, actor, *Y2024, today=ISSUE_DAY)
    database.execute_sql("UPDATE certificate SET total_minutes = 6000 WHERE serial = ?", (issued.serial,))
    assert verify(issued.serial, issued.code).status == UNKNOWN


def test_correcting_a_counted_record_flags_the_certificate_in_the_register_and_its_verification(story, actor):
    from station_app.hours import review
    from station_app.hours.records import RecordInput, get_record

    issued = issue_certificate(story.volunteer.id, actor, *Y2024, today=ISSUE_DAY)
    other = issue_certificate(story.volunteer.id, actor, today=ISSUE_DAY)  # all years: counts the same record
    counted = CertificateRecord.select().where(CertificateRecord.certificate == issued.certificate_id).first()
    old = get_record(counted.record_id)
    review.correct(old.id, RecordInput(old.volunteer_id, old.post_id, old.start, old.end - dt.timedelta(minutes=30)),
                   "签到表核对，少 30 分钟", actor)
    row = next(r for r in list_certificates() if r.serial == issued.serial)
    assert row.records_changed_at and row.status == "issued"
    result = verify(issued.serial, issued.code)
    assert result.status == GENUINE and "被更正" in result.message  # genuine as issued, and says it changed
    flagged = [e for e in entries_for("certificate", issued.serial) if e["action"] == "certificate.records_changed"]
    assert len(flagged) == 1 and flagged[0]["reason"] == "签到表核对，少 30 分钟"
    assert next(r for r in list_certificates() if r.serial == other.serial).records_changed_at
    assert verify_chain() == []


def test_an_old_hmac_certificate_keeps_verifying_and_is_keyed_with_the_station_secret(story, actor):
    issued = issue_certificate(story.volunteer.id, actor, *Y2024, today=ISSUE_DAY)
    code = make_legacy(issued.serial)
    assert verify(issued.serial, code).status == GENUINE
    assert verify_text(f"VOLCERT:{issued.serial}:{code}").status == GENUINE  # the old QR text, scanned
    assert verify_text(f"{issued.serial} {code}").status == GENUINE  # typed from the paper
    database.execute_sql("UPDATE station SET secret = ?", ("ab" * 32,))
    assert verify(issued.serial, code).status == UNKNOWN


def test_a_signed_certificate_does_not_depend_on_the_station_secret(story, actor):
    issued = issue_certificate(story.volunteer.id, actor, *Y2024, today=ISSUE_DAY)
    database.execute_sql("UPDATE station SET secret = ?", ("ab" * 32,))
    assert verify(issued.serial, issued.code).status == GENUINE
    assert verify_text(issued.doc.qr_text).status == GENUINE


def test_codes_and_qr_text_round_trip():
    code = codes.verification_code("00" * 32, ["1", "x"])
    assert CODE_RE.match(code)
    assert codes.verification_code("00" * 32, ["1", "y"]) != code
    text = codes.qr_text("BJ-CY-0001-2026-000042", "K7Q2-9MZD")
    assert text == "VOLCERT:BJ-CY-0001-2026-000042:K7Q2-9MZD"
    assert codes.parse_pair(text) == ("BJ-CY-0001-2026-000042", "K7Q2-9MZD")
    assert codes.parse_pair("bj-cy-0001-2026-000042  k7q2 9mzd") is None  # a code split in two is not guessed
    assert codes.parse_pair("ＢＪ-CY-0001-2026-000042 k7q29mzd") == ("BJ-CY-0001-2026-000042", "K7Q2-9MZD")
    assert codes.parse_pair("hello") is None
    assert codes.normalize_code("k7q2-9mzu") is None  # U is not in Crockford's alphabet


# --- the PDF --------------------------------------------------------------------------------------------------


def test_the_pdf_carries_every_field_the_law_and_the_issue_ask_for(story, actor, tmp_path):
    issued, out = issue_2024(story, actor, tmp_path)
    text = pdftotext(out)
    body = flat(text)
    for field in ("志愿服务记录证明", "张秀英", "居民身份证", "110105********3945"[:6] + "********" + ID_NUMBER[-4:],
                  PLATFORM_NO, "2024年1月1日至2024年12月31日", "6.8小时", "共3次",
                  "垃圾分类桶前值守", "指导居民垃圾分类投放", "文明交通劝导", "路口文明交通劝导", "4.5", "2.3",
                  DEMO_STATION.name, DEMO_STATION.organisation, "负责人：" + DEMO_STATION.person_in_charge,
                  "经办人：测试值班员", "联系电话：" + DEMO_STATION.phone, "编号：" + issued.serial,
                  "出具日期：2026年11月22日", "（公章）", "验证码：" + issued.code, "兹证明", "特此证明"):
        assert flat(field) in body, field
    assert ID_NUMBER not in body  # the full ID number is never printed
    assert "日常值班" not in body.replace("日常值班、会议", "")  # only in the notes' general rule
    assert "副本" not in body and "已作废" not in body
    assert "第1页" not in body and "骑缝章" not in body  # one page: no page numbers, no seal across pages
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]  # A4
    assert issued.serial in reader.pages[0].extract_text() and "张秀英" in reader.pages[0].extract_text()
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all("WenQuanYi" in line and " yes yes yes " in line for line in fonts)  # embedded subsets only


def test_the_qr_code_scans_to_the_signed_link_and_the_printed_code_comes_from_the_signature(story, actor, tmp_path):
    issued, out = issue_2024(story, actor, tmp_path)
    scanned = scan_qr(out, issued.doc, tmp_path)
    assert scanned == issued.doc.qr_text and scanned.startswith("VOLSIG1:")
    link = cert_link.parse(scanned)
    row = Certificate.get(Certificate.serial == issued.serial)
    assert (link.key_id, link.signature, link.message.decode()) == (row.key_id, row.signature, row.signed_message)
    assert link.fields["total_minutes"] == MINUTES_2024 and link.fields["volunteer_name"] == "张秀英"
    assert issued.code == signing.short_code(link.signature) and "验证码：" + issued.code in flat(pdftotext(out))
    assert verify_text(scanned).status == GENUINE
    assert verify(issued.serial, issued.code).status == GENUINE
    changed = issued.code[:5] + ("Z" if issued.code[5] != "Z" else "Y") + issued.code[6:]
    assert verify(issued.serial, changed).status == UNKNOWN


def test_with_a_verification_address_the_qr_code_is_the_platforms_page_and_reprints_carry_it(story, actor, tmp_path):
    settings.put(config.CERT_VERIFY_URL, "https://volunteer.example.cn/", actor)
    issued, out = issue_2024(story, actor, tmp_path)
    scanned = scan_qr(out, issued.doc, tmp_path)
    assert scanned.startswith(f"https://volunteer.example.cn/verify/{issued.serial}?m=")
    assert verify_text(scanned).status == GENUINE
    copy = certificate_document(issued.serial)
    assert copy.qr_text == scanned and copy.code == issued.code


def test_the_star_level_is_shown_only_once_reached(story, actor, tmp_path):
    _issued, out = issue_2024(story, actor, tmp_path, "none.pdf")
    assert "★" not in pdftotext(out) and "星志愿者" not in pdftotext(out)
    settings.put(config.STAR_THRESHOLDS, "2,5,100,300,600", actor)  # 7.8 approved hours: two stars
    issued, out = issue_2024(story, actor, tmp_path, "two.pdf")
    assert issued.doc.stars == 2
    text = flat(pdftotext(out))
    assert "累计志愿服务时长已达到二星志愿者标准（5小时）" in text and "共7.8小时" in text
    assert "★" not in text and "星级为" not in text  # a station says what hours reached; the federation grants levels


def test_the_annex_lists_every_record_with_page_numbers_and_the_seal_across_pages(story, actor, tmp_path):
    issued, out = issue_2024(story, actor, tmp_path, annex=True)
    assert len(PdfReader(out).pages) == 2
    body = flat(pdftotext(out))
    for field in ("附件：志愿服务记录明细", "第1页共2页", "第2页共2页", "骑缝章", "2024-05-0607:00–09:30",
                  "2024-05-1307:00–09:00", "2024-06-0316:00–18:15", "合计", "3条", "附件：志愿服务记录明细，共1页"):
        assert field in body, field
    assert "2024-05-1307:00–08:00" not in body  # the voided original
    assert scan_qr(out, issued.doc, tmp_path) == issued.doc.qr_text  # page 1 still scans


def test_a_long_history_keeps_the_certificate_on_one_page_and_the_details_in_the_annex(story, actor, tmp_path):
    from station_app.posts.service import PostInput, create_post
    from support.certificates import _add
    for i in range(14):
        post = create_post(PostInput(f"社区服务岗位第{i}号", f"P-X{i}"), actor)
        _add(actor, story.volunteer, post, dt.date(2024, 8, 1) + dt.timedelta(days=i), "08:00", "10:00",
             f"第{i}项服务内容，协助社区开展各类志愿服务活动")
    issued, out = issue_2024(story, actor, tmp_path, annex=True)
    pages = pdftotext(out).split("\f")[:-1]
    assert len(pages) == len(layout(issued.doc)) == 2
    first, annex = flat(pages[0]), flat(pages[1])
    assert "特此证明" in first and "验证码" in first and "其他" in first and "个岗位" in first  # gathered in one row
    assert "第1页共2页" in first and annex.startswith("编号：") and "附件：志愿服务记录明细" in annex
    assert all(f"社区服务岗位第{i}号" in annex for i in range(14))
    assert scan_qr(out, issued.doc, tmp_path) == issued.doc.qr_text


# --- reprints and revocation -----------------------------------------------------------------------------------


def test_a_reprint_has_the_same_serial_and_code_marked_copy_and_is_logged(story, actor, tmp_path):
    issued, out = issue_2024(story, actor, tmp_path)
    copy = tmp_path / "copy.pdf"
    doc = reprint_to_file(issued.serial, copy, Actor("王站长"), annex=True)
    assert (doc.serial, doc.code, doc.copy) == (issued.serial, issued.code, True)
    text = flat(pdftotext(copy))
    assert "副本" in text and issued.serial in text and issued.code in text and "6.8小时" in text
    assert scan_qr(copy, doc, tmp_path) == issued.doc.qr_text
    assert record_reprint(issued.serial, actor, "print").count == 2
    assert Certificate.get(Certificate.serial == issued.serial).copies == 2
    log = entries_for("certificate", issued.serial)
    assert [e["action"] for e in log] == ["certificate.issue", "certificate.reprint", "certificate.reprint"]
    assert log[1]["actor"] == "王站长"


def test_a_reprint_says_what_was_certified_even_after_the_roster_changed(story, actor):
    issued = issue_certificate(story.volunteer.id, actor, *Y2024, today=ISSUE_DAY)
    values = stored_volunteer(story.volunteer.id).values
    inp = input_from_values(values)
    inp.name = "张秀瑛"
    update_volunteer(story.volunteer.id, inp, actor, reason="姓名录错")
    doc = certificate_document(issued.serial)
    assert doc.volunteer_name == "张秀英" and doc.code == issued.code
    assert verify(issued.serial, issued.code).status == GENUINE


def test_revoking_needs_a_reason_is_logged_and_verifies_as_revoked(story, actor, tmp_path):
    issued, _out = issue_2024(story, actor, tmp_path)
    with pytest.raises(CertificateError, match="原因"):
        revoke_certificate(issued.serial, "   ", actor)
    row = revoke_certificate(issued.serial, "服务期间填写有误", actor)
    assert (row.status, row.revoke_reason) == ("revoked", "服务期间填写有误")
    result = verify(issued.serial, issued.code)
    assert result.status == REVOKED and "服务期间填写有误" in result.message
    with pytest.raises(CertificateError, match="已于"):
        revoke_certificate(issued.serial, "again", actor)
    entry = entries_for("certificate", issued.serial)[-1]
    assert (entry["action"], entry["reason"], entry["after"]) == ("certificate.revoke", "服务期间填写有误",
                                                                  {"status": "revoked"})
    assert "已作废" in pdftotext_bytes(pdf_bytes([certificate_document(issued.serial)]), tmp_path)
    with pytest.raises(CertificateError, match="没有编号"):
        revoke_certificate("BJ-CY-0001-2026-000404", "x", actor)


def pdftotext_bytes(data: bytes, tmp_path) -> str:
    path = tmp_path / "bytes.pdf"
    path.write_bytes(data)
    return pdftotext(path)


# --- batches ------------------------------------------------------------------------------------------------------


def test_a_team_in_one_pdf_skips_whoever_has_nothing_to_certify(story, actor, tmp_path):
    calls = []
    ids = team_members("垃圾分类督导队")
    assert set(ids) == {story.volunteer.id, story.idle.id}
    out = tmp_path / "team.pdf"
    result = batch_issue(ids, actor, out, combined=True, progress=lambda d, t: calls.append((d, t)))
    assert [name for _s, name in result.issued] == ["张秀英"]
    assert [(vid, name) for vid, name, _why in result.skipped] == [(story.idle.id, "李建国")]
    assert result.files == [out] and not result.cancelled and calls[-1] == (2, 2)
    assert len(PdfReader(out).pages) == 1 and result.issued[0][0] in pdftotext(out)
    assert "1 人没有可证明的记录" in result.describe()


def test_a_batch_writes_one_pdf_each_and_stops_when_cancelled(story, actor, tmp_path):
    from station_app.roster.service import add_volunteer
    from station_app.roster.validation import VolunteerInput
    from support.certificates import _add
    from support.core import make_id

    others = []
    for i, name in enumerate(("王芳", "刘洋", "陈静")):
        v = add_volunteer(VolunteerInput(name=name, id_number=make_id("110105", "19700101", 200 + i)), actor)
        _add(actor, v, story.garbage, dt.date(2024, 7, 1 + i), "08:00", "09:00", "指导居民垃圾分类投放")
        others.append(v.id)
    folder = tmp_path / "each"
    folder.mkdir()
    result = batch_issue([story.volunteer.id] + others, actor, folder, combined=False, annex=True)
    assert len(result.issued) == 4 and len(result.files) == 4
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{s}_{n}.pdf" for s, n in result.issued)
    for path, (serial, name) in zip(result.files, result.issued):
        assert serial in pdftotext(path) and name in pdftotext(path)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # cancel after two certificates

    result = batch_issue(others, actor, tmp_path / "some.pdf", combined=True, cancelled=cancelled)
    assert result.cancelled and len(result.issued) == 2
    assert len(PdfReader(tmp_path / "some.pdf").pages) == 2  # what was issued has its pages
    assert Certificate.select().count() == 6
    assert "已取消" in result.describe()


# --- the command line ---------------------------------------------------------------------------------------------


def station_app(*args: str) -> subprocess.CompletedProcess:
    return run_station_app(*args)


def test_command_line_issues_verifies_reprints_and_revokes(tmp_path):
    folder = story_folder(tmp_path)
    out = tmp_path / "c.pdf"
    proc = station_app("--data-dir", str(folder), "certificate", "--volunteer", ID_NUMBER.lower(), "--from",
                       "2024-01-01", "--to", "2024-12-31", "--handler", "刘经办", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    serial = proc.stdout.splitlines()[0]
    assert re.fullmatch(r"BJ-CY-0001-\d{4}-000001", serial)
    code = re.search(r"验证码 (\S{4}-\S{4})", proc.stdout).group(1)
    assert "6.8 小时" in proc.stdout and "经办人：刘经办" in flat(pdftotext(out))

    assert station_app("--data-dir", str(folder), "profile", "operator", "王值班").returncode == 0
    proc = station_app("--data-dir", str(folder), "certificate", "--volunteer", PLATFORM_NO, "--annex", "--out",
                       str(tmp_path / "all.pdf"))  # the handler: the operator just set
    assert proc.returncode == 0 and proc.stdout.splitlines()[0].endswith("000002")
    assert "7.8 小时" in proc.stdout and len(PdfReader(tmp_path / "all.pdf").pages) == 2

    ok = station_app("--data-dir", str(folder), "verify-certificate", serial, code)
    assert ok.returncode == 0 and ok.stdout.startswith("真实有效（genuine）")
    assert station_app("--data-dir", str(folder), "verify-certificate", f"VOLCERT:{serial}:{code}").returncode == 0
    bad = station_app("--data-dir", str(folder), "verify-certificate", serial, "AAAA-AAAA")
    assert bad.returncode == 4 and bad.stdout.startswith("无法核实（unknown）")
    assert station_app("--data-dir", str(folder), "verify-certificate", "XX-2026-000001", code).returncode == 4

    copy = station_app("--data-dir", str(folder), "reprint-certificate", serial, "--out", str(tmp_path / "copy.pdf"))
    assert copy.returncode == 0 and "副本" in pdftotext(tmp_path / "copy.pdf")
    revoked = station_app("--data-dir", str(folder), "revoke-certificate", serial, "--reason", "重复出具")
    assert revoked.returncode == 0, revoked.stderr
    gone = station_app("--data-dir", str(folder), "verify-certificate", serial, code)
    assert gone.returncode == 3 and "重复出具" in gone.stdout and gone.stdout.startswith("已作废（revoked）")


@pytest.mark.parametrize("args, message", [
    (("certificate", "--volunteer", "110105194912310000", "--out", "c.pdf"), "名册中没有"),
    (("certificate", "--volunteer", PLATFORM_NO, "--out", "X/c.pdf"), "文件夹不存在"),
    (("certificate", "--volunteer", PLATFORM_NO, "--out", "c.txt"), ".pdf"),
    (("certificate", "--volunteer", PLATFORM_NO, "--from", "2025-01-01", "--to", "2025-12-31", "--out", "c.pdf"),
     "不能出具证明"),
    (("certificate", "--volunteer", PLATFORM_NO, "--from", "2030-01-01", "--out", "c.pdf"), "晚于"),
    (("certificate", "--volunteer", PLATFORM_NO, "--from", "昨天", "--out", "c.pdf"), "无法识别"),
    (("revoke-certificate", "BJ-CY-0001-2026-000009", "--reason", "x"), "没有编号"),
    (("verify-certificate", "no-code-here"), "请扫描证明上的二维码，或输入证明编号和验证码"),
])
def test_command_line_refusals_are_one_line_and_exit_1(tmp_path, args, message):
    folder = tmp_path / "station"
    open_database(folder)
    try:
        tell_story(Actor("准备数据", role="admin"))
    finally:
        close_database()
    args = tuple(str(tmp_path / a) if a.endswith((".pdf", ".txt")) else a for a in args)
    proc = station_app("--data-dir", str(folder), *args)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith("错误：") and message in proc.stderr
    assert not list(tmp_path.glob("*.pdf"))


def test_the_page_layout_fits_a4(story, actor):
    issued = issue_certificate(story.volunteer.id, actor, *Y2024, annex=True, today=ISSUE_DAY)
    for page in layout(issued.doc):
        for op in page.ops:
            y = getattr(op, "y", getattr(op, "cy", 0))
            assert 0 <= y <= PAGE_H


def _volunteers_with_an_hour(story, actor, count: int, first_seq: int) -> list[int]:
    from station_app.roster.service import add_volunteer
    from station_app.roster.validation import VolunteerInput
    from support.certificates import _add
    from support.core import make_id

    ids = []
    for i in range(count):
        name = "志愿者" + "甲乙丙丁戊己庚辛壬癸"[i % 10] + "一二三四五六七八九十"[i // 10]
        v = add_volunteer(VolunteerInput(name=name, id_number=make_id("110105", "19700101", first_seq + i)), actor)
        _add(actor, v, story.garbage, dt.date(2024, 7, 1 + i % 28), "08:00", "09:00", "指导居民垃圾分类投放")
        ids.append(v.id)
    return ids


def test_a_big_batch_of_files_is_drawn_in_worker_processes_and_each_file_is_whole(story, actor, tmp_path,
                                                                                   monkeypatch):
    """30 certificates into a folder: drawn side by side in spawned processes, each PDF registered, named and
    readable; one volunteer with nothing to certify is skipped, not fatal."""
    from station_app.certificates import render_pool

    monkeypatch.setattr(render_pool.os, "cpu_count", lambda: 2)  # the pool, whatever machine runs the test
    monkeypatch.setattr(render_pool, "SMALLEST_BATCH", 24)
    ids = _volunteers_with_an_hour(story, actor, 30, 300)
    assert render_pool.workers_for(len(ids) + 1) == 2
    folder = tmp_path / "team"
    folder.mkdir()
    seen = []
    result = batch_issue(ids + [story.idle.id], actor, folder, combined=False,
                         progress=lambda done, total: seen.append((done, total)))
    assert len(result.issued) == 30 and [s[1] for s in result.skipped] == [story.idle.name]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{s}_{n}.pdf" for s, n in result.issued)
    for path, (serial, name) in zip(result.files[::7], result.issued[::7]):
        text = pdftotext(path)
        assert serial in text and name in text and "累计志愿服务时长 1.0 小时" in text
    assert Certificate.select().count() == 30 and seen[-1] == (31, 31)


def test_a_failure_while_writing_a_chunk_rolls_it_back_and_removes_its_files(story, actor, tmp_path, monkeypatch):
    """The disk fails on the third file of a chunk: the chunk's certificates are not registered and its files
    are gone; the chunks before it stay issued, each with its PDF."""
    from station_app.certificates import issue, render_pool

    monkeypatch.setattr(render_pool.os, "cpu_count", lambda: 4)
    monkeypatch.setattr(render_pool, "SMALLEST_BATCH", 24)
    ids = _volunteers_with_an_hour(story, actor, 24, 400)
    folder = tmp_path / "team"
    folder.mkdir()
    real_write, calls = issue.write_bytes_atomically, []

    def failing_write(path, data):
        calls.append(path)
        if len(calls) == 7:  # the 3rd file of the 2nd chunk of 4
            raise OSError("设备上没有空间")
        return real_write(path, data)

    monkeypatch.setattr(issue, "write_bytes_atomically", failing_write)
    with pytest.raises(OSError):
        batch_issue(ids, actor, folder, combined=False)
    assert Certificate.select().count() == 4
    registered = {c.serial for c in Certificate.select()}
    assert {p.name.split("_")[0] for p in folder.iterdir()} == registered


def test_drawing_processes_that_cannot_start_leave_the_batch_to_this_process(story, actor, tmp_path, monkeypatch):
    """A PC where worker processes fail (an antivirus, a broken bundle): the batch is still issued, drawn here."""
    from concurrent.futures.process import BrokenProcessPool

    from station_app.certificates import render_pool

    class Broken:
        def map(self, fn, docs):
            raise BrokenProcessPool("a worker died")

    @contextmanager
    def broken_drawer(count):
        yield render_pool.Drawer(Broken(), 4)

    monkeypatch.setattr("station_app.certificates.batch.drawer", broken_drawer)
    ids = _volunteers_with_an_hour(story, actor, 6, 500)
    folder = tmp_path / "team"
    folder.mkdir()
    result = batch_issue(ids, actor, folder, combined=False)
    assert len(result.issued) == 6 and len(list(folder.iterdir())) == 6
    assert all(pdftotext(p).startswith("编号：") for p in result.files)
