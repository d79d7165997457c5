"""Make ``schema_v1.sqlite``: a station database as schema version 1 of Station Desk left it.

``tests/test_migrations.py`` copies this file and opens it with the current app,
which must migrate it to the latest schema and keep every row. The file is
committed; run this script only to re-create it exactly (it is deterministic):

    .venv/bin/python tests/data/make_schema_v1.py

How it is made: ``migrate(db, target=1)`` runs the frozen version-1 SQL on a new
file, then rows go in with raw SQL the way version 1 stored them (dates as
``YYYY-MM-DD`` text, timestamps ISO 8601 with offset, search keys precomputed
and written literally here, so later changes to the pinyin code cannot change
the fixture). The audit entries carry a valid version-1 hash chain: sha256 of
the previous hash followed by the JSON of the entry's fields, computed below.
The journal mode is left at DELETE so the fixture is one self-contained file.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import peewee

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from station_app.db.migrations import migrate, schema_version  # noqa: E402

TARGET = HERE / "schema_v1.sqlite"
AT = "2025-03-01T09:00:00+08:00"

STATION = (1, "朝西社区志愿服务站", "BJ-CY-0001", "北京市朝阳区朝西街道朝西社区居民委员会", "王建国",
           "010-85551234", "北京市朝阳区朝西路 18 号", "ab" * 32, AT, AT)

SETTINGS = [("operator.name", "李值班"), ("roster.page_size", "100")]

VOLUNTEER_COLUMNS = (
    "id", "uid", "name", "name_pinyin", "name_initials", "id_type", "id_number", "gender", "birth_date", "phone",
    "platform_no", "team", "skills", "guardian_name", "guardian_phone", "consent_date", "consent_by", "status",
    "notes", "created_at", "updated_at",
)
VOLUNTEERS = [
    # The GB 11643 example number, check character X.
    (1, "6f1c0a52-0001-4000-8000-000000000001", "张秀英", "zhangxiuying", "zxy", "CN_RIC", "11010519491231002X",
     "F", "1949-12-31", "13800138000", "BJ20190000001", "银发助老服务队", "摄影,驾驶", "", None, "2024-03-01",
     "self", "active", "", AT, AT),
    (2, "6f1c0a52-0002-4000-8000-000000000002", "李建国", "lijianguo", "ljg", "CN_RIC", "110108195503021212",
     "M", "1955-03-02", None, None, "平安巡逻队", "", "", None, None, "", "active", "只在周末", AT, AT),
    (3, "6f1c0a52-0003-4000-8000-000000000003", "王小明", "wangxiaoming", "wxm", "CN_RIC", "110105201505060011",
     "M", "2015-05-06", None, None, "青少年志愿服务队", "", "王建国", "13912345678", "2024-09-01", "guardian",
     "active", "", AT, AT),
    (4, "6f1c0a52-0004-4000-8000-000000000004", "约翰·史密斯", "yuehanshimisi", "yhsms", "PASSPORT", "E12345678",
     "M", "1970-05-05", "18601234567", "BJ-CY-0042", "", "外语翻译", "", None, "2024-05-20", "self", "active", "",
     AT, AT),
    (5, "6f1c0a52-0005-4000-8000-000000000005", "陈静", "chenjing", "cj", "HMT_RP", "810000199001011230",
     "M", "1990-01-01", "13700001234", None, "", "", "", None, "2024-01-15", "self", "inactive", "搬离社区", AT, AT),
]


def _hash(prev: str, fields: dict) -> str:
    payload = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256((prev + payload).encode("utf-8")).hexdigest()


def _dump(value):
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


AUDIT = [
    ("李值班", "station.create", "station", "1", None, {"name": STATION[1], "code": STATION[2]}, ""),
    *[("李值班", "volunteer.create", "volunteer", str(v[0]), None,
       {"name": v[2], "id_type": v[5], "id_number": v[6]}, "") for v in VOLUNTEERS],
    ("李值班", "volunteer.deactivate", "volunteer", "5", {"status": "active"}, {"status": "inactive"}, "搬离社区"),
    ("李值班", "setting.update", "setting", "roster.page_size", {"value": 200}, {"value": 100}, ""),
]


def make(path: Path = TARGET) -> Path:
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = peewee.SqliteDatabase(str(tmp))
    db.connect()
    migrate(db, target=1)
    assert schema_version(db) == 1
    with db.atomic():
        db.execute_sql(f"INSERT INTO station VALUES ({', '.join('?' * len(STATION))})", STATION)
        db.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?), (?, ?)", sum(SETTINGS, ()))
        marks = ", ".join("?" * len(VOLUNTEER_COLUMNS))
        for row in VOLUNTEERS:
            db.execute_sql(f"INSERT INTO volunteer ({', '.join(VOLUNTEER_COLUMNS)}) VALUES ({marks})", row)
        prev = "0" * 64
        for actor, action, entity_type, entity_id, before, after, reason in AUDIT:
            fields = {"at": AT, "actor": actor, "action": action, "entity_type": entity_type,
                      "entity_id": entity_id, "before": _dump(before), "after": _dump(after), "reason": reason}
            digest = _hash(prev, fields)
            db.execute_sql(
                "INSERT INTO audit_entry (at, actor, action, entity_type, entity_id, before, after, reason,"
                " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (AT, actor, action, entity_type, entity_id, fields["before"], fields["after"], reason, prev, digest),
            )
            prev = digest
    db.execute_sql("VACUUM")
    db.close()
    tmp.replace(path)
    return path


if __name__ == "__main__":
    print(make())
