"""The tables of labels the code translates through a variable (``translate("hours", STATE_LABELS[s])``)
are marked for lupdate with QT_TRANSLATE_NOOP in the context they are translated in, so the English
interface shows "Pending", "Resident ID card", "Name: required", not the Chinese source."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from station_app import i18n
from station_app.translation_files import ts_messages

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "station_app_en.ts"
TABLES = [
    ("station_app.hours.records", "STATE_LABELS", "hours"), ("station_app.hours.records", "SOURCE_LABELS", "hours"),
    ("station_app.certificates.register", "STATUS_LABELS", "certificates"),
    ("station_app.certificates.register", "VERDICTS", "certificates"),
    *[("station_app.record_kinds.common", name, "record_kinds") for name in ("LEVELS", "RATINGS", "RESULTS", "TYPES")],
    ("station_app.staff.roles", "ROLE_LABELS", "staff"), ("station_app.roster.ids", "_LABELS", "ids"),
    ("station_app.roster.validation", "FIELD_LABELS", "volunteer"), ("station_app.station.profile", "FIELD_LABELS", "station"),
    ("station_app.posts.service", "LABELS", "posts"),
    *[("station_app.audit_view.field_labels", name, "audit") for name in (
        "COMMON", "RECORD", "SHIFT", "VOLUNTEER_EXTRA", "STATION_EXTRA", "STAFF", "SETTING", "CERTIFICATE", "FILE",
        "BACKUP", "OUTBOX", "SETTING_LABELS", "VOLUNTEER_STATUS", "GENDERS", "CONSENT_BY", "STORED_IN", "OUTPUTS")],
    ("station_app.imports.hours_columns", "TITLES", "import"), ("station_app.imports.training_import", "TITLES", "import"),
    ("station_app.imports.table_reader", "_UNREADABLE", "import"), ("station_app.sync.client", "STOP_MESSAGES", "sync"),
    ("station_app.reports.figures", "GROUPING_LABELS", "reports"),
]


def labels(table) -> list[str]:
    return [v for v in table.values() if isinstance(v, str) and v]


@pytest.mark.parametrize(("module", "name", "context"), TABLES, ids=[f"{m.rsplit('.', 1)[-1]}.{n}" for m, n, _c in TABLES])
def test_every_label_of_the_table_has_its_english(module, name, context):
    english = ts_messages(TS)
    table = getattr(importlib.import_module(module), name)
    missing = [text for text in labels(table) if (context, text) not in english]
    assert labels(table) and missing == []


def test_the_other_tables_too(monkeypatch):
    """Age bands, star level presets: tuples and records rather than dicts."""
    from station_app.hours.star_standard import PRESETS
    from station_app.roster.age_band import BANDS

    english = ts_messages(TS)
    assert all(("roster", label) in english for _end, label in BANDS)
    assert all(("hours", p.label) in english for p in PRESETS.values())
    monkeypatch.setattr(i18n, "_translator", lambda context, text: english.get((context, text), text))
    from station_app.roster.ids import IdType
    from station_app.staff.roles import role_label

    assert IdType.CN_RIC.label == "Resident ID card"
    assert role_label("admin") == "Station manager (administrator)"
