"""Mainland mobile numbers as people type them: spaces, dashes, +86, full-width digits."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from station_app.i18n import translate
from station_app.text_normalize import foreign_digit, strip_all_space


class PhoneError(ValueError):
    """Not a mainland mobile number; ``str()`` is the user-facing reason."""


_CN_OR_NONE = phonenumbers.PhoneMetadata.metadata_for_region("CN")
assert _CN_OR_NONE is not None  # phonenumbers ships the CN metadata
_CN = _CN_OR_NONE
# The number types phonenumbers.number_type tries before "mobile", in its order.
_BEFORE_MOBILE = tuple(d for d in (_CN.premium_rate, _CN.toll_free, _CN.shared_cost, _CN.voip, _CN.personal_number,
                                   _CN.pager, _CN.uan, _CN.voicemail) if d is not None and d.national_number_pattern)


def _matches(desc, national: str) -> bool:
    """phonenumbers' own test of a number against one type's metadata (length, then pattern)."""
    if desc is None or not desc.national_number_pattern:
        return False
    lengths = [n for n in desc.possible_length if n != -1]
    if lengths and len(national) not in lengths:
        return False
    return re.fullmatch(desc.national_number_pattern, national) is not None


@lru_cache(maxsize=65536)
def _prefix_is_mobile(prefix7: str) -> bool:
    """Whether 11-digit numbers starting with these 7 digits are allocated mobile numbers.

    phonenumbers' CN mobile patterns are a prefix of at most 7 digits followed by
    any digits, so the verdict for one number holds for its whole 7-digit block.
    Decided the way ``phonenumbers.number_type`` decides (its metadata, in its
    order) without parsing: parsing took ~100 µs a number, a sixth of a 50,000-row
    import. A test checks this against phonenumbers on random numbers.
    """
    national = prefix7 + "0000"
    if not _matches(_CN.general_desc, national) or any(_matches(d, national) for d in _BEFORE_MOBILE):
        return False
    return _matches(_CN.mobile, national)


def normalize_mobile(raw: str | None) -> str | None:
    """Return the 11-digit number, ``None`` for empty input, or raise :class:`PhoneError`.

    phonenumbers knows the allocated mobile ranges (13x…19x), so 12345678901
    is refused although it has 11 digits.
    """
    text = strip_all_space(raw)
    if not text:
        return None
    if len(text) == 11 and text.isascii() and text.isdigit() and text[0] == "1":  # the usual case, typed plainly
        if _prefix_is_mobile(text[:7]):
            return text
        raise PhoneError(translate("phone", "{n} 不是有效的手机号段，请核对").format(n=text))
    odd = foreign_digit(text)
    if odd is not None:  # phonenumbers would quietly read them as 0-9
        raise PhoneError(translate("phone", "手机号码只能用 0–9 的数字，“{c}”是其他文字的数字").format(c=odd))
    cleaned = text.replace("-", "").replace("(", "").replace(")", "")
    if cleaned.startswith("0086"):
        cleaned = "+86" + cleaned[4:]
    digits = cleaned.lstrip("+")
    if not (digits.isascii() and digits.isdigit()):
        raise PhoneError(translate("phone", "手机号码只能包含数字"))
    try:
        parsed = phonenumbers.parse(cleaned, "CN")
    except Exception as exc:
        raise PhoneError(translate("phone", "手机号码格式不对")) from exc
    national = str(parsed.national_number)
    if parsed.country_code != 86 or len(national) != 11:
        raise PhoneError(translate("phone", "请填写 11 位大陆手机号码，当前 {n} 位").format(n=len(national)))
    if phonenumbers.number_type(parsed) not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        raise PhoneError(translate("phone", "{n} 不是有效的手机号段，请核对").format(n=national))
    return national


def mask_phone(phone: str | None) -> str:
    """138****8000"""
    if not phone:
        return ""
    if len(phone) == 11:
        return phone[:3] + "****" + phone[-4:]
    return phone[:2] + "*" * max(len(phone) - 4, 0) + phone[-2:]
