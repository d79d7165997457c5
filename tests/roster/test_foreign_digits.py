"""Digits of other scripts in numbers (issue 11): only 0-9 count, after full-width ones are converted.

Python's ``\\d``, ``isdigit`` and ``int()`` take Arabic-Indic (٠١٢…) and Devanagari (०१२…) digits, and
NFKC leaves them alone: an ID number with a few of them passed the check digit yet was stored as a
different number, so the same person could be entered twice.
"""

from __future__ import annotations

import pytest

from station_app.db.models import Volunteer
from station_app.roster.ids import IdNumberError, normalize_id_number, parse_id
from station_app.roster.phone import PhoneError, normalize_mobile
from station_app.roster.service import add_volunteer
from support.core import adult_input, make_id

ARABIC = {str(d): chr(0x660 + d) for d in range(10)}
DEVANAGARI = {str(d): chr(0x966 + d) for d in range(10)}
FULL_WIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}


def _swap(text: str, table: dict[str, str], start: int, stop: int) -> str:
    return text[:start] + "".join(table.get(c, c) for c in text[start:stop]) + text[stop:]


def test_an_id_with_arabic_indic_digits_is_refused_though_its_check_digit_would_pass():
    number = make_id("110105", "19800101", 123)
    disguised = _swap(number, ARABIC, 14, 17)  # the sequence digits; the check digit stays ASCII
    with pytest.raises(IdNumberError, match="0–9"):
        parse_id("CN_RIC", disguised)
    with pytest.raises(IdNumberError, match="0–9"):
        parse_id("CN_RIC", _swap(number, DEVANAGARI, 0, 6))


def test_full_width_digits_still_count_as_the_same_number():
    number = make_id("110105", "19800101", 123)
    assert parse_id("CN_RIC", _swap(number, FULL_WIDTH, 0, 18)).number == number
    assert normalize_id_number(_swap(number, FULL_WIDTH, 0, 18)) == number


def test_the_same_person_cannot_be_entered_twice_with_disguised_digits(station_db, staff):
    number = make_id("110105", "19800101", 123)
    add_volunteer(adult_input(id_number=number), staff)
    from station_app.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as refused:
        add_volunteer(adult_input(id_number=_swap(number, ARABIC, 14, 17), phone="13900000001"), staff)
    assert "0–9" in str(refused.value.errors)
    assert Volunteer.select().count() == 1


def test_phones_with_other_scripts_digits_are_refused():
    assert normalize_mobile(_swap("13800138000", FULL_WIDTH, 0, 11)) == "13800138000"
    for table in (ARABIC, DEVANAGARI):
        with pytest.raises(PhoneError, match="0–9"):
            normalize_mobile(_swap("13800138000", table, 3, 11))
        with pytest.raises(PhoneError, match="0–9"):
            normalize_mobile("+86 " + _swap("13800138000", table, 0, 11))


def test_the_kiosk_pin_takes_only_ascii_digits(station_db, staff):
    from station_app.kiosk.pin import check_kiosk_pin, set_kiosk_pin

    with pytest.raises(ValueError, match="0–9"):
        set_kiosk_pin(_swap("2468", ARABIC, 0, 4), staff)
    set_kiosk_pin(_swap("2468", FULL_WIDTH, 0, 4), staff)
    assert check_kiosk_pin("2468")
    assert not check_kiosk_pin(_swap("2468", ARABIC, 0, 4))


def test_the_station_phone_takes_only_ascii_digits():
    from dataclasses import replace

    from station_app.demo import DEMO_STATION
    from station_app.errors import ValidationFailed
    from station_app.station.profile import clean_profile

    with pytest.raises(ValidationFailed):
        clean_profile(replace(DEMO_STATION, phone=_swap("010-85551234", ARABIC, 4, 12)))
