"""The roster service on a real database file: writes, refusals, the audit log, search."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from station_app.audit import Actor, verify_chain
from station_app.audit.log import entries_for
from station_app.db import database
from station_app.db.models import AuditEntry, Volunteer
from station_app.errors import NotFound, ValidationFailed
from station_app.roster.ids import mask_id_number
from station_app.roster.service import (
    DuplicateVolunteer,
    add_volunteer,
    find_by_id_number,
    get_volunteer,
    roster_count,
    search_roster,
    set_status,
    stored_volunteer,
    teams,
    update_volunteer,
)
from support.core import READER, adult_input, id_ending_in_x, make_id


def audit_count() -> int:
    return AuditEntry.select().count()


# --- adding ---------------------------------------------------------------------------------------


def test_add_stores_normalised_values_and_one_audit_entry(station_db, staff):
    number = make_id("110105", "19800101", 123)
    rec = add_volunteer(adult_input(id_number=number.lower(), phone="+86 138 0013 8000", skills="摄影、驾驶"),
                        staff, reason="现场登记")
    assert get_volunteer(rec.id, READER) == rec == find_by_id_number("CN_RIC", number, READER)
    # what a read gives, to anyone: masked numbers and this year's age, never the birth date
    assert rec.masked and rec.values["id_number"] == "110105********" + number[-4:]
    assert rec.values["phone"] == "138****8000" and rec.values["birth_date"] is None
    assert rec.age_band == "35–59 岁" and rec.minor == (False, False)
    stored = stored_volunteer(rec.id).values  # what is stored, normalised
    assert stored["id_number"] == number
    assert stored["phone"] == "13800138000"
    assert stored["birth_date"] == dt.date(1980, 1, 1)
    assert stored["gender"] == "M"
    assert stored["skills"] == "摄影,驾驶"
    assert rec.uid and rec.created_at == rec.updated_at

    (entry,) = entries_for("volunteer", rec.id)
    assert entry["action"] == "volunteer.create"
    assert entry["actor"] == "测试值班员"
    assert entry["reason"] == "现场登记"
    assert entry["before"] is None
    assert entry["after"]["id_number"] == number
    assert entry["after"]["birth_date"] == "1980-01-01"
    assert entry["after"]["name"] == "张三"


def test_command_line_actor_is_named_as_such(station_db):
    rec = add_volunteer(adult_input(), Actor("zhang", via="cli"))
    assert entries_for("volunteer", rec.id)[0]["actor"] == "zhang（命令行）"


def test_refused_input_writes_nothing(station_db, staff):
    add_volunteer(adult_input(), staff)
    before = (roster_count(), audit_count())
    with pytest.raises(ValidationFailed) as info:
        add_volunteer(adult_input(name="张三3", id_number=make_id("110105", "19810101", 123), phone="123"), staff)
    assert {e.field for e in info.value.errors} == {"name", "phone"}
    assert "姓名：" in str(info.value)
    assert (roster_count(), audit_count()) == before
    assert find_by_id_number("CN_RIC", make_id("110105", "19810101", 123), READER) is None


def test_same_id_twice_is_refused_naming_the_first_record(station_db, staff):
    number = id_ending_in_x("110105", "19800101")
    first = add_volunteer(adult_input(id_number=number, phone="13800138000"), staff)
    before = (roster_count(), audit_count())
    with pytest.raises(DuplicateVolunteer) as info:
        # Typed differently (lower-case x, spaces), a different name and phone: still the same person.
        add_volunteer(adult_input(name="张山", id_number=" ".join(number.lower()), phone="13900139000"), staff)
    assert info.value.existing == first
    assert info.value.field == "id_number"
    assert "证件号码已登记" in str(info.value) and "张三" in str(info.value) and str(first.id) in str(info.value)
    assert (roster_count(), audit_count()) == before


def test_same_platform_number_twice_is_refused(station_db, staff):
    first = add_volunteer(adult_input(platform_no="BJ-2020-0001"), staff)
    before = (roster_count(), audit_count())
    with pytest.raises(DuplicateVolunteer) as info:
        add_volunteer(adult_input(name="李四", id_number=make_id("110106", "19750505", 222), platform_no="bj-2020-0001"),
                      staff)
    assert info.value.existing.id == first.id
    assert info.value.field == "platform_no"
    assert "志愿者编号已登记" in str(info.value)
    assert (roster_count(), audit_count()) == before


def test_same_number_under_another_document_type_is_another_person(station_db, staff):
    a = add_volunteer(adult_input(id_type="PASSPORT", id_number="12345678", phone=""), staff)
    b = add_volunteer(adult_input(name="李四", id_type="HMT_PERMIT", id_number="12345678", phone=""), staff)
    assert a.id != b.id and roster_count() == 2


# --- updating -------------------------------------------------------------------------------------


def test_update_audits_only_changed_fields_with_reason(station_db, staff):
    rec = add_volunteer(adult_input(team="平安巡逻队"), staff)
    was = stored_volunteer(rec.id).values
    updated = update_volunteer(rec.id, adult_input(phone="139 1234 5678", team="银发助老服务队"), Actor("李站长"),
                               reason="本人来电更正")
    assert updated.values["phone"] == "139****5678"  # what the one who typed it gets back: masked too
    now = stored_volunteer(rec.id).values
    assert now["phone"] == "13912345678" and now["team"] == "银发助老服务队"
    assert {k: v for k, v in now.items() if k not in ("phone", "team")} == {
        k: v for k, v in was.items() if k not in ("phone", "team")
    }
    create, update = entries_for("volunteer", rec.id)
    assert update["action"] == "volunteer.update"
    assert update["actor"] == "李站长"
    assert update["reason"] == "本人来电更正"
    assert update["before"] == {"phone": "13800138000", "team": "平安巡逻队"}
    assert update["after"] == {"phone": "13912345678", "team": "银发助老服务队"}
    assert teams() == ["银发助老服务队"]


def test_update_without_changes_writes_no_audit_entry(station_db, staff):
    rec = add_volunteer(adult_input(), staff)
    same = update_volunteer(rec.id, adult_input(name="张 三", phone="138-0013-8000"), staff)
    assert same.values == rec.values
    assert len(entries_for("volunteer", rec.id)) == 1


def test_update_to_someone_elses_id_is_refused_and_changes_nothing(station_db, staff):
    zhang = add_volunteer(adult_input(), staff)
    li = add_volunteer(adult_input(name="李四", id_number=make_id("110106", "19750505", 222), phone="13900139000"), staff)
    count = audit_count()
    with pytest.raises(DuplicateVolunteer) as info:
        update_volunteer(li.id, adult_input(name="李四", id_number=stored_volunteer(zhang.id).values["id_number"]),
                         staff)
    assert info.value.existing.id == zhang.id
    assert get_volunteer(li.id, READER) == li and audit_count() == count


def test_update_refused_by_validation_changes_nothing(station_db, staff):
    rec = add_volunteer(adult_input(), staff)
    with pytest.raises(ValidationFailed):
        update_volunteer(rec.id, adult_input(phone="1380013800"), staff)
    assert get_volunteer(rec.id, READER) == rec
    assert len(entries_for("volunteer", rec.id)) == 1


def test_update_of_missing_volunteer(station_db, staff):
    with pytest.raises(NotFound):
        update_volunteer(999, adult_input(), staff)
    with pytest.raises(NotFound):
        get_volunteer(999, READER)


def test_update_keeps_search_keys_in_step(station_db, staff):
    rec = add_volunteer(adult_input(platform_no="BJ0001"), staff)
    update_volunteer(rec.id, adult_input(name="李四", phone="13912345678", platform_no="SH0002"), staff)
    assert search_roster("zs", actor=READER).total == 0
    assert search_roster("ls", actor=READER).total == 1
    assert search_roster("8000", actor=READER).total == 0
    assert search_roster("5678", actor=READER).total == 1
    assert search_roster("BJ00", actor=READER).total == 0
    assert search_roster("SH00", actor=READER).total == 1


# --- status ---------------------------------------------------------------------------------------


def test_deactivate_and_reactivate(station_db, staff):
    rec = add_volunteer(adult_input(), staff)
    out = set_status(rec.id, "inactive", staff, reason="搬离社区")
    assert out.values["status"] == "inactive"
    assert {k: v for k, v in out.values.items() if k != "status"} == {
        k: v for k, v in rec.values.items() if k != "status"
    }
    set_status(rec.id, "inactive", staff)  # already inactive: nothing to log
    set_status(rec.id, "active", staff, reason="回到社区")
    entries = entries_for("volunteer", rec.id)
    assert [e["action"] for e in entries] == ["volunteer.create", "volunteer.deactivate", "volunteer.reactivate"]
    assert entries[1]["before"] == {"status": "active"} and entries[1]["after"] == {"status": "inactive"}
    assert entries[1]["reason"] == "搬离社区"
    assert entries[2]["after"] == {"status": "active"} and entries[2]["reason"] == "回到社区"


def test_bad_status_and_missing_volunteer(station_db, staff):
    rec = add_volunteer(adult_input(), staff)
    with pytest.raises(ValueError):
        set_status(rec.id, "deleted", staff)
    with pytest.raises(NotFound):
        set_status(999, "inactive", staff)
    assert get_volunteer(rec.id, READER).values["status"] == "active"


# --- the audit log cannot be edited quietly -------------------------------------------------------


def test_audit_rows_cannot_be_updated_or_deleted(station_db, staff):
    add_volunteer(adult_input(), staff)
    with pytest.raises(peewee.DatabaseError, match="append-only"):
        database.execute_sql("UPDATE audit_entry SET actor = '别人'")
    with pytest.raises(peewee.DatabaseError, match="append-only"):
        database.execute_sql("DELETE FROM audit_entry")
    assert AuditEntry.select().where(AuditEntry.actor == "测试值班员").count() == 1


def _three_entries(staff) -> list[int]:
    rec = add_volunteer(adult_input(team="甲队"), staff)
    update_volunteer(rec.id, adult_input(team="乙队"), staff)
    set_status(rec.id, "inactive", staff)
    ids = [e.id for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert len(ids) == 3 and verify_chain() == []
    database.execute_sql("DROP TRIGGER audit_entry_no_update")
    database.execute_sql("DROP TRIGGER audit_entry_no_delete")
    return ids


def test_verify_chain_finds_an_entry_edited_behind_the_apps_back(station_db, staff):
    ids = _three_entries(staff)
    database.execute_sql("UPDATE audit_entry SET after = ? WHERE id = ?", ('{"team": "丙队"}', ids[1]))
    assert verify_chain() == [ids[1]]


def test_verify_chain_finds_a_deleted_entry(station_db, staff):
    ids = _three_entries(staff)
    database.execute_sql("DELETE FROM audit_entry WHERE id = ?", (ids[1],))
    assert verify_chain() == [ids[2]]


def test_verify_chain_finds_a_changed_actor(station_db, staff):
    ids = _three_entries(staff)
    database.execute_sql("UPDATE audit_entry SET actor = '别人' WHERE id = ?", (ids[0],))
    assert verify_chain() == [ids[0]]


# --- search ---------------------------------------------------------------------------------------

ZHANG_ID = id_ending_in_x("110105", "19800101")


@pytest.fixture
def roster(station_db, staff):
    """A small roster; returns name -> VolunteerRecord."""
    people = [
        dict(name="张三", id_number=ZHANG_ID, phone="13800138000", platform_no="BJ-CY-0001"),
        dict(name="张三丰", id_number=make_id("110105", "19500101", 111), phone="13912345670", platform_no=None),
        dict(name="李四", id_number=make_id("110106", "19750505", 222), phone="13700001234",
             platform_no="BJ20230000456"),
        dict(name="欧阳娜娜", id_number=make_id("110108", "19900909", 332), phone="", platform_no=None),
        dict(name="王五", id_number=make_id("110101", "19650606", 551), phone="15011112222", platform_no="BJ20199999"),
    ]
    out = {}
    for p in people:
        out[p["name"]] = add_volunteer(adult_input(**{k: v for k, v in p.items() if v is not None}), staff)
    set_status(out["王五"].id, "inactive", staff)
    return out


def names(query: str, **kw) -> list[str]:
    return [r.name for r in search_roster(query, actor=READER, **kw).rows]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("张", ["张三", "张三丰"]),  # one Chinese character
        ("三", ["张三", "张三丰"]),
        ("三丰", ["张三丰"]),  # two characters, not at the start
        ("娜娜", ["欧阳娜娜"]),
        ("张 三", ["张三", "张三丰"]),
        ("zs", ["张三", "张三丰"]),  # pinyin initials
        ("ZS", ["张三", "张三丰"]),
        ("zsf", ["张三丰"]),
        ("oynn", ["欧阳娜娜"]),
        ("zhangsan", ["张三", "张三丰"]),  # full pinyin prefix
        ("zhangsanf", ["张三丰"]),
        ("li", ["李四"]),
        ("8000", ["张三"]),  # phone tail
        ("１２３４", ["李四"]),  # full-width digits
        ("13800138000", ["张三"]),  # whole phone
        ("38000", []),  # a tail longer than the mask shows: extended digit by digit it would rebuild the number
        ("0138000", []),
        (ZHANG_ID[-5:], []),
        (ZHANG_ID[-8:], []),
        (ZHANG_ID[:6], []),  # nor the start: only what ends a number
        (ZHANG_ID[-4:-1] + "x", ["张三"]),  # ID tail with the X typed lower-case
        (ZHANG_ID.lower(), ["张三"]),
        ("BJ2023", ["李四"]),  # platform number prefix
        ("bj2023", ["李四"]),
        ("0456", ["李四"]),  # platform number tail
        ("BJ-CY", ["张三"]),  # platform number as stored, with its dashes
        ("bj-cy-0001", ["张三"]),
        ("CY-0001", ["张三"]),
        ("", ["李四", "欧阳娜娜", "张三", "张三丰"]),  # everyone active, in pinyin order
        ("赵", []),
        ("%", []),
        ("_", []),
        ("*", []),
    ],
)
def test_search(roster, query, expected):
    assert sorted(names(query)) == sorted(expected)
    assert search_roster(query, actor=READER).total == len(expected)


def test_empty_query_lists_in_pinyin_order(roster):
    assert names("") == ["李四", "欧阳娜娜", "张三", "张三丰"]


def test_inactive_volunteers_are_found_only_when_asked(roster):
    assert names("王五") == []
    assert names("王五", include_inactive=True) == ["王五"]
    assert names("2222") == []
    assert names("2222", include_inactive=True) == ["王五"]
    assert search_roster("", include_inactive=True, actor=READER).total == 5
    rows = search_roster("王", include_inactive=True, actor=READER).rows
    assert rows[0].status == "inactive"


def test_rows_show_masked_numbers(roster):
    (row,) = search_roster("张三丰", actor=READER).rows
    rec = roster["张三丰"]
    number = stored_volunteer(rec.id).values["id_number"]
    assert row.id == rec.id
    assert row.id_masked == mask_id_number(number)
    assert row.phone_masked == "139****5670"
    assert row.age_band == "70 岁及以上"  # a band: a birth date, or even an age, would fill in the mask
    assert row.gender == "M" and row.has_consent and row.status == "active"
    assert number not in repr(row) and "13912345670" not in repr(row) and "19500101" not in repr(row)


def test_paging_with_offset_limit_and_total(station_db, staff):
    given = "一二三四五六七八九十"
    for i in range(25):
        add_volunteer(adult_input(name=f"刘{given[i % 10]}{given[i // 10]}", id_number=make_id("110105", "19700101", i),
                                  phone=""), staff)
    add_volunteer(adult_input(name="赵六", id_number=make_id("110105", "19700101", 999), phone=""), staff)
    pages = [search_roster("刘", offset=o, limit=10, actor=READER) for o in (0, 10, 20)]
    assert [len(p.rows) for p in pages] == [10, 10, 5]
    assert all(p.total == 25 for p in pages)
    assert [p.offset for p in pages] == [0, 10, 20]
    ids = [r.id for p in pages for r in p.rows]
    assert len(set(ids)) == 25
    assert search_roster("刘", offset=30, limit=10, actor=READER).rows == []
    whole = [r.id for r in search_roster("刘", limit=100, actor=READER).rows]
    assert whole == ids  # the pages are slices of one stable order
    assert Volunteer.select().count() == 26


# --- a large roster against a plain Python reading of the search rules ------------------------------


def _expected(people: list[dict], query: str, include_inactive: bool) -> list[int]:
    """Ids matching *query* in roster order, computed naively from the stored values."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", query).strip()
    typed = "".join(text.split()).upper()
    key = typed.replace("-", "")
    hits = []
    for p in people:
        if not include_inactive and p["status"] != "active":
            continue
        if not text:
            ok = True
        elif re.search(r"[\u3400-\u9fff]", text):
            ok = text.replace(" ", "") in p["name"]
        elif not (key.isascii() and key.isalnum()):
            ok = False
        else:
            platform = p["platform_no"] or ""
            ok = any(platform.startswith(k) for k in (typed, key))
            if len(key) >= 2:  # tails count from two characters; the platform number is shown whole
                ok = ok or any(platform.endswith(k) for k in (typed, key) if platform)
            if 2 <= len(key) <= 4:  # an ID or phone tail no longer than the mask shows (3 for a short ID)
                ok = ok or (p["id_number"].endswith(key) and (len(key) <= 3 or len(p["id_number"]) >= 14))
                ok = ok or bool(key.isdigit() and p["phone"] and p["phone"].endswith(key))
            elif len(key) > 4:  # longer: whole numbers only
                ok = ok or p["id_number"] == key or bool(key.isdigit() and p["phone"] == key)
            if key.isalpha():
                ok = ok or p["name_initials"].startswith(key.lower())
                ok = ok or (len(key) > 1 and p["name_pinyin"].startswith(key.lower()))
        if ok:
            hits.append((p["name_pinyin"], p["name"], p["id"]))
    return [h[2] for h in sorted(hits)]


