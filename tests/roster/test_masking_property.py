"""What an operator can collect, all of it together, does not fill in a mask.

Hypothesis builds small rosters (adults and minors, any birth date, any sequence
digits and phones). An operator then gathers everything the app will show them:
every search (names, every tail the masks show), each volunteer read, the masked
roster export, the hours export, the audit viewer, the kiosk's candidates, the
home page and report figures, and a certificate reprint. Across all of that text:

- no whole ID or phone number, and no part longer than what the masks show;
- no birth date in any form, and no age that gives the birth year: the only age
  is the band (roster/age_band.py);
- searches for longer tails than the masks show find no one;
- so the numbers consistent with what was seen stay in the hundreds for every
  person (counted here from the mask, the band and the check digit).
Trying those candidates one by one is what tests/roster/test_id_probes.py stops.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import subprocess

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_app.audit import Actor
from station_app.audit_view.query import AuditFilter
from station_app.audit_view.query import search as audit_search
from station_app.certificates.issue import issue_certificate
from station_app.certificates.register import reprint_to_file
from station_app.db import close_database, open_database
from station_app.demo import DEMO_STATION
from station_app.exports.hours_export import export_hours
from station_app.exports.roster_export import export_roster
from station_app.hours.records import RecordInput, add_record
from station_app.hours.review import approve
from station_app.hours.times import local_time
from station_app.kiosk.service import identify
from station_app.posts.service import PostInput, create_post
from station_app.reports.build import full_report
from station_app.reports.home import home_data
from station_app.reports.periods import Period
from station_app.roster.age_band import BANDS, age_band
from station_app.roster.ids import gb11643_check_char
from station_app.roster.service import add_volunteer, get_volunteer, search_roster
from station_app.roster.validation import VolunteerInput, age_on
from station_app.station.profile import save_profile
from support.core import make_id

OPERATOR = Actor("值班员小李")
ADMIN = Actor("站长", role="admin")
TODAY = dt.date.today()
NAMES = ["张秀英", "李建国", "王芳", "刘洋", "陈静", "杨伟", "赵敏", "黄磊"]
REGIONS = ["110105", "110108", "310115", "440305"]
MIN_CANDIDATES = 100


def varied(n: int):
    """*n* digits, not all alike: shrinking to 0000… would make numbers that turn up by coincidence
    inside serials and dates, and prove nothing about masks."""
    return st.lists(st.integers(0, 9), min_size=n, max_size=n).filter(lambda ds: len(set(ds)) >= 3).map(
        lambda ds: "".join(map(str, ds)))


@st.composite
def person(draw, index: int):
    born = draw(st.dates(dt.date(1930, 1, 1), TODAY - dt.timedelta(days=365 * 7)))
    number = make_id(draw(st.sampled_from(REGIONS)), born, int(draw(varied(3))))
    phone = draw(st.sampled_from(["135", "138", "139", "150", "177", "186", "199"])) + draw(varied(4)) + draw(varied(4))
    minor = age_on(born, TODAY) < 18
    child = age_on(born, TODAY) < 14
    return VolunteerInput(
        name=NAMES[index], id_number=number, phone=phone, consent=True, consent_date=TODAY,
        child_consent=child, child_consent_date=TODAY if child else None,
        guardian_name="监护人" if minor else "", guardian_phone=("1390000" + f"{index:04d}") if minor else "",
        notes="", skills="")


@st.composite
def roster(draw):
    size = draw(st.integers(2, 5))
    people = [draw(person(i)) for i in range(size)]
    numbers = [p.id_number for p in people]
    phones = [p.phone for p in people]
    if len(set(numbers)) < size or len(set(phones)) < size:
        from hypothesis import reject
        reject()
    return people


def gather(folder, people) -> tuple[str, dict[str, object]]:
    """Everything the operator can see, as one text, and the rows the roster shows."""
    seen: list[str] = []
    rows = {}
    for page in [search_roster("", actor=OPERATOR)] + [search_roster(p.name, actor=OPERATOR) for p in people]:
        for r in page.rows:
            rows[r.name] = r
            seen.append(repr(r))
    for p in people:
        for tail in range(2, 5):
            seen += [repr(search_roster(p.id_number[-tail:], actor=OPERATOR).rows),
                     repr(search_roster(p.phone[-tail:], actor=OPERATOR).rows)]
        seen.append(repr(identify(p.phone[-4:]).candidates))
        seen.append(repr(identify(p.phone).candidates))
    for r in rows.values():
        seen.append(repr(get_volunteer(r.id, OPERATOR)))
    export_roster(folder / "roster.csv", OPERATOR, mask=True)
    seen.append((folder / "roster.csv").read_text(encoding="utf-8-sig"))
    export_hours(folder / "hours.xlsx", OPERATOR)
    for row in openpyxl.load_workbook(folder / "hours.xlsx").active.iter_rows(values_only=True):
        seen.append(" ".join("" if c is None else str(c) for c in row))
    seen += [repr(r) for r in audit_search(AuditFilter(limit=5000), OPERATOR).rows]
    seen.append(repr(home_data(OPERATOR)))
    seen.append(repr(full_report(Period(TODAY.replace(day=1), TODAY), "month", OPERATOR)))
    pdf = folder / "copy.pdf"
    reprint_to_file(SERIAL[0], pdf, OPERATOR)
    seen.append(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout)
    return "\n".join(seen), rows


SERIAL: list[str] = []
# Random identifiers (record uids, outbox keys, chain hashes) are not personal data, and a run of
# digits inside one may contain any four digits: CI once found "1508" of a phone number in a uid.
NOT_PERSONAL = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{32,}\b")


def _days_by_band() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    day = TODAY - dt.timedelta(days=365 * 110)
    while day <= TODAY:
        out.setdefault(age_band(day), []).append(day.strftime("%Y%m%d"))
        day += dt.timedelta(days=1)
    return out


DAYS_BY_BAND = _days_by_band()


def candidates(masked_id_number: str, band: str) -> int:
    """Valid numbers with these visible digits whose birth date falls in *band* (within 110 years)."""
    prefix, seq, check = masked_id_number[:6], masked_id_number[-4:-1], masked_id_number[-1]
    return sum(gb11643_check_char(prefix + day + seq) == check for day in DAYS_BY_BAND[band])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(people=roster())
def test_nothing_an_operator_sees_fills_in_a_mask(tmp_path_factory, people):
    folder = tmp_path_factory.mktemp("station")
    open_database(folder)
    try:
        save_profile(DEMO_STATION, ADMIN)
        post = create_post(PostInput("垃圾分类督导", "P-GARBAGE"), ADMIN)
        added = [add_volunteer(p, OPERATOR) for p in people]
        day = TODAY - dt.timedelta(days=1) if TODAY.day > 1 else TODAY
        ids = [add_record(RecordInput(v.id, post.id, local_time(day, "08:00"), local_time(day, "09:30")), OPERATOR).id
               for v in added]
        approve(ids, ADMIN)
        SERIAL[:] = [issue_certificate(added[0].id, ADMIN).serial]
        text, rows = gather(folder, people)
        for p in people:
            born = dt.date(int(p.id_number[6:10]), int(p.id_number[10:12]), int(p.id_number[12:14]))
            whole = [p.id_number, p.phone] + ([p.guardian_phone] if p.guardian_phone else [])
            longer_than_shown = [p.id_number[:7], p.id_number[-5:], p.phone[:4], p.phone[-5:]]
            dates = [born.isoformat(), born.strftime("%Y%m%d"), f"{born.year}年{born.month}月{born.day}日",
                     born.strftime("%Y/%m/%d"), f"{born.year}-**-**"]
            for leak in whole + dates:
                assert leak not in text, (p.name, leak)
            for token in re.findall(r"[0-9Xx]{5,}", NOT_PERSONAL.sub("", text)):  # the numbers shown, masks excepted
                for part in longer_than_shown:
                    assert part not in token, (p.name, part, token)
            unbanded = text
            for _end, label in BANDS:
                unbanded = unbanded.replace(label, "")
            for age in {TODAY.year - born.year, age_on(born, TODAY)}:
                assert not re.search(rf"(?<!\d){age} ?岁|age={age}\b", unbanded), (p.name, age)
            row = rows[p.name]
            assert row.age_band == age_band(born)
            assert search_roster(p.id_number[-5:], actor=OPERATOR).rows == []
            assert search_roster(p.phone[-6:], actor=OPERATOR).rows == []
            assert candidates(row.id_masked, row.age_band) >= MIN_CANDIDATES, p.id_number
    finally:
        close_database()


def test_the_candidate_count_is_what_an_age_would_leave_far_behind():
    """The property above means something: with this year's age instead of a band, about 33 dates stay."""
    number = make_id("110105", "19850314", 398)
    masked = number[:6] + "*" * 8 + number[-4:]
    same_year = sum(gb11643_check_char(f"110105{d.strftime('%Y%m%d')}398") == number[-1]
                    for d in (dt.date(1985, 1, 1) + dt.timedelta(days=i) for i in range(365)))
    assert 20 <= same_year <= 50
    assert candidates(masked, age_band(dt.date(1985, 3, 14))) >= 10 * same_year


def test_a_masked_export_says_band_not_age(tmp_path):
    open_database(tmp_path / "s")
    try:
        add_volunteer(VolunteerInput(name="王芳", id_number=make_id("110105", "19850314", 398),
                                     phone="13912345678", consent=True, consent_date=TODAY), OPERATOR)
        export_roster(tmp_path / "r.csv", OPERATOR, mask=True)
        with (tmp_path / "r.csv").open(encoding="utf-8-sig") as fh:
            (row,) = list(csv.DictReader(fh))
        assert row["年龄段"] == "35–59 岁" and "出生日期" not in row
    finally:
        close_database()
