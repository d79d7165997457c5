"""Checking one volunteer's fields, as the dialog types and before every save.

Pure functions, no database: the dialog calls :func:`check_volunteer` on each
keystroke to say which field is wrong and why; the roster service calls it
again before writing, so no entry path can skip a rule.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from station_app.errors import FieldError
from station_app.i18n import QT_TRANSLATE_NOOP, translate
from station_app.roster.ids import IdNumberError, IdType, parse_id
from station_app.roster.notice_versions import CHILD_NOTICE_VERSION, NOTICE_VERSION
from station_app.roster.phone import PhoneError, normalize_mobile
from station_app.text_normalize import squeeze, strip_all_space

STATUSES = ("active", "inactive")
# Ages fixed by law, not settings: 民法典 Art. 17 (adult at 18) and PIPL Art. 31
# (a guardian consents for a child under 14).
ADULT_AGE = 18
GUARDIAN_CONSENT_AGE = 14


FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("volunteer", "姓名"),
    "id_type": QT_TRANSLATE_NOOP("volunteer", "证件类型"),
    "id_number": QT_TRANSLATE_NOOP("volunteer", "证件号码"),
    "gender": QT_TRANSLATE_NOOP("volunteer", "性别"),
    "birth_date": QT_TRANSLATE_NOOP("volunteer", "出生日期"),
    "phone": QT_TRANSLATE_NOOP("volunteer", "手机号码"),
    "platform_no": QT_TRANSLATE_NOOP("volunteer", "志愿者编号"),
    "team": QT_TRANSLATE_NOOP("volunteer", "所属队伍"),
    "skills": QT_TRANSLATE_NOOP("volunteer", "技能/标签"),
    "guardian_name": QT_TRANSLATE_NOOP("volunteer", "监护人姓名"),
    "guardian_phone": QT_TRANSLATE_NOOP("volunteer", "监护人电话"),
    "consent_date": QT_TRANSLATE_NOOP("volunteer", "告知同意日期"),
    "consent_version": QT_TRANSLATE_NOOP("volunteer", "告知版本"),
    "child_consent_date": QT_TRANSLATE_NOOP("volunteer", "监护人单独同意日期"),
    "child_consent_by": QT_TRANSLATE_NOOP("volunteer", "单独同意的监护人"),
    "child_consent_version": QT_TRANSLATE_NOOP("volunteer", "儿童信息规则版本"),
    "status": QT_TRANSLATE_NOOP("volunteer", "状态"),
    "notes": QT_TRANSLATE_NOOP("volunteer", "备注"),
}


def field_label(name: str) -> str:
    return translate("volunteer", FIELD_LABELS[name])


@dataclass
class VolunteerInput:
    """What a person typed. Gender and birth date are used only when the ID does not carry them."""

    name: str = ""
    id_type: str = IdType.CN_RIC.value
    id_number: str = ""
    gender: str = ""
    birth_date: dt.date | None = None
    phone: str = ""
    platform_no: str = ""
    team: str = ""
    skills: str = ""
    guardian_name: str = ""
    guardian_phone: str = ""
    consent: bool = False
    consent_date: dt.date | None = None
    consent_version: str = ""  # the notice version agreed to; "" for the current one (a new consent)
    # A child under 14: the guardian's separate consent to the children's rules (PIPL Art. 31)
    child_consent: bool = False
    child_consent_date: dt.date | None = None
    child_consent_version: str = ""
    status: str = "active"
    notes: str = ""
    # agreement to keep skills/notes (data beyond what the rules need); None: the caller does not manage it
    extra_consent: bool | None = None
    # Stored values left as they are (the editor saw them masked): some of KEEPABLE. The service fills
    # them in before it checks; a check before that takes them as valid and uses known_minor instead.
    keep: frozenset[str] = frozenset()
    known_minor: tuple[bool, bool] | None = None  # (under 18, under 14) of a kept identity


KEEPABLE = frozenset({"id_type", "id_number", "gender", "birth_date", "phone", "guardian_phone"})


@dataclass
class CheckedVolunteer:
    """Normalised values ready to store, and what was derived from the ID."""

    values: dict[str, object] = field(default_factory=dict)
    errors: list[FieldError] = field(default_factory=list)
    age: int | None = None
    needs_guardian: bool = False
    needs_guardian_consent: bool = False
    derived_from_id: bool = False

    def error_for(self, name: str) -> str | None:
        return next((e.message for e in self.errors if e.field == name), None)


# Han characters: the BMP blocks and the supplementary ones (Ext B–H, e.g. 𠮷), which GB18030 encodes.
_NAME_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U000323afA-Za-z·\-\s.']+")


def normalize_name(raw: str) -> str:
    """Stray spaces out; the middle-dot variants of minority and foreign names become ·."""
    name = squeeze((raw or "").replace("．", "·"))  # before squeeze: its NFKC turns ． into .
    for dot in ("•", "・", "‧", "∙"):
        name = name.replace(dot, "·")
    if re.search(r"[\u3400-\u9fff\U00020000-\U000323af]", name):
        name = name.replace(" ", "")  # "张 三" typed with a space is 张三
    return name


def normalize_tags(raw: str) -> str:
    """Skills/tags separated by commas, 、, ; or spaces become one comma list."""
    parts = re.split(r"[,，、;；\s]+", squeeze(raw))
    seen: list[str] = []
    for p in parts:
        if p and p not in seen:
            seen.append(p)
    return ",".join(seen)


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def check_volunteer(inp: VolunteerInput, today: dt.date | None = None) -> CheckedVolunteer:
    today = today or dt.date.today()
    out = CheckedVolunteer()
    err = out.errors

    def fail(name: str, message: str) -> None:
        err.append(FieldError(name, field_label(name), message))

    name = normalize_name(inp.name)
    if not name:
        fail("name", translate("volunteer", "必填"))
    elif len(name) > 40:
        fail("name", translate("volunteer", "不能超过 40 个字"))
    elif not _NAME_RE.fullmatch(name):
        fail("name", translate("volunteer", "只能包含汉字、字母、空格和间隔号 ·，不能有数字或其他符号"))

    try:
        id_type = IdType(inp.id_type)
    except ValueError:
        fail("id_type", translate("volunteer", "请选择证件类型"))
        id_type = None

    gender, birth = inp.gender or "", inp.birth_date
    number = ""
    kept = inp.keep & KEEPABLE
    if "id_number" in kept:
        number, birth = inp.id_number, None  # checked when it was stored; the service fills it in
    elif id_type is not None:
        try:
            facts = parse_id(id_type, inp.id_number)
            number = facts.number
            if facts.birth_date:
                birth, out.derived_from_id = facts.birth_date, True
            if facts.gender:
                gender = facts.gender
        except IdNumberError as exc:
            fail("id_number", str(exc))
    if gender not in ("", "M", "F"):
        fail("gender", translate("volunteer", "请选择男或女"))
    if birth is not None and birth > today:
        fail("birth_date", translate("volunteer", "不能晚于今天"))

    phone = inp.phone or None if "phone" in kept else _phone(inp.phone, "phone", fail)
    platform_no = strip_all_space(inp.platform_no).upper()
    if platform_no and not re.fullmatch(r"[A-Z0-9-]{4,32}", platform_no):
        fail("platform_no", translate("volunteer", "只能包含字母、数字和短横线，4 到 32 位"))

    guardian_name = normalize_name(inp.guardian_name)
    guardian_phone = (inp.guardian_phone or None if "guardian_phone" in kept
                      else _phone(inp.guardian_phone, "guardian_phone", fail))
    if birth is not None and birth <= today:
        out.age = age_on(birth, today)
        out.needs_guardian = out.age < ADULT_AGE
        out.needs_guardian_consent = out.age < GUARDIAN_CONSENT_AGE
    elif "id_number" in kept and inp.known_minor is not None:
        out.needs_guardian, out.needs_guardian_consent = inp.known_minor
    if out.needs_guardian:
        if not guardian_name:
            fail("guardian_name", translate("volunteer", "未满 18 周岁的志愿者须登记监护人姓名"))
        if not guardian_phone and not out.error_for("guardian_phone") and "guardian_phone" not in kept:
            fail("guardian_phone", translate("volunteer", "未满 18 周岁的志愿者须登记监护人电话"))

    consent_date = inp.consent_date if inp.consent else None
    if inp.consent and consent_date is None:
        fail("consent_date", translate("volunteer", "请填写告知同意的日期"))
    elif consent_date is not None and consent_date > today:
        fail("consent_date", translate("volunteer", "不能晚于今天"))
    if out.needs_guardian_consent and not inp.consent:
        fail("consent_date", translate("volunteer", "未满 14 周岁，须由监护人阅读个人信息告知并同意后才能保存"))
    consent_by = ""
    if consent_date is not None:
        consent_by = "guardian" if out.needs_guardian_consent else "self"
    child_date = inp.child_consent_date if inp.child_consent else None
    if out.needs_guardian_consent and child_date is None:
        fail("child_consent_date", translate("volunteer", "未满 14 周岁：须由监护人阅读《儿童个人信息处理规则》并单独同意，填写同意日期"))
    elif child_date is not None and child_date > today:
        fail("child_consent_date", translate("volunteer", "不能晚于今天"))

    if inp.status not in STATUSES:
        fail("status", translate("volunteer", "状态无效"))

    out.values = {
        "name": name,
        "id_type": id_type.value if id_type else inp.id_type,
        "id_number": number,
        "gender": gender,
        "birth_date": birth,
        "phone": phone,
        "platform_no": platform_no or None,
        "team": squeeze(inp.team),
        "skills": normalize_tags(inp.skills),
        "guardian_name": guardian_name,
        "guardian_phone": guardian_phone,
        "consent_date": consent_date,
        "consent_by": consent_by,
        "consent_version": (inp.consent_version or NOTICE_VERSION) if consent_date else "",
        "child_consent_date": child_date,
        "child_consent_by": guardian_name if child_date else "",
        "child_consent_version": (inp.child_consent_version or CHILD_NOTICE_VERSION) if child_date else "",
        "status": inp.status,
        "notes": _printable(inp.notes),
    }
    if inp.extra_consent is False and (out.values["skills"] or out.values["notes"]):
        fail("skills", translate("volunteer", "技能/标签和备注不是必须登记的信息，须经本人同意；请勾选“本人同意登记”，或清空这两项"))
    return out


def _printable(text: str | None) -> str:
    """Notes keep their line breaks; other control characters (Word's \x0b) become spaces."""
    return "".join(c if c in "\n\t" or c.isprintable() else " " for c in (text or "")).strip()


def _phone(raw: str, name: str, fail) -> str | None:
    try:
        return normalize_mobile(raw)
    except PhoneError as exc:
        fail(name, str(exc))
        return None


def input_from_values(values: dict[str, object]) -> VolunteerInput:
    """The input that would reproduce stored values (for the edit dialog)."""
    inp = VolunteerInput()
    for key in ("name", "id_type", "id_number", "gender", "birth_date", "platform_no", "team", "skills",
                "guardian_name", "notes", "status", "consent_date", "consent_version", "child_consent_date",
                "child_consent_version"):
        value = values.get(key)
        setattr(inp, key, value if value is not None else getattr(inp, key))
    inp.phone = str(values.get("phone") or "")
    inp.guardian_phone = str(values.get("guardian_phone") or "")
    inp.consent = values.get("consent_date") is not None
    inp.child_consent = values.get("child_consent_date") is not None
    if "extra_consent" in values:
        inp.extra_consent = bool(values["extra_consent"])
    return inp
