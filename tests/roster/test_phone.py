"""Mainland mobile numbers as people type them."""

from __future__ import annotations

import pytest

from station_app.roster.phone import PhoneError, mask_phone, normalize_mobile


@pytest.mark.parametrize(
    "typed",
    [
        "13800138000",
        "138 0013 8000",
        "138-0013-8000",
        " 138 - 0013 - 8000 ",
        "+86 138 0013 8000",
        "+86-13800138000",
        "(+86) 13800138000",
        "0086 138 0013 8000",
        "008613800138000",
        "１３８００１３８０００",  # full-width digits from a Chinese input method
        "＋８６ １３８　００１３　８０００",  # full-width plus and ideographic spaces
    ],
)
def test_typed_forms_become_eleven_digits(typed):
    assert normalize_mobile(typed) == "13800138000"


@pytest.mark.parametrize("number", ["13912345678", "15011112222", "17612345678", "18601234567", "19912345678"])
def test_allocated_mobile_ranges_are_accepted(number):
    assert normalize_mobile(number) == number


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_empty_means_no_phone(typed):
    assert normalize_mobile(typed) is None


def refusal(typed: str) -> str:
    with pytest.raises(PhoneError) as info:
        normalize_mobile(typed)
    return str(info.value)


def test_ten_digits_are_refused_with_the_count():
    assert refusal("1380013800") == "请填写 11 位大陆手机号码，当前 10 位"


def test_twelve_digits_are_refused_with_the_count():
    assert "当前 12 位" in refusal("138001380001")


def test_unallocated_range_is_refused_although_it_has_eleven_digits():
    assert refusal("12345678901") == "12345678901 不是有效的手机号段，请核对"
    assert "不是有效的手机号段" in refusal("10012345678")


def test_letters_are_refused():
    assert refusal("138OO138000") == "手机号码只能包含数字"  # letter O for zero
    assert refusal("abc") == "手机号码只能包含数字"


def test_landline_is_not_a_mobile():
    with pytest.raises(PhoneError):
        normalize_mobile("010-85551234")


def test_foreign_number_is_refused():
    with pytest.raises(PhoneError):
        normalize_mobile("+852 9123 4567")


def test_mask_phone():
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone(None) == ""
    assert mask_phone("") == ""
    masked = mask_phone("85551234")
    assert len(masked) == 8 and masked.startswith("85") and masked.endswith("34") and "5512" not in masked


def test_fast_path_agrees_with_phonenumbers_on_random_numbers():
    """The 7-digit-block shortcut gives phonenumbers' own verdict."""
    import random

    import phonenumbers

    from station_app.roster.phone import PhoneError, normalize_mobile

    rng = random.Random(5)
    for _ in range(5000):
        number = "1" + "".join(rng.choice("0123456789") for _ in range(10))
        try:
            parsed = phonenumbers.parse(number, "CN")
            expected = phonenumbers.number_type(parsed) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
        except Exception:  # noqa: BLE001 - it raises for some 11-digit strings: not a mobile then
            expected = False
        try:
            got = normalize_mobile(number) == number
        except PhoneError:
            got = False
        assert got == expected, number
