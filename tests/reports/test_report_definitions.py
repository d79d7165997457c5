"""Each definition of docs/reports.md on data built to catch its off-by-one mistakes (support/reports.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.audit import Actor
from station_app.errors import PermissionDenied
from station_app.hours import review
from station_app.hours.records import RecordInput
from station_app.reports import periods
from station_app.reports.activity import activity_table
from station_app.reports.behind import counted_records
from station_app.reports.figures import Figures, report, sentence, totals
from station_app.reports.roster_figures import roster_figures
from support.reports import bj

MAY = periods.month(2024, 5)
JUNE = periods.month(2024, 6)


def test_the_four_figures_count_only_approved_service_starting_in_the_period(report_station):
    # 张三 120+90, 李四 120 (the correction, not 60+120) + 90 (starts 05-31 23:30); people 10+0+8+2.
    assert totals(MAY) == Figures(volunteers=2, shifts=4, people_served=20, minutes=420)
    assert sentence(totals(MAY)) == "2 名志愿者完成 4 上岗人次，为 20 人次提供服务，总服务时长 7.0 小时"


def test_a_record_starting_2330_on_the_last_day_is_that_months_and_the_station_clock_decides(report_station):
    june = totals(JUNE)
    assert june == Figures(volunteers=1, shifts=1, people_served=3, minutes=60)  # 王五 06-01 07:30 +08:00 only
    last_day = totals(periods.between(dt.date(2024, 5, 31), dt.date(2024, 5, 31)))
    assert last_day == Figures(1, 1, 2, 90)
    first_of_june = totals(periods.between(dt.date(2024, 6, 1), dt.date(2024, 6, 1)))
    assert first_of_june == Figures(1, 1, 3, 60)  # 李四's record ends on 06-01 but started in May


def test_a_correction_replaces_and_moves_with_its_new_start(report_station, actor):
    rows = counted_records(MAY, "all", None, actor)
    ids = [r.id for r in rows]
    assert report_station.corrected in ids and report_station.voided not in ids
    corrected = next(r for r in rows if r.id == report_station.corrected)
    assert (corrected.minutes, corrected.people_served, corrected.corrects_id) == (120, 8, report_station.voided)
    # Corrected again into June: May loses it, June gains it; nothing is counted twice.
    again = review.correct(report_station.corrected, RecordInput(
        report_station.people["李四"], report_station.posts["garbage"], bj("2024-06-03", "09:00"),
        bj("2024-06-03", "10:00"), people_served=1), "日期录错", actor)
    assert totals(MAY) == Figures(2, 3, 12, 300)
    assert totals(JUNE) == Figures(2, 2, 4, 120)
    assert totals(periods.between(dt.date(2024, 5, 1), dt.date(2024, 6, 30))) == Figures(3, 5, 16, 420)
    assert again.corrects_id == report_station.corrected


def test_voided_rejected_pending_open_and_non_service_records_never_count(report_station, actor):
    whole = periods.between(dt.date(2024, 5, 1), dt.date(2024, 6, 30))
    posts = {r.post_name for r in counted_records(whole, "all", None, actor)}
    names = {r.volunteer_name for r in counted_records(MAY, "all", None, actor)}
    assert "日常值班" not in posts
    assert names == {"张三", "李四"}  # 王五 (duty, pending) and 赵六 (rejected, open) do not appear in May
    # The same records approved would count: the filter is the state, not the person.
    pending = [r for r in review.review_queue("pending") if r.volunteer_name == "王五"]
    review.approve([pending[0].id], actor)
    assert totals(MAY) == Figures(3, 5, 29, 540)


def test_an_empty_people_served_counts_zero_and_does_not_empty_the_sum(report_station):
    by_post = {g.label: g.figures for g in report(MAY, "post").groups}
    assert by_post["文明交通劝导"] == Figures(1, 1, 0, 90)  # 张三's record has no people served
    assert by_post["垃圾分类督导"] == Figures(2, 3, 20, 330)


def test_groupings_count_a_person_once_per_group_and_once_in_the_total(report_station):
    by_post = report(MAY, "post")
    assert sum(g.figures.volunteers for g in by_post.groups) == 3  # 张三 on two posts
    assert by_post.total.volunteers == 2
    assert sum(g.figures.shifts for g in by_post.groups) == by_post.total.shifts
    assert sum(g.figures.minutes for g in by_post.groups) == by_post.total.minutes
    by_category = {g.label: g.figures for g in report(MAY, "category").groups}
    assert by_category == {"环境保护": Figures(2, 3, 20, 330), "文明交通": Figures(1, 1, 0, 90)}
    by_team = {g.label: g.figures for g in report(MAY, "team").groups}
    assert by_team == {"第一队": Figures(2, 4, 20, 420)}
    quarter = report(periods.quarter(2024, 2), "month")
    assert [(g.label, g.figures.minutes) for g in quarter.groups] == [("2024-04", 0), ("2024-05", 420), ("2024-06", 60)]
    assert quarter.total == Figures(3, 5, 23, 480)


def test_the_monthly_activity_table_has_one_row_per_post_and_day(report_station):
    rows = [(r.day.isoformat(), r.post_name, r.place, r.figures) for r in activity_table(MAY)]
    assert rows == [("2024-05-06", "垃圾分类督导", "3号楼", Figures(2, 2, 18, 240)),
                    ("2024-05-07", "文明交通劝导", "路口", Figures(1, 1, 0, 90)),
                    ("2024-05-31", "垃圾分类督导", "3号楼", Figures(1, 1, 2, 90))]


def test_the_records_behind_a_row_mask_id_numbers_for_every_role(report_station):
    operator = Actor("值班员甲", role="operator")
    rows = counted_records(MAY, "post", report_station.posts["garbage"], operator)
    assert [(r.volunteer_name, r.start.strftime("%m-%d %H:%M"), r.minutes) for r in rows] == [
        ("张三", "05-06 09:00", 120), ("李四", "05-06 09:00", 120), ("李四", "05-31 23:30", 90)]
    for r in rows:
        assert r.id_masked.startswith("110105") and "*" * 8 in r.id_masked and len(r.id_masked) == 18
    day_rows = counted_records(MAY, "activity", (report_station.posts["garbage"], dt.date(2024, 5, 31)), operator)
    assert [r.id for r in day_rows] == [report_station.last_day]
    with pytest.raises(PermissionDenied):
        counted_records(MAY, "all", None, Actor("路人", role="volunteer"))


def test_new_volunteers_roster_and_certificates(report_station):
    today = dt.date.today()
    now = roster_figures(periods.current_month(today))
    assert (now.new_volunteers, now.on_roster) == (4, 4)
    before = roster_figures(MAY)
    assert (before.new_volunteers, before.on_roster, before.certificates) == (0, 0, 0)


def test_certificates_issued_in_the_period_are_counted_with_the_revoked_ones_apart(report_station, actor, tmp_path):
    from station_app.certificates.issue import issue_certificate
    from station_app.certificates.register import revoke_certificate

    first = issue_certificate(report_station.people["张三"], actor, dt.date(2024, 5, 1), dt.date(2024, 5, 31),
                              handler="经办人", out=tmp_path / "a.pdf")
    issue_certificate(report_station.people["李四"], actor, dt.date(2024, 5, 1), dt.date(2024, 5, 31),
                      handler="经办人", out=tmp_path / "b.pdf")
    revoke_certificate(first.serial, "重复出具", actor)
    f = roster_figures(periods.current_month())
    assert (f.certificates, f.certificates_revoked) == (2, 1)


def test_periods_name_themselves_and_refuse_a_backward_range():
    assert periods.between(dt.date(2024, 4, 1), dt.date(2024, 6, 30)).label == "2024 年第 2 季度"
    assert periods.between(dt.date(2024, 2, 1), dt.date(2024, 2, 29)).label == "2024 年 2 月"
    assert periods.year(2024).months()[-1] == 202412
    with pytest.raises(periods.PeriodError, match="早于"):
        periods.between(dt.date(2024, 5, 2), dt.date(2024, 5, 1))


def _all_answers(period):
    from station_app.reports.figures import grouped, raw_grouped, raw_totals

    return [(totals(period), raw_totals(period))] + [(grouped(period, by), raw_grouped(period, by))
                                                     for by in ("month", "post")]


def test_the_figures_kept_by_the_writes_agree_with_the_records_through_every_change(report_station, actor):
    """Check-in, entry, approval, rejection, correction, and a record's deletion: the kept tally and a
    count from the records give the same answer for months, quarters and years."""
    from station_app.db import database

    spans = [MAY, JUNE, periods.quarter(2024, 2), periods.year(2024)]

    def agree():
        for p in spans:
            for kept, counted in _all_answers(p):
                assert kept == counted, p

    agree()
    review.correct(report_station.last_day, RecordInput(
        report_station.people["李四"], report_station.posts["traffic"], bj("2024-06-30", "23:30"),
        bj("2024-07-01", "00:30"), people_served=None), "岗位录错", actor)
    pending = [r.id for r in review.review_queue("pending")]
    review.approve(pending, actor)
    agree()
    assert totals(periods.quarter(2024, 2)).volunteers == 3
    database.execute_sql("DELETE FROM outbox")
    database.execute_sql("DELETE FROM certificate_record")
    database.execute_sql("DELETE FROM service_record WHERE id = ?", (report_station.corrected,))
    agree()
    assert totals(periods.year(2024)) == Figures(3, 5, 22, 450)
