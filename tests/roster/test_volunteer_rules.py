"""check_volunteer: what the dialog shows under each field, and what gets stored."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.errors import FieldError, ValidationFailed
from station_app.roster.notice_versions import CHILD_NOTICE_VERSION, NOTICE_VERSION
from station_app.roster.validation import VolunteerInput, check_volunteer, input_from_values, normalize_tags
from support.core import adult_input, make_id, years_before

TODAY = dt.date(2025, 6, 15)


def check(**overrides):
    return check_volunteer(adult_input(**overrides), today=TODAY)


def minor(age_years: int, days: int = 0, **overrides):
    """A volunteer whose ID says they are *age_years* old (and *days* more) on TODAY."""
    birth = years_before(TODAY, age_years, days)
    values = dict(name="王小明", id_number=make_id("110105", birth, 111), phone="")
    values.update(overrides)
    return check(**values)


def test_valid_adult_has_no_errors_and_normalised_values():
    out = check(id_number=make_id("110105", "19800101", 123).lower(), phone="138 0013 8000")
    assert out.errors == []
    assert out.values["name"] == "张三"
    assert out.values["id_number"] == make_id("110105", "19800101", 123)
    assert out.values["phone"] == "13800138000"
    assert out.values["birth_date"] == dt.date(1980, 1, 1)
    assert out.values["gender"] == "M"
    assert out.values["consent_date"] == dt.date(2024, 1, 2)
    assert out.values["consent_by"] == "self"
    assert out.age == 45 and not out.needs_guardian


# --- name -----------------------------------------------------------------------------------------


def test_missing_name():
    out = check(name="  ")
    assert out.error_for("name") == "必填"


def test_name_with_digits():
    out = check(name="张三2")
    assert "不能有数字" in out.error_for("name")


def test_name_with_symbols():
    assert "不能有数字或其他符号" in check(name="张三@").error_for("name")


def test_name_too_long():
    out = check(name="张" * 41)
    assert out.error_for("name") == "不能超过 40 个字"
    assert check(name="张" * 40).error_for("name") is None


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("张 三", "张三"),
        (" 张三 ", "张三"),
        ("张\u3000三", "张三"),
        ("阿依古丽·买买提", "阿依古丽·买买提"),
        ("阿依古丽•买买提", "阿依古丽·买买提"),
        ("阿依古丽・买买提", "阿依古丽·买买提"),
        ("阿依古丽．买买提", "阿依古丽·买买提"),  # full-width full stop from a Chinese keyboard
        ("John  Smith", "John Smith"),
        ("Ｊｏｈｎ Smith", "John Smith"),
    ],
)
def test_name_normalised(typed, stored):
    out = check(name=typed)
    assert out.error_for("name") is None
    assert out.values["name"] == stored


# --- ID and what it tells -----------------------------------------------------------------------


def test_bad_id_number_message_is_under_id_number():
    good = make_id("110105", "19800101", 123)
    out = check(id_number=good[:17] + ("1" if good[17] == "0" else "0"))
    assert "校验位不符" in out.error_for("id_number")
    assert [e.field for e in out.errors] == ["id_number"]


def test_unknown_id_type():
    out = check(id_type="DRIVER")
    assert out.error_for("id_type") == "请选择证件类型"


def test_gender_and_birth_from_id_override_typed_values():
    out = check(id_number=make_id("110105", "19700315", 124), gender="M", birth_date=dt.date(1999, 9, 9))
    assert out.errors == []
    assert out.values["gender"] == "F"
    assert out.values["birth_date"] == dt.date(1970, 3, 15)
    assert out.derived_from_id


def test_typed_gender_and_birth_used_when_the_document_carries_none():
    out = check(id_type="PASSPORT", id_number="E12345678", gender="F", birth_date=dt.date(1975, 5, 6))
    assert out.errors == []
    assert (out.values["gender"], out.values["birth_date"]) == ("F", dt.date(1975, 5, 6))
    assert not out.derived_from_id


def test_typed_gender_must_be_male_or_female():
    out = check(id_type="PASSPORT", id_number="E12345678", gender="X")
    assert out.error_for("gender") == "请选择男或女"


def test_typed_birth_date_in_future_is_refused():
    out = check(id_type="PASSPORT", id_number="E12345678", birth_date=TODAY + dt.timedelta(days=1))
    assert out.error_for("birth_date") == "不能晚于今天"


# --- phone, platform number, tags, status ---------------------------------------------------------


def test_bad_phone_is_under_phone():
    out = check(phone="1234567")
    assert "当前 7 位" in out.error_for("phone")


def test_phone_is_optional():
    out = check(phone="")
    assert out.errors == [] and out.values["phone"] is None


def test_platform_number_normalised_and_checked():
    assert check(platform_no=" bj-2020-0001 ").values["platform_no"] == "BJ-2020-0001"
    assert check(platform_no="").values["platform_no"] is None
    assert check(platform_no="BJ 2020 0001").values["platform_no"] == "BJ20200001"
    assert check(platform_no="ab1").error_for("platform_no") == "只能包含字母、数字和短横线，4 到 32 位"
    assert check(platform_no="BJ_2020").error_for("platform_no") is not None


def test_tags_become_one_comma_list_without_repeats():
    out = check(skills="摄影， 驾驶、摄影;书法  手语；英语,")
    assert out.values["skills"] == "摄影,驾驶,书法,手语,英语"
    assert normalize_tags("") == ""


def test_team_and_notes_trimmed():
    out = check(team="  银发助老  服务队 ", notes="  腿脚不便\n  ")
    assert out.values["team"] == "银发助老 服务队"
    assert out.values["notes"] == "腿脚不便"


def test_bad_status():
    assert check(status="deleted").error_for("status") == "状态无效"


def test_every_bad_field_is_reported_at_once():
    out = check(name="", phone="123", platform_no="x", status="?")
    assert {e.field for e in out.errors} == {"name", "phone", "platform_no", "status"}
    assert all(isinstance(e, FieldError) for e in out.errors)
    text = str(ValidationFailed(out.errors))
    assert "姓名：必填" in text and "手机号码：" in text and "志愿者编号：" in text


# --- minors ---------------------------------------------------------------------------------------


def test_minor_needs_guardian_name_and_phone():
    out = minor(16)
    assert out.needs_guardian and not out.needs_guardian_consent
    assert out.error_for("guardian_name") == "未满 18 周岁的志愿者须登记监护人姓名"
    assert out.error_for("guardian_phone") == "未满 18 周岁的志愿者须登记监护人电话"


def test_minor_with_guardian_is_accepted_and_consents_for_self_from_14():
    out = minor(16, guardian_name="王 建国", guardian_phone="139-1234-5678")
    assert out.errors == []
    assert out.values["guardian_name"] == "王建国"
    assert out.values["guardian_phone"] == "13912345678"
    assert out.values["consent_by"] == "self"


def test_minor_with_bad_guardian_phone_gets_one_message_about_it():
    out = minor(16, guardian_name="王建国", guardian_phone="12345")
    messages = [e.message for e in out.errors if e.field == "guardian_phone"]
    assert len(messages) == 1 and "当前 5 位" in messages[0]


def test_eighteenth_birthday_today_is_an_adult():
    out = minor(18)
    assert out.age == 18 and not out.needs_guardian and out.errors == []


def test_one_day_before_eighteenth_birthday_is_a_minor():
    birth = years_before(TODAY, 18) + dt.timedelta(days=1)
    out = check(name="王小明", id_number=make_id("110105", birth, 111))
    assert out.age == 17 and out.needs_guardian
    assert out.error_for("guardian_name")


def test_under_14_needs_guardian_consent():
    out = minor(13, days=200, guardian_name="王建国", guardian_phone="13912345678", consent=False)
    assert out.needs_guardian_consent
    assert out.error_for("consent_date") == "未满 14 周岁，须由监护人阅读个人信息告知并同意后才能保存"


def test_under_14_with_consent_records_guardian_consent():
    out = minor(9, guardian_name="王建国", guardian_phone="13912345678", consent=True, consent_date=dt.date(2025, 6, 1),
                child_consent=True, child_consent_date=dt.date(2025, 6, 2))
    assert out.errors == []
    assert out.values["consent_by"] == "guardian"
    assert out.values["consent_date"] == dt.date(2025, 6, 1)
    assert out.values["consent_version"] == NOTICE_VERSION
    # the separate consent to the children's rules: its own date, the guardian's name, its own version
    assert out.values["child_consent_date"] == dt.date(2025, 6, 2)
    assert out.values["child_consent_by"] == "王建国"
    assert out.values["child_consent_version"] == CHILD_NOTICE_VERSION


def test_under_14_the_notice_alone_is_not_enough():
    out = minor(9, guardian_name="王建国", guardian_phone="13912345678", consent=True, consent_date=dt.date(2025, 6, 1))
    assert out.error_for("child_consent_date") == "未满 14 周岁：须由监护人阅读《儿童个人信息处理规则》并单独同意，填写同意日期"
    later = minor(9, guardian_name="王建国", guardian_phone="13912345678", consent=True,
                  consent_date=dt.date(2025, 6, 1), child_consent=True, child_consent_date=dt.date.today() + dt.timedelta(1))
    assert later.error_for("child_consent_date") == "不能晚于今天"


def test_a_consent_keeps_the_version_it_was_given_to():
    out = check(consent=True, consent_date=dt.date(2020, 1, 1), consent_version="1")
    assert out.values["consent_version"] == "1"
    assert check(consent=True, consent_date=dt.date(2020, 1, 1)).values["consent_version"] == NOTICE_VERSION
    assert check(consent=False).values["consent_version"] == ""


def test_fourteenth_birthday_today_consents_for_self():
    out = minor(14, guardian_name="王建国", guardian_phone="13912345678")
    assert not out.needs_guardian_consent and out.errors == []
    assert out.values["consent_by"] == "self"


def test_consent_ticked_without_a_date():
    out = check(consent=True, consent_date=None)
    assert out.error_for("consent_date") == "请填写告知同意的日期"


def test_consent_date_in_future_is_refused():
    out = check(consent=True, consent_date=TODAY + dt.timedelta(days=1))
    assert out.error_for("consent_date") == "不能晚于今天"
    assert check(consent=True, consent_date=TODAY).errors == []


def test_consent_not_ticked_stores_no_date():
    out = check(consent=False, consent_date=dt.date(2024, 1, 1))
    assert out.errors == []
    assert out.values["consent_date"] is None and out.values["consent_by"] == ""


# --- round trip for the edit dialog -----------------------------------------------------------------


@pytest.mark.parametrize(
    "inp",
    [
        adult_input(skills="摄影、驾驶", platform_no="bj-0001", team="平安巡逻队"),
        adult_input(id_type="PASSPORT", id_number="e1234567", gender="F", birth_date=dt.date(1960, 2, 29), phone=""),
        adult_input(consent=False, consent_date=None, notes="只在周末"),
    ],
)
def test_input_from_stored_values_checks_to_the_same_values(inp):
    first = check_volunteer(inp, today=TODAY)
    assert first.errors == []
    again = check_volunteer(input_from_values(first.values), today=TODAY)
    assert again.errors == []
    assert again.values == first.values


def test_default_input_is_refused_for_name_and_id():
    out = check_volunteer(VolunteerInput(), today=TODAY)
    assert {e.field for e in out.errors} == {"name", "id_number"}
