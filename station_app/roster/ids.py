"""Identity documents accepted on the roster, and their validation.

Codes are those of docs/protocol.md so records can go to the city platform as they
are. What each number carries:

* ``CN_RIC`` 居民身份证, GB 11643: 6-digit region, 8-digit birth date, 3-digit
  sequence (odd = male), check character. The region code must be one that
  GB/T 2260 lists (python-stdnum's table), in any year: a number's region is
  where it was first assigned, often long after birth (房山区 110111 exists since
  1986 and is held by people born before), so stdnum's "existed in the birth
  year" rule would refuse real cards.
* ``HMT_RP`` 港澳台居民居住证: same layout, region 810000 / 820000 / 830000.
  stdnum does not know these regions, so we check the prefix ourselves and use
  its GB 11643 check character.
* ``FPR`` 外国人永久居留身份证: the 2023 card has 18 characters starting with 9
  (9 + 2-digit province + 3-digit nationality + birth date + sequence + GB 11643
  check); the 2004 card has 15 (3-letter nationality + 2-digit place + YYMMDD +
  3-digit sequence + check digit). For the old card we check the layout and the
  birth date only: its check-digit rule is not public.
* ``HMT_PERMIT`` 港澳台居民来往内地通行证: H/M + 8 digits (+2 renewal digits on
  older cards) for Hong Kong and Macao, 8 digits for Taiwan.
* ``PASSPORT``: 5 to 17 letters and digits (formats differ by country).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from enum import Enum

from stdnum import numdb
from stdnum.cn import ric

from station_app.i18n import QT_TRANSLATE_NOOP, translate
from station_app.protocol import signing
from station_app.text_normalize import foreign_digit, strip_all_space


class IdType(str, Enum):
    CN_RIC = "CN_RIC"
    HMT_RP = "HMT_RP"
    FPR = "FPR"
    HMT_PERMIT = "HMT_PERMIT"
    PASSPORT = "PASSPORT"

    @property
    def label(self) -> str:
        return translate("ids", _LABELS[self])


_LABELS = {
    IdType.CN_RIC: QT_TRANSLATE_NOOP("ids", "居民身份证"),
    IdType.HMT_RP: QT_TRANSLATE_NOOP("ids", "港澳台居民居住证"),
    IdType.FPR: QT_TRANSLATE_NOOP("ids", "外国人永久居留身份证"),
    IdType.HMT_PERMIT: QT_TRANSLATE_NOOP("ids", "港澳台居民来往内地通行证"),
    IdType.PASSPORT: QT_TRANSLATE_NOOP("ids", "护照"),
}


class IdNumberError(ValueError):
    """The number is not valid for its type; ``str()`` is the user-facing reason."""


@dataclass(frozen=True)
class IdFacts:
    """What a valid number tells us. ``gender`` is "M", "F" or "" when unknown."""

    number: str
    birth_date: dt.date | None
    gender: str


def normalize_id_number(raw: str | None) -> str:
    """Full-width to ASCII, no spaces or dashes, upper case (lower-case x is common)."""
    return strip_all_space(raw).replace("-", "").upper()


def parse_id(id_type: IdType | str, raw: str | None) -> IdFacts:
    """Validate *raw* for *id_type*; return the normalised number and what it carries."""
    id_type = IdType(id_type)
    number = normalize_id_number(raw)
    if not number:
        raise IdNumberError(translate("ids", "请填写证件号码"))
    odd = foreign_digit(number)
    if odd is not None:
        raise IdNumberError(translate("ids", "证件号码只能用 0–9 的数字，“{c}”是其他文字的数字，请重新输入").format(c=odd))
    return _PARSERS[id_type](number)


def _gb11643(number: str, what: str) -> IdFacts:
    if len(number) != 18:
        raise IdNumberError(translate("ids", "{what}号码应为 18 位，当前 {n} 位").format(what=what, n=len(number)))
    if not re.fullmatch(r"[0-9]{17}[0-9X]", number):
        raise IdNumberError(translate("ids", "{what}号码前 17 位应为数字，最后一位为数字或 X").format(what=what))
    birth = _date_or_none(number[6:14])
    if birth is None or birth > dt.date.today() or birth.year < 1880:
        raise IdNumberError(translate("ids", "{what}号码中的出生日期 {d} 无效").format(what=what, d=number[6:14]))
    if ric.calc_check_digit(number) != number[17]:
        raise IdNumberError(translate("ids", "{what}号码校验位不符，号码有误，请逐位核对").format(what=what))
    return IdFacts(number, birth, "M" if int(number[16]) % 2 else "F")


def _cn_ric(number: str) -> IdFacts:
    facts = _gb11643(number, translate("ids", "身份证"))
    if number[:2] in ("81", "82", "83"):
        raise IdNumberError(translate("ids", "{code} 开头的是港澳台居民居住证号码，请把证件类型选为“港澳台居民居住证”").format(code=number[:6]))
    if not _region_known(number[:6]):
        raise IdNumberError(translate("ids", "身份证号码前 6 位地区代码 {code} 不存在").format(code=number[:6]))
    return facts


@functools.cache  # a few thousand codes; a 50,000-row import asks ~50,000 times
def _region_known(code: str) -> bool:
    """Whether GB/T 2260 lists *code* as a county-level region, now or in the past.

    Not ``ric.validate``: it also wants the code to have existed in the birth
    year, and raises KeyError for a known province with an unknown county.
    """
    return any(props.get("county") for _part, props in numdb.get("cn/loc").info(code))


def _hmt_rp(number: str) -> IdFacts:
    if number[:6] not in ("810000", "820000", "830000"):
        raise IdNumberError(translate("ids", "港澳台居民居住证号码应以 810000（香港）、820000（澳门）或 830000（台湾）开头"))
    return _gb11643(number, translate("ids", "居住证"))


def _fpr(number: str) -> IdFacts:
    if len(number) == 18:
        if not number.startswith("9"):
            raise IdNumberError(translate("ids", "18 位外国人永久居留身份证号码应以 9 开头"))
        return _gb11643(number, translate("ids", "永久居留身份证"))
    if len(number) == 15:
        if not re.fullmatch(r"[A-Z]{3}[0-9]{12}", number):
            raise IdNumberError(translate("ids", "15 位外国人永久居留身份证号码应为 3 个字母（国籍）加 12 位数字"))
        birth = _two_digit_year_date(number[5:11])
        if birth is None:
            raise IdNumberError(translate("ids", "永久居留身份证号码中的出生日期 {d} 无效").format(d=number[5:11]))
        return IdFacts(number, birth, "")
    raise IdNumberError(translate("ids", "外国人永久居留身份证号码应为 15 位（旧版）或 18 位（新版），当前 {n} 位").format(n=len(number)))


def _hmt_permit(number: str) -> IdFacts:
    if re.fullmatch(r"[HM][0-9]{8}([0-9]{2})?", number) or re.fullmatch(r"[0-9]{8}", number):
        return IdFacts(number, None, "")
    raise IdNumberError(translate("ids", "通行证号码应为 H 或 M 加 8 位数字（港澳），或 8 位数字（台湾）"))


def _passport(number: str) -> IdFacts:
    if re.fullmatch(r"[A-Z0-9]{5,17}", number):
        return IdFacts(number, None, "")
    raise IdNumberError(translate("ids", "护照号码应为 5 到 17 位字母或数字"))


_PARSERS = {
    IdType.CN_RIC: _cn_ric,
    IdType.HMT_RP: _hmt_rp,
    IdType.FPR: _fpr,
    IdType.HMT_PERMIT: _hmt_permit,
    IdType.PASSPORT: _passport,
}


def _date_or_none(yyyymmdd: str) -> dt.date | None:
    """Eight ASCII digits as a date (not strptime: a sixth of the ID check's time in a 50,000-row import)."""
    if len(yyyymmdd) != 8 or not (yyyymmdd.isascii() and yyyymmdd.isdigit()):
        return None
    try:
        return dt.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        return None


def _two_digit_year_date(yymmdd: str) -> dt.date | None:
    """The latest century that puts the date in the past."""
    today = dt.date.today()
    for century in (2000, 1900):
        try:
            d = dt.date(century + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6]))
        except ValueError:
            return None
        if d <= today:
            return d
    return None


def gb11643_check_char(first17: str) -> str:
    """The check character for the first 17 digits (stdnum expects a placeholder 18th)."""
    return ric.calc_check_digit(first17 + "0")


# 110105********3945: one definition for the screen, exports and the signed certificate message.
mask_id_number = signing.mask_id_number
