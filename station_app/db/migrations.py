"""Schema versions, kept in ``PRAGMA user_version``.

Each migration is frozen SQL (plus an optional Python step): once released it
is never edited, because station databases made by that version exist. A new
schema change appends a new entry. Every migration runs in one transaction
together with the version bump, so a crash leaves the previous version intact.
"""

from __future__ import annotations

from typing import Callable

import peewee

from station_app.i18n import translate

_V1 = """
CREATE TABLE station (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    organisation TEXT NOT NULL,
    person_in_charge TEXT NOT NULL,
    phone TEXT NOT NULL,
    address TEXT NOT NULL,
    secret TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE volunteer (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_pinyin TEXT NOT NULL,
    name_initials TEXT NOT NULL,
    id_type TEXT NOT NULL,
    id_number TEXT NOT NULL,
    gender TEXT NOT NULL DEFAULT '',
    birth_date DATE,
    phone TEXT,
    platform_no TEXT,
    team TEXT NOT NULL DEFAULT '',
    skills TEXT NOT NULL DEFAULT '',
    guardian_name TEXT NOT NULL DEFAULT '',
    guardian_phone TEXT,
    consent_date DATE,
    consent_by TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (id_type, id_number)
);
CREATE UNIQUE INDEX volunteer_platform_no ON volunteer (platform_no);
CREATE INDEX volunteer_name_pinyin ON volunteer (name_pinyin, id);
CREATE INDEX volunteer_name_initials ON volunteer (name_initials);
CREATE TABLE audit_entry (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before TEXT,
    after TEXT,
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
"""

# v2: search as you type over 100k volunteers (ENGINEERING.md figures).
# Tail search ("last four digits of the phone / ID") becomes an indexed prefix
# match on a reversed copy of each number (GLOB 'rev*'). Every search index
# also carries status and the sort keys, so a search never reads the table:
# reading rows one by one through an index cost 120-240 ms for 100k people.
_V2 = """
ALTER TABLE volunteer ADD COLUMN id_rev TEXT NOT NULL DEFAULT '';
ALTER TABLE volunteer ADD COLUMN phone_rev TEXT;
ALTER TABLE volunteer ADD COLUMN platform_rev TEXT;
UPDATE volunteer SET id_rev = reverse_text(id_number),
                     phone_rev = reverse_text(phone),
                     platform_rev = reverse_text(platform_no);
DROP INDEX volunteer_name_pinyin;
DROP INDEX volunteer_name_initials;
CREATE INDEX volunteer_name_order ON volunteer (name_pinyin, name, id, status);
CREATE INDEX volunteer_initials ON volunteer (name_initials, status, name_pinyin, name);
CREATE INDEX volunteer_id_rev ON volunteer (id_rev, status, name_pinyin, name);
CREATE INDEX volunteer_phone_rev ON volunteer (phone_rev, status, name_pinyin, name);
CREATE INDEX volunteer_platform_prefix ON volunteer (platform_no, status, name_pinyin, name);
CREATE INDEX volunteer_platform_rev ON volunteer (platform_rev, status, name_pinyin, name);
"""

Migration = tuple[str, Callable[[peewee.Database], None] | None]

MIGRATIONS: list[Migration] = [
    (_V1, None),
    (_V2, None),
]

LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: peewee.Database) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: peewee.Database, target: int = LATEST_VERSION) -> int:
    """Bring the schema up to *target*; return the version found before."""
    from station_app.db.connection import DataFolderError

    found = schema_version(db)
    if found > LATEST_VERSION:
        raise DataFolderError(
            translate("database", "此数据库由更新版本的 Station Desk 创建（结构版本 {found}），请升级本程序后再打开。").format(found=found)
        )
    for version in range(found + 1, target + 1):
        sql, step = MIGRATIONS[version - 1]
        with db.atomic():
            for statement in _split(sql):
                db.execute_sql(statement)
            if step is not None:
                step(db)
            db.execute_sql(f"PRAGMA user_version = {version}")
    return found


def _split(sql: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    import sqlite3

    statements, buffer = [], ""
    for line in sql.strip().splitlines():
        buffer += line + "\n"
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
