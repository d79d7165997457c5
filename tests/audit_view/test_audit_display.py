"""What staff read in the audit viewer's 对象编号/修改前/修改后 columns: Chinese names, readable values, the
names of the volunteers, posts, shifts and staff an entry refers to, numbers masked.

Each case makes a real change through the service and reads it back with
station_app.audit_view.query.search, as the viewer does. The stored entries (and
their hash chain) stay as they were: this is display only.
"""

from __future__ import annotations

import json

from station_app import config
from station_app.audit import Actor
from station_app.audit.log import verify_chain
from station_app.audit_view.field_labels import describe_fields, field_label
from station_app.audit_view.names import collect, lookup
from station_app.audit_view.query import AuditFilter, search
from station_app.db import database
from station_app.db.models import AuditEntry
from station_app.hours.records import RecordInput, add_record
from station_app.hours.review import approve, reject
from station_app.posts.service import PostInput, create_post, update_post
from station_app.posts.shifts import cancel_sign_up, create_shift, sign_up
from station_app.roster.privacy import anonymise_volunteer
from station_app.roster.service import add_volunteer, set_status
from station_app.staff.accounts import create_first_admin, create_staff, set_role
from station_app.station import settings
from support.core import adult_input, make_id
from support.hours import at

VIEWER = Actor("值班员小李")  # an operator: the viewer shows nothing beyond the masks


def newest(action: str):
    rows = search(AuditFilter(action=action), VIEWER).rows
    assert rows, action
    return rows[0]


def test_a_new_post_reads_in_chinese(db, actor):
    create_post(PostInput("垃圾分类督导", "p-garbage", place="3号楼", category="环境保护", capacity=6), actor)
    row = newest("post.create")
    assert row.before == ""
    assert row.after == ("岗位名称：垃圾分类督导；岗位编码：P-GARBAGE；地点：3号楼；类别：环境保护；说明：（空）；"
                         "人数上限：6；计入志愿服务时长：是；启用：是")


def test_a_shift_and_an_over_capacity_sign_up_name_the_post_and_the_volunteers(db, actor, people, posts):
    shift = create_shift(posts.traffic.id, at("19:00"), at("21:00"), actor, capacity=1)
    row = newest("shift.create")
    assert row.after == f"岗位：文明交通劝导（#{posts.traffic.id}）；时间：2024-05-06 19:00–21:00；人数上限：1"
    assert (row.entity_id, row.entity_name) == (str(shift.id), "文明交通劝导 05-06 19:00")
    sign_up(shift.id, people[0].id, actor)
    row = newest("shift.sign_up")
    assert row.after == f"志愿者：张三（#{people[0].id}）；超出名额：否；备注：（空）"
    assert (row.entity_id, row.entity_name) == (str(shift.id), "文明交通劝导 05-06 19:00")
    sign_up(shift.id, people[1].id, actor, override=True, note="临时增援")
    assert newest("shift.sign_up").after == f"志愿者：李四（#{people[1].id}）；超出名额：是；备注：临时增援"
    cancel_sign_up(shift.id, people[1].id, actor, "临时有事")
    row = newest("shift.cancel_sign_up")
    assert (row.before, row.after, row.reason) == (f"志愿者：李四（#{people[1].id}）", "", "临时有事")
    # the 对象编号 filter still matches the id as stored, not the name shown beside it
    assert [r.action for r in search(AuditFilter(entity_type="shift", entity_id=str(shift.id)), VIEWER).rows] == [
        "shift.cancel_sign_up", "shift.sign_up", "shift.sign_up", "shift.create"]
    assert search(AuditFilter(entity_id="文明交通劝导"), VIEWER).total == 0


def test_a_post_change_reads_with_the_post_name(db, actor, posts):
    update_post(posts.garbage.id, PostInput("垃圾分类宣传", "P-GARBAGE", place="3号楼", category="环境保护",
                                            capacity=4), actor, "岗位调整")
    row = newest("post.update")
    assert (row.entity_id, row.entity_name) == (str(posts.garbage.id), "垃圾分类宣传")
    assert (row.before, row.after, row.reason) == ("岗位名称：垃圾分类督导；人数上限：—",
                                                   "岗位名称：垃圾分类宣传；人数上限：4", "岗位调整")
    # names are today's: an older entry about the post reads with its new name
    assert search(AuditFilter(action="post.create", entity_id=str(posts.garbage.id)), VIEWER).rows[0].entity_name == \
        "垃圾分类宣传"


