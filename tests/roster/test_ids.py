"""Identity document numbers: what staff type, what is accepted, and why not."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from station_app.roster.ids import (
    IdNumberError,
    IdType,
    gb11643_check_char,
    mask_id_number,
    normalize_id_number,
    parse_id,
)
from support.core import id_ending_in_x, iso7064_check, make_id


def refusal(id_type: str, raw: str) -> str:
    with pytest.raises(IdNumberError) as info:
        parse_id(id_type, raw)
    return str(info.value)


def wrong_check(number: str) -> str:
    """The same number with a different (wrong) check character."""
    return number[:17] + ("0" if number[17] != "0" else "1")


# --- the GB 11643 check character ------------------------------------------------------------


def test_check_char_matches_the_standard_examples():
    # Examples printed in GB 11643-1999 itself.
    assert gb11643_check_char("11010519491231002") == "X"
    assert gb11643_check_char("44052418800101001") == "4"


def test_check_char_agrees_with_iso7064_for_many_numbers():
    rng = random.Random(7)
    for _ in range(500):
        first17 = "".join(rng.choice("0123456789") for _ in range(17))
        assert gb11643_check_char(first17) == iso7064_check(first17), first17


# --- CN_RIC 居民身份证 ---------------------------------------------------------------------------


def test_mainland_id_gives_number_birth_date_and_gender():
    facts = parse_id(IdType.CN_RIC, "11010519491231002X")
    assert facts.number == "11010519491231002X"
    assert facts.birth_date == dt.date(1949, 12, 31)
    assert facts.gender == "F"  # 17th digit 2 is even

    male = parse_id("CN_RIC", "440524188001010014")
    assert male.birth_date == dt.date(1880, 1, 1)
    assert male.gender == "M"  # 17th digit 1 is odd


@pytest.mark.parametrize(
    "typed",
    [
        "11010519491231002x",  # lower-case x
        "１１０１０５１９４９１２３１００２Ｘ",  # full-width digits and letter from a Chinese input method
        "110105 1949 1231 002X",  # spaces
        " 110105-19491231-002x ",  # dashes and stray spaces
        "110105\u300019491231002X",  # ideographic space
    ],
)
def test_mainland_id_typed_loosely_is_normalised(typed):
    assert parse_id("CN_RIC", typed).number == "11010519491231002X"
    assert normalize_id_number(typed) == "11010519491231002X"


def test_region_code_valid_today_is_accepted_for_people_born_before_it_existed():
    # 大兴区 110115 dates from 2001 and 房山区 110111 from 1986, but numbers are
    # given where a person is registered, and retired residents carry them.
    for region in ("110115", "110111", "310115"):
        assert parse_id("CN_RIC", make_id(region, "19550302", 121)).birth_date == dt.date(1955, 3, 2)


def test_retired_region_code_is_still_accepted():
    # 崇文区 110103 was merged into 东城区 in 2010; its people keep their numbers.
    assert parse_id("CN_RIC", make_id("110103", "19600101", 12)).gender == "F"


def test_wrong_length_is_named_with_the_count():
    message = refusal("CN_RIC", "1101051949123100")
    assert "18 位" in message and "当前 16 位" in message


def test_letters_inside_the_number_are_refused():
    message = refusal("CN_RIC", "11010519491231A02X")
    assert "前 17 位应为数字" in message


@pytest.mark.parametrize("number", ["11010519491231002X", "440524188001010014", make_id("110108", "19751010", 456)])
def test_every_wrong_check_character_is_refused(number):
    for ch in "0123456789X":
        if ch == number[17]:
            continue
        message = refusal("CN_RIC", number[:17] + ch)
        assert "校验位不符" in message


def test_single_digit_typo_is_caught_by_the_check_character():
    number = make_id("110105", "19620415", 231)
    for pos in range(17):
        for digit in "0123456789":
            if digit == number[pos]:
                continue
            typo = number[:pos] + digit + number[pos + 1:]
            with pytest.raises(IdNumberError):
                parse_id("CN_RIC", typo)


@pytest.mark.parametrize(
    "birth",
    ["19900230", "19901301", "19900001", "18790101", (dt.date.today() + dt.timedelta(days=1)).strftime("%Y%m%d")],
)
def test_impossible_or_future_birth_date_is_refused(birth):
    # The check character is right, so the date is what the message must name.
    message = refusal("CN_RIC", make_id("110105", birth, 123))
    assert "出生日期" in message and birth in message


@pytest.mark.parametrize("region", ["999999", "110199", "000000"])
def test_unknown_region_code_is_refused(region):
    message = refusal("CN_RIC", make_id(region, "19800101", 123))
    assert f"地区代码 {region} 不存在" in message


def test_residence_permit_typed_as_mainland_id_points_to_the_right_type():
    message = refusal("CN_RIC", make_id("810000", "19900101", 123))
    assert "港澳台居民居住证" in message


def test_empty_number_is_asked_for():
    assert refusal("CN_RIC", "") == "请填写证件号码"
    assert refusal("PASSPORT", "  ") == "请填写证件号码"
    assert refusal("CN_RIC", None) == "请填写证件号码"


def test_unknown_id_type_is_a_value_error():
    with pytest.raises(ValueError):
        parse_id("DRIVING_LICENCE", "123456")


# --- HMT_RP 港澳台居民居住证 --------------------------------------------------------------------


@pytest.mark.parametrize("region", ["810000", "820000", "830000"])
def test_residence_permit_of_hong_kong_macao_taiwan(region):
    number = make_id(region, "19900101", 123)
    facts = parse_id("HMT_RP", number.lower())
    assert facts.number == number
    assert facts.birth_date == dt.date(1990, 1, 1)
    assert facts.gender == "M"


def test_residence_permit_with_x_check_char_typed_lower_case():
    number = id_ending_in_x("810000", "19851120")
    assert parse_id("HMT_RP", number[:17] + "x").number == number


def test_residence_permit_with_mainland_region_is_refused():
    message = refusal("HMT_RP", make_id("110105", "19900101", 123))
    assert "810000" in message and "820000" in message and "830000" in message


def test_residence_permit_with_wrong_check_char_is_refused():
    message = refusal("HMT_RP", wrong_check(make_id("820000", "19900101", 124)))
    assert "居住证" in message and "校验位不符" in message


def test_residence_permit_with_bad_date_is_refused():
    message = refusal("HMT_RP", make_id("830000", "19900231", 124))
    assert "出生日期 19900231 无效" in message


# --- FPR 外国人永久居留身份证 -------------------------------------------------------------------


def fpr_new(province: str, nationality: str, birth: str, seq: int) -> str:
    first17 = f"9{province}{nationality}{birth}{seq:03d}"
    return first17 + iso7064_check(first17)


def test_new_permanent_residence_id():
    number = fpr_new("11", "840", "19780615", 125)  # Beijing, USA
    facts = parse_id("FPR", number)
    assert facts.number == number
    assert facts.birth_date == dt.date(1978, 6, 15)
    assert facts.gender == "M"


def test_new_permanent_residence_id_must_start_with_9():
    message = refusal("FPR", make_id("110105", "19780615", 125))
    assert "以 9 开头" in message


def test_new_permanent_residence_id_with_wrong_check_char():
    message = refusal("FPR", wrong_check(fpr_new("31", "392", "19800101", 200)))
    assert "永久居留身份证" in message and "校验位不符" in message


def test_new_permanent_residence_id_with_bad_date():
    message = refusal("FPR", fpr_new("31", "392", "19801332", 200))
    assert "出生日期" in message


def test_old_permanent_residence_id():
    facts = parse_id("FPR", "usa118506151234")
    assert facts.number == "USA118506151234"
    assert facts.birth_date == dt.date(1985, 6, 15)
    assert facts.gender == ""  # the old card's gender digit is not documented


def test_old_permanent_residence_id_two_digit_year_is_never_in_the_future():
    facts = parse_id("FPR", "GBR31" + "100301" + "0021")
    assert facts.birth_date == dt.date(2010, 3, 1)
    next_year = (dt.date.today().year + 1) % 100
    later = parse_id("FPR", f"GBR31{next_year:02d}0101" + "0021")
    assert later.birth_date.year == 1900 + next_year


def test_old_permanent_residence_id_layout_and_date():
    assert "3 个字母" in refusal("FPR", "US1118506151234")
    assert "出生日期 850230 无效" in refusal("FPR", "USA118502301234")


def test_permanent_residence_id_of_other_lengths():
    message = refusal("FPR", "USA11850615123")
    assert "15 位" in message and "18 位" in message and "当前 14 位" in message


# --- HMT_PERMIT 港澳台居民来往内地通行证, PASSPORT -----------------------------------------------


@pytest.mark.parametrize(
    "typed, number",
    [("H12345678", "H12345678"), ("m1234567801", "M1234567801"), ("12345678", "12345678"), ("ｈ１２３４５６７８", "H12345678")],
)
def test_travel_permit_accepted(typed, number):
    facts = parse_id("HMT_PERMIT", typed)
    assert (facts.number, facts.birth_date, facts.gender) == (number, None, "")


@pytest.mark.parametrize("typed", ["A12345678", "H1234567", "123456789", "H123456789", "HM1234567"])
def test_travel_permit_refused(typed):
    assert "通行证号码应为" in refusal("HMT_PERMIT", typed)


@pytest.mark.parametrize("typed, number", [("E12345678", "E12345678"), ("g 1234 5678", "G12345678"), ("AB123", "AB123")])
def test_passport_accepted(typed, number):
    facts = parse_id("PASSPORT", typed)
    assert (facts.number, facts.birth_date, facts.gender) == (number, None, "")


@pytest.mark.parametrize("typed", ["E123", "E" * 18, "E1234567#", "护照12345"])
def test_passport_refused(typed):
    assert refusal("PASSPORT", typed) == "护照号码应为 5 到 17 位字母或数字"


def test_id_type_labels_are_chinese():
    assert IdType.CN_RIC.label == "居民身份证"
    assert IdType.HMT_RP.label == "港澳台居民居住证"
    assert IdType.FPR.label == "外国人永久居留身份证"
    assert IdType.HMT_PERMIT.label == "港澳台居民来往内地通行证"
    assert IdType.PASSPORT.label == "护照"


# --- masking -------------------------------------------------------------------------------------


def test_mask_keeps_region_and_last_four_of_long_numbers():
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_id_number("USA118506151234") == "USA118*****1234"


def test_mask_hides_the_middle_of_short_numbers():
    assert mask_id_number("E12345678") == "E*****678"
    assert mask_id_number("H12345678") == "H*****678"
    assert mask_id_number("1234") == "****"
    for number in ("E12345678", "12345678", "AB123", "11010519491231002X"):
        masked = mask_id_number(number)
        assert len(masked) == len(number) and "*" in masked
