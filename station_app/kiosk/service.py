"""What the kiosk asks of the core: who is this, where can they check in, check out with a summary.

Identification: a scanned card code, a platform volunteer number, a phone tail
(4 digits or more), a name, or the pinyin initials of a name tapped on the
kiosk's letter pad (白洋淑 = BYS). Only active volunteers can check in; anyone
else is sent to staff. Whatever the way, the kiosk learns a name and a masked
phone number, no more.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from station_app import config
from station_app.audit import Actor
from station_app.db import database
from station_app.db.models import Volunteer
from station_app.hours import records, totals
from station_app.hours.cards import volunteer_for_code
from station_app.hours.records import RecordView
from station_app.hours.star_standard import reached_text, threshold_for
from station_app.hours.times import local_now
from station_app.posts.shifts import KioskChoice, kiosk_choices
from station_app.roster.phone import mask_phone
from station_app.station import settings
from station_app.text_normalize import strip_all_space, to_half_width

KIOSK_ACTOR = Actor("签到机", via="kiosk")
MAX_CANDIDATES = 12


@dataclass(frozen=True)
class Candidate:
    volunteer_id: int
    name: str
    phone_masked: str
    team: str


@dataclass(frozen=True)
class Identified:
    """The answer to what was typed or scanned: one person, several to pick from, or nobody."""

    candidates: list[Candidate]
    by_card: bool = False


def identify(text: str) -> Identified:
    raw = strip_all_space(to_half_width(text or ""))
    if not raw:
        return Identified([])
    card = volunteer_for_code(raw)
    if card is not None:
        return Identified(_candidates(Volunteer.id == card), by_card=True)
    upper = raw.upper()
    if re.fullmatch(r"[A-Z0-9-]{6,32}", upper) and not upper.isdigit():
        found = _candidates(Volunteer.platform_no == upper)
        if found:
            return Identified(found, by_card=True)
    if raw.isdigit():
        # The last 4 digits (what the masks show), or a whole mobile number: any other length could be
        # extended a digit at a time to rebuild someone's number at a screen anyone may use.
        if len(raw) == 4:  # peewee's % is GLOB on SQLite: an indexed prefix match (LIKE could not use the index)
            return Identified(_candidates(Volunteer.phone_rev % (raw[::-1] + "*")))
        if len(raw) == 11:
            return Identified(_candidates(Volunteer.phone_rev == raw[::-1]))
        return Identified([])
    return Identified(_candidates(Volunteer.name.contains(raw)))


def identify_by_initials(letters: str) -> Identified:
    """People whose name's pinyin initials start with *letters* (BY finds 白洋淑, bys too), from the
    stored search keys (roster/search_keys.py), so it stays an indexed prefix match."""
    from station_app.roster.search_keys import glob_escape

    key = strip_all_space(to_half_width(letters or "")).lower()
    if not key or not key.isascii() or not key.isalpha():
        return Identified([])
    return Identified(_candidates(Volunteer.name_initials % (glob_escape(key) + "*")))


def _candidates(condition) -> list[Candidate]:
    q = (Volunteer.select(Volunteer.id, Volunteer.name, Volunteer.phone, Volunteer.team)
         .where(condition & (Volunteer.status == "active") & Volunteer.pull_problem.is_null())
         .order_by(Volunteer.name_pinyin, Volunteer.id).limit(MAX_CANDIDATES).tuples())
    return [Candidate(vid, name, mask_phone(phone), team) for vid, name, phone, team in q]


@dataclass(frozen=True)
class KioskState:
    volunteer_id: int
    name: str
    open_record: RecordView | None
    choices: list[KioskChoice]


def state_for(volunteer_id: int, now: dt.datetime | None = None) -> KioskState:
    now = now or local_now()
    volunteer = Volunteer.get_by_id(volunteer_id)
    current = records.open_record_for(volunteer_id)
    choices = [] if current else kiosk_choices(volunteer_id, now, settings.get(config.KIOSK_SOON_MINUTES))
    return KioskState(volunteer_id, volunteer.name, current, choices)


def check_in(volunteer_id: int, post_id: int, shift_id: int | None = None,
             at: dt.datetime | None = None) -> RecordView:
    return records.check_in(volunteer_id, post_id, KIOSK_ACTOR, at, shift_id)


@dataclass(frozen=True)
class CheckoutSummary:
    record: RecordView
    minutes: int
    today_minutes: int
    approved_minutes: int
    stars: int
    star_text: str = ""          # "累计志愿服务时长已达到一星志愿者标准（100 小时）": what hours reached, never a level granted
    first_star_hours: int = 100  # the first threshold, for the encouragement below it

    @property
    def changes(self):
        """The check-out's changes (the record it closed)."""
        return self.record.changes


def check_out(volunteer_id: int, at: dt.datetime | None = None) -> CheckoutSummary:
    rec = records.check_out(volunteer_id, KIOSK_ACTOR, at)
    with database.atomic():
        approved = totals.approved_minutes(volunteer_id)
        today = totals.minutes_on_day(volunteer_id, rec.start.date())
        thresholds = totals.star_thresholds()
    stars = totals.star_level(approved, thresholds)
    return CheckoutSummary(rec, rec.minutes or 0, today, approved, stars,
                           reached_text(stars, threshold_for(stars, thresholds)), thresholds[0])