def test_an_anonymised_volunteer_is_named_only_by_the_placeholder(db, actor, people, posts):
    shift = create_shift(posts.traffic.id, at("19:00"), at("21:00"), actor)
    sign_up(shift.id, people[0].id, actor)
    made = add_record(RecordInput(people[0].id, posts.garbage.id, at("09:00"), at("11:00")), actor)
    reject(made.id, "时间填错", actor)  # approved hours must reach the platform before the data may go
    anonymise_volunteer(people[0].id, "本人书面申请", actor)
    gone = f"已删除志愿者#{people[0].id}"
    row = newest("shift.sign_up")
    assert row.after == f"志愿者：{gone}（#{people[0].id}）；超出名额：否；备注：（空）"
    assert row.entity_name == "文明交通劝导 05-06 19:00"
    record_rows = search(AuditFilter(entity_type="service_record", entity_id=str(made.id)), VIEWER).rows
    assert [(r.action, r.entity_name) for r in record_rows] == [("record.reject", gone), ("record.create", gone)]
    assert record_rows[1].after.startswith(f"志愿者：{gone}（#{people[0].id}）；岗位：垃圾分类督导（#{posts.garbage.id}）")
    row = newest("volunteer.anonymise")
    assert (row.entity_id, row.entity_name) == (str(people[0].id), gone)
    for r in search(AuditFilter(), VIEWER).rows:  # not even in what was stored when they were added
        assert "张三" not in r.entity_name + r.before + r.after, r
    [created] = search(AuditFilter(action="volunteer.create", entity_type="volunteer",
                                   entity_id=str(people[0].id)), VIEWER).rows
    assert created.after == "（个人信息已按本人要求删除，不再显示）" and created.entity_name == gone
    stored = AuditEntry.get_by_id(created.id).after
    assert "张三" not in stored and verify_chain() == []  # sealed with a key that is gone: the chain still holds


def test_staff_are_named_and_unknown_ids_stay_bare(db, actor, people):
    create_first_admin("李站长", "zhanzhang-1")
    staff = create_staff("周值班", "operator", "zhouzhiban", actor)
    set_role(staff.id, "admin", actor)
    row = newest("staff.role")
    assert (row.entity_id, row.entity_name) == (str(staff.id), "周值班")
    assert describe_fields({"volunteer_id": 999, "post_id": "7"}, "service_record", "", {}) == "志愿者：#999；岗位：#7"
    names = lookup(collect(AuditEntry.select()))
    assert names[("volunteer", people[1].id)] == "李四" and ("volunteer", 999) not in names


def test_names_take_one_query_for_the_whole_page(db, actor, people, posts):
    def statements() -> int:
        seen = []
        database.connection().set_trace_callback(seen.append)
        try:
            search(AuditFilter(), VIEWER)
        finally:
            database.connection().set_trace_callback(None)
        return len(seen)

    shift = create_shift(posts.garbage.id, at("19:00"), at("21:00"), actor)
    sign_up(shift.id, people[0].id, actor)
    few = statements()
    for person in people[1:]:
        sign_up(shift.id, person.id, actor)
    for start, end in (("07:00", "08:00"), ("09:00", "10:00"), ("13:00", "14:00")):
        create_shift(posts.garbage.id, at(start), at(end), actor)
    assert statements() == few


def test_a_record_and_its_approval(db, actor, people, posts):
    made = add_record(RecordInput(people[0].id, posts.garbage.id, at("09:00"), at("11:30"), break_minutes=15,
                                  content="督导分类"), actor)
    after = newest("record.create").after
    assert after == (f"志愿者：张三（#{people[0].id}）；岗位：垃圾分类督导（#{posts.garbage.id}）；时间：2024-05-06 09:00–11:30；"
                     "休息：15 分钟；服务时长：135 分钟；服务人次：—；"
                     "服务内容：督导分类；状态：待审核")
    approve([made.id], actor)
    row = newest("record.approve")
    assert (row.before, row.after, row.entity_name) == ("状态：待审核", "状态：已审核", "张三")


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
    assert "状态：在册" in after and "同意人：本人" in after and "出生日期：（已隐去，35–59 岁）" in after and "1980" not in after
    assert "0101" not in after.replace("-", "")  # month and day are the ID's hidden digits
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


def test_display_never_changes_what_is_stored(db, actor, people, posts):
    shift = create_shift(posts.traffic.id, at("19:00"), at("21:00"), actor)
    sign_up(shift.id, people[0].id, actor)
    stored = [(e.before, e.after, e.hash) for e in AuditEntry.select().order_by(AuditEntry.id)]
    search(AuditFilter(), VIEWER)
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
