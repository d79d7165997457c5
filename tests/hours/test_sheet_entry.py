"""The sign-in sheet grid's core (签到表录入): every row checked by the same rules, saved all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.audit import verify_chain
from station_app.db.models import AuditEntry, ServiceRecord
from station_app.hours import records
from station_app.hours.records import RecordInput
from station_app.hours.sheet_entry import SheetRefused, SheetRow, check_sheet, save_sheet
from station_app.roster.service import set_status
from support.hours import DAY, at


def test_each_rule_is_named_on_its_row(people, posts, actor):
    zhang, li, wang, zhao = (p.id for p in people)
    records.add_record(RecordInput(zhao, posts.garbage.id, at("08:00"), at("10:00")), actor)
    set_status(wang, "inactive", actor, "搬走了")
    future = dt.datetime.now().astimezone() + dt.timedelta(days=2)
    rows = [
        SheetRow(1, zhang, at("07:00"), at("09:00"), 12),
        SheetRow(2, zhang, at("08:30"), at("10:00")),                       # overlaps row 1
        SheetRow(3, li, at("09:00"), at("08:00")),                          # end before start
        SheetRow(4, li, at("07:00"), at("07:00", DAY + dt.timedelta(2))),   # over 24 h
        SheetRow(5, li, future, future + dt.timedelta(hours=1)),             # future
        SheetRow(6, wang, at("07:00"), at("09:00")),                        # inactive
        SheetRow(7, zhao, at("09:00"), at("11:00")),                        # overlaps a record held
        SheetRow(8, li, at("14:00"), at("16:00")),
    ]
    reasons = check_sheet(posts.garbage.id, rows)
    assert set(reasons) == {2, 3, 4, 5, 6, 7}
    assert "本表第 1 行" in reasons[2] and "晚于开始" in reasons[3] and "24 小时" in reasons[4]
    assert "将来" in reasons[5] and "已停用" in reasons[6] and "已有记录" in reasons[7]


def test_saving_writes_every_row_pending_or_nothing(people, posts, actor):
    zhang, li = people[0].id, people[1].id
    good = [SheetRow(1, zhang, at("07:00"), at("09:00"), 12), SheetRow(2, li, at("07:00"), at("09:30"))]
    before = AuditEntry.select().count()
    with pytest.raises(SheetRefused) as refused:
        save_sheet(posts.garbage.id, [*good, SheetRow(3, li, at("09:00"), at("10:00"))], actor)
    assert refused.value.reasons.keys() == {3} and "第 3 行" in str(refused.value)
    assert ServiceRecord.select().count() == 0 and AuditEntry.select().count() == before
    result = save_sheet(posts.garbage.id, good, actor)
    assert result.count == 2
    saved = list(ServiceRecord.select().order_by(ServiceRecord.id))
    assert [(r.state, r.source, r.minutes, r.people_served) for r in saved] == [
        ("pending", "manual", 120, 12), ("pending", "manual", 150, None)]
    (sheet,) = AuditEntry.select().where(AuditEntry.action == "hours.sheet_entry")
    assert '"records": 2' in sheet.after
    assert AuditEntry.select().where(AuditEntry.action == "record.create").count() == 2
    assert verify_chain() == []
