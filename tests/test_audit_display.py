"""What staff read in the audit viewer's 修改前/修改后 columns: Chinese names, readable values, numbers masked.

Each case makes a real change through the service and reads it back with
station_app.audit.query.search, as the viewer does. The stored entries (and
their hash chain) stay as they were: this is display only.
"""

from __future__ import annotations

import json

from core_fixtures import adult_input, make_id
from hours_fixtures import at, people, posts  # noqa: F401  (fixtures)

from station_app import config
from station_app.audit.field_labels import describe_fields, field_label
from station_app.audit.log import verify_chain
from station_app.audit.query import AuditFilter, search
from station_app.db.models import AuditEntry
from station_app.hours.records import RecordInput, add_record
from station_app.hours.review import approve
from station_app.posts.service import PostInput, create_post
from station_app.posts.shifts import create_shift, sign_up
from station_app.roster.service import add_volunteer, set_status
from station_app.staff.accounts import create_first_admin, create_staff, set_role
from station_app.station import settings


def newest(action: str):
    rows = search(AuditFilter(action=action)).rows
    assert rows, action
    return rows[0]


def test_a_new_post_reads_in_chinese(db, actor):
    create_post(PostInput("垃圾分类督导", "p-garbage", place="3号楼", category="环境保护", capacity=6), actor)
    row = newest("post.create")
    assert row.before == ""
    assert row.after == ("岗位名称：垃圾分类督导；岗位编码：P-GARBAGE；地点：3号楼；类别：环境保护；说明：（空）；"
                         "人数上限：6；计入志愿服务时长：是；启用：是")


def test_a_shift_and_an_over_capacity_sign_up(db, actor, people, posts):  # noqa: F811
    shift = create_shift(posts.traffic.id, at("19:00"), at("21:00"), actor, capacity=1)
    assert newest("shift.create").after == (f"岗位：#{posts.traffic.id}；时间：2024-05-06 19:00–21:00；"
                                            "人数上限：1")
    sign_up(shift.id, people[0].id, actor)
    assert newest("shift.sign_up").after == f"志愿者：#{people[0].id}；超出名额：否；备注：（空）"
    sign_up(shift.id, people[1].id, actor, override=True, note="临时增援")
    assert newest("shift.sign_up").after == f"志愿者：#{people[1].id}；超出名额：是；备注：临时增援"


def test_a_record_and_its_approval(db, actor, people, posts):  # noqa: F811
    made = add_record(RecordInput(people[0].id, posts.garbage.id, at("09:00"), at("11:30"), break_minutes=15,
                                  content="督导分类"), actor)
    after = newest("record.create").after
    assert after == (f"志愿者：#{people[0].id}；岗位：#{posts.garbage.id}；时间：2024-05-06 09:00–11:30；"
                     "休息：15 分钟；服务时长：135 分钟；服务人次：—；"
                     "服务内容：督导分类；状态：待审核")
    approve([made.id], actor)
    row = newest("record.approve")
    assert (row.before, row.after) == ("状态：待审核", "状态：已审核")


def test_a_changed_setting_is_named_and_a_boolean_reads_yes_or_no(db, actor):
    settings.put(config.BACKUP_AUTO, False, actor)
    row = newest("setting.update")
    assert row.entity_id == "backup.auto_daily"
    assert (row.before, row.after) == ("每天自动备份：是", "每天自动备份：否")
    settings.put(config.BACKUP_KEEP_DAILY, 14, actor)
    assert newest("setting.update").after == "保留每日备份（天）：14"


def test_volunteer_codes_and_staff_roles_read_in_chinese_and_numbers_stay_masked(db, actor):
    id_number = make_id("110105", "19800101", 321)
    person = add_volunteer(adult_input(name="孙七", id_number=id_number, phone="13900139321"), actor)
    after = newest("volunteer.create").after
    assert "姓名：孙七" in after and "证件类型：居民身份证" in after and "性别：男" in after
    assert "状态：在册" in after and "同意人：本人" in after and "出生日期：1980-01-01" in after
    assert id_number not in after and "13900139321" not in after and "139****9321" in after
    assert f"证件号码：{id_number[:6]}" in after
    set_status(person.id, "inactive", actor, "搬走了")
    row = newest("volunteer.deactivate")
    assert (row.before, row.after) == ("状态：在册", "状态：已停用")
    create_first_admin("李站长", "zhanzhang-1")
    staff = create_staff("周值班", "operator", "zhouzhiban", actor)
    assert newest("staff.create").after == "姓名：周值班；角色：值班员"
    set_role(staff.id, "admin", actor)
    row = newest("staff.role")
    assert (row.before, row.after) == ("角色：值班员", "角色：站长（管理员）")


def test_display_never_changes_what_is_stored(db, actor, people, posts):  # noqa: F811
    shift = create_shift(posts.traffic.id, at("19:00"), at("21:00"), actor)
    sign_up(shift.id, people[0].id, actor)
    stored = [(e.before, e.after, e.hash) for e in AuditEntry.select().order_by(AuditEntry.id)]
    search(AuditFilter())
    assert [(e.before, e.after, e.hash) for e in AuditEntry.select().order_by(AuditEntry.id)] == stored
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert json.loads(entry.after) == {"note": "", "over_capacity": False, "volunteer_id": people[0].id}
    assert verify_chain() == []


def test_unknown_keys_and_codes_are_shown_as_stored():
    assert field_label("post", "no_such_field") == "no_such_field"
    assert describe_fields({"colour": "blue", "state": "dreaming"}, "service_record") == "状态：dreaming；colour：blue"
    assert describe_fields({"items": [], "when": "2026-11-29T21:00:15+08:00"}, "thing") == \
        "items：（无）；when：2026-11-29 21:00:15"


def test_an_end_on_another_day_keeps_its_date():
    assert describe_fields({"end": "2026-11-30T01:00:00+08:00", "start": "2026-11-29T21:00:00+08:00"}, "shift") == \
        "时间：2026-11-29 21:00 – 2026-11-30 01:00"
    assert describe_fields({"end": "2026-11-29T21:00:00+08:00"}, "service_record") == "结束时间：2026-11-29 21:00"