def test_large_roster_pages_and_totals_match_the_rules(station_db, staff):
    from station_app.demo import fill_demo

    fill_demo(6000, staff)
    cursor = database.execute_sql(
        "SELECT id, name, name_pinyin, name_initials, id_number, phone, platform_no, status FROM volunteer")
    columns = [c[0] for c in cursor.description]
    people = [dict(zip(columns, row)) for row in cursor.fetchall()]
    assert len(people) == 6000
    some = people[1234]
    queries = [
        "", "王", "张伟", "建国", "w", "z", "zh", "wang", "wj", "ZW", "1", "12", "38", "0001", "00", "x", "3x",
        some["phone"][-4:], some["id_number"][-6:], some["id_number"][-4:], some["id_number"], some["phone"],
        some["phone"][-5:], some["name"], some["name_pinyin"], some["name_initials"],
        "BJ", "BJ2021", "bj-2021", "13", "8", "＊", "a*", "?",
    ]
    mismatches = []
    for query in queries:
        for include_inactive in (False, True):
            expected = _expected(people, query, include_inactive)
            for offset in (0, 200, max(len(expected) - 50, 0)):
                page = search_roster(query, include_inactive=include_inactive, offset=offset, limit=200, actor=READER)
                got = [r.id for r in page.rows]
                if got != expected[offset:offset + 200] or page.total != len(expected):
                    mismatches.append((query, include_inactive, offset, page.total, len(expected)))
    assert mismatches == [], mismatches
