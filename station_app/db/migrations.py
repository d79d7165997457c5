"""Schema versions, kept in ``PRAGMA user_version``.

Each migration is frozen SQL (plus an optional Python step): once released it
is never edited, because station databases made by that version exist. A new
schema change appends a new entry. Every migration runs in one transaction
together with the version bump, so a crash leaves the previous version intact.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee

from station_app.errors import DataFolderError
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

# v2: search as you type over 100k volunteers (measured: docs/architecture.md, Storage; benchmarks/roster_search.py).
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

# v3: the station's daily work: duty posts, shifts and sign-ups, service records.
# Times are whole minutes since 1970-01-01 UTC (start_min, end_min) with the
# station's UTC offset beside them, so overlap checks are integer comparisons
# and the wall-clock time as recorded is never lost. ym (year*100+month, local)
# and the covering index (post_id, ym, minutes) make monthly totals over 1M
# records an index scan (63 ms measured, against 1.4 s grouping on text).
# (volunteer_id, state, start_min) has two equality columns, so SQLite picks it
# over (state, start_min) for a volunteer's totals: 1 s → under 1 ms at 1M rows.
_V3 = """
CREATE TABLE post (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    capacity INTEGER,
    counts_as_service INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE shift (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id INTEGER NOT NULL REFERENCES post (id),
    start_min INTEGER NOT NULL,
    end_min INTEGER NOT NULL,
    utc_offset INTEGER NOT NULL,
    capacity INTEGER,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK (end_min > start_min)
);
CREATE INDEX shift_post_start ON shift (post_id, start_min);
CREATE INDEX shift_start ON shift (start_min);
CREATE TABLE shift_signup (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    shift_id INTEGER NOT NULL REFERENCES shift (id),
    volunteer_id INTEGER NOT NULL REFERENCES volunteer (id),
    over_capacity INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (shift_id, volunteer_id)
);
CREATE INDEX shift_signup_volunteer ON shift_signup (volunteer_id);
CREATE TABLE service_record (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    volunteer_id INTEGER NOT NULL REFERENCES volunteer (id),
    post_id INTEGER NOT NULL REFERENCES post (id),
    shift_id INTEGER REFERENCES shift (id),
    start_min INTEGER NOT NULL,
    end_min INTEGER,
    utc_offset INTEGER NOT NULL,
    break_minutes INTEGER NOT NULL DEFAULT 0,
    minutes INTEGER,
    counts INTEGER NOT NULL,
    people_served INTEGER,
    content TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL CHECK (source IN ('kiosk', 'manual', 'import')),
    state TEXT NOT NULL CHECK (state IN ('open', 'pending', 'approved', 'rejected', 'void')),
    recorded_by TEXT NOT NULL,
    reviewed_by TEXT,
    reviewed_at TEXT,
    reject_reason TEXT NOT NULL DEFAULT '',
    corrects_id INTEGER REFERENCES service_record (id),
    void_reason TEXT NOT NULL DEFAULT '',
    ym INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (end_min IS NULL OR (end_min > start_min AND end_min - start_min <= 1440)),
    CHECK (minutes IS NULL OR (minutes >= 0 AND minutes <= end_min - start_min))
);
CREATE INDEX service_record_volunteer ON service_record (volunteer_id, state, start_min);
CREATE INDEX service_record_state ON service_record (state, start_min);
CREATE INDEX service_record_post_month ON service_record (post_id, ym, minutes);
"""

# v4: the certificate register (issue 5). A certificate keeps a copy of what it
# certified (name, masked ID, station, 负责人, 经办人, each record's post, time and
# minutes), so a reprint years later shows the same content and its verification
# code still checks, whatever was renamed or corrected since. Serials number
# from 1 each year: UNIQUE (year, seq) makes a clash impossible even if two
# writers raced past the BEGIN IMMEDIATE that issue() takes.
_V4 = """
CREATE TABLE certificate (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    serial TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    volunteer_id INTEGER NOT NULL REFERENCES volunteer (id),
    volunteer_name TEXT NOT NULL,
    id_type TEXT NOT NULL,
    id_masked TEXT NOT NULL,
    platform_no TEXT,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    total_minutes INTEGER NOT NULL,
    record_count INTEGER NOT NULL,
    stars INTEGER NOT NULL DEFAULT 0,
    lifetime_minutes INTEGER NOT NULL,
    station_name TEXT NOT NULL,
    station_code TEXT NOT NULL,
    organisation TEXT NOT NULL,
    person_in_charge TEXT NOT NULL,
    handler TEXT NOT NULL,
    phone TEXT NOT NULL,
    address TEXT NOT NULL,
    issue_date DATE NOT NULL,
    verification_code TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'revoked')),
    issued_by TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    copies INTEGER NOT NULL DEFAULT 0,
    revoked_by TEXT,
    revoked_at TEXT,
    revoke_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (year, seq),
    CHECK (period_end >= period_start),
    CHECK (total_minutes > 0)
);
CREATE INDEX certificate_volunteer ON certificate (volunteer_id, issued_at);
CREATE INDEX certificate_issued ON certificate (issued_at);
CREATE TABLE certificate_record (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    certificate_id INTEGER NOT NULL REFERENCES certificate (id),
    record_id INTEGER NOT NULL REFERENCES service_record (id),
    record_uid TEXT NOT NULL,
    post_name TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    start_min INTEGER NOT NULL,
    end_min INTEGER NOT NULL,
    utc_offset INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    UNIQUE (certificate_id, record_id)
);
CREATE INDEX certificate_record_record ON certificate_record (record_id);
"""

_V5 = """
CREATE TABLE staff (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'operator')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    last_login_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
ALTER TABLE volunteer ADD COLUMN extra_consent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE volunteer ADD COLUMN anonymised_at TEXT;
UPDATE volunteer SET extra_consent = 1 WHERE skills != '' OR notes != '';
"""

_V6 = """
CREATE TABLE sync_batch (
    batch_id TEXT PRIMARY KEY,
    endpoint TEXT NOT NULL CHECK (endpoint IN ('batches', 'certificates')),
    body BLOB NOT NULL,
    item_count INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'unacked' CHECK (state IN ('unacked', 'acked', 'held', 'split')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_status TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    accepted INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    last_attempt_at TEXT,
    acked_at TEXT
);
CREATE INDEX sync_batch_state ON sync_batch (state, created_at);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL UNIQUE,
    endpoint TEXT NOT NULL CHECK (endpoint IN ('batches', 'certificates')),
    op TEXT NOT NULL CHECK (op IN ('add', 'void', 'issued', 'revoked')),
    record_id INTEGER REFERENCES service_record (id),
    certificate_id INTEGER REFERENCES certificate (id),
    reason TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'batched', 'done', 'rejected', 'cancelled', 'manual', 'resolved')),
    batch_id TEXT REFERENCES sync_batch (batch_id),
    result_code TEXT NOT NULL DEFAULT '',
    result_message TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    done_at TEXT
);
CREATE INDEX outbox_state ON outbox (state, endpoint, id);
CREATE INDEX outbox_batch ON outbox (batch_id);
CREATE INDEX outbox_record ON outbox (record_id);
CREATE INDEX outbox_certificate ON outbox (certificate_id);
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
ALTER TABLE volunteer ADD COLUMN local_edit INTEGER NOT NULL DEFAULT 1;
ALTER TABLE certificate ADD COLUMN records_changed_at TEXT;
ALTER TABLE volunteer ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER volunteer_local_edit AFTER UPDATE OF name, id_type, id_number, phone, gender, status ON volunteer
WHEN NEW.sync_gen = OLD.sync_gen AND NEW.local_edit = 0
BEGIN
    UPDATE volunteer SET local_edit = 1 WHERE id = NEW.id;
END;
"""

# v9: shifts that repeat weekly (issue 17), e.g. 每周一三五 07:00–09:00 until a date. Each
# occurrence stays a shift row of its own (its sign-ups and capacity are per occurrence, as before);
# the series says which occurrences belong together, for "this and later ones" edits.
_V9 = """
CREATE TABLE shift_series (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id INTEGER NOT NULL REFERENCES post (id),
    weekdays TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    first_day DATE NOT NULL,
    last_day DATE NOT NULL,
    capacity INTEGER,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK (last_day >= first_day)
);
ALTER TABLE shift ADD COLUMN series_id INTEGER REFERENCES shift_series (id);
CREATE INDEX shift_series_start ON shift (series_id, start_min);
"""

# v10: a name's characters, for search as you type over 100k volunteers (issue 17). "王" or "芳"
# was a LIKE '%王%' over every name (20-30 ms); this table holds one row per distinct Chinese
# character of each name, its covering index in roster order, so one character is a range of the table and
# longer text a range of its rarest character filtered by LIKE. Triggers keep it with every write
# path (dialog, import, roster pull, deletion on request). name_position numbers a name's characters
# (SQLite allows no WITH inside a trigger).
_NAME_CHAR_ROWS = """
    SELECT DISTINCT substr({v}.name, p.n, 1), {v}.id, {v}.status, {v}.name_pinyin, {v}.name
    FROM name_position p WHERE p.n <= length({v}.name) AND unicode(substr({v}.name, p.n, 1)) >= 13312"""
_V10 = f"""
CREATE TABLE name_position (n INTEGER PRIMARY KEY);
INSERT INTO name_position (n) WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 64)
    SELECT n FROM k;
CREATE TABLE volunteer_name_char (
    ch TEXT NOT NULL,
    volunteer_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    name_pinyin TEXT NOT NULL,
    name TEXT NOT NULL
);
CREATE INDEX volunteer_name_char_order ON volunteer_name_char (ch, status, name_pinyin, name, volunteer_id);
CREATE INDEX volunteer_name_char_volunteer ON volunteer_name_char (volunteer_id);
INSERT INTO volunteer_name_char (ch, volunteer_id, status, name_pinyin, name)
    SELECT DISTINCT substr(v.name, p.n, 1), v.id, v.status, v.name_pinyin, v.name
    FROM volunteer v JOIN name_position p ON p.n <= length(v.name) WHERE unicode(substr(v.name, p.n, 1)) >= 13312;
CREATE TRIGGER volunteer_name_char_insert AFTER INSERT ON volunteer
BEGIN
    INSERT INTO volunteer_name_char (ch, volunteer_id, status, name_pinyin, name){_NAME_CHAR_ROWS.format(v="NEW")};
END;
CREATE TRIGGER volunteer_name_char_update AFTER UPDATE OF name, name_pinyin, status ON volunteer
BEGIN
    DELETE FROM volunteer_name_char WHERE volunteer_id = OLD.id;
    INSERT INTO volunteer_name_char (ch, volunteer_id, status, name_pinyin, name){_NAME_CHAR_ROWS.format(v="NEW")};
END;
CREATE TRIGGER volunteer_name_char_delete AFTER DELETE ON volunteer
BEGIN
    DELETE FROM volunteer_name_char WHERE volunteer_id = OLD.id;
END;
"""


# v7: report figures kept by the writes (issue 14). A year's report over 1M records
# took 0.4 s summing a covering index and 0.9 s counting distinct volunteers, so the
# counts are kept as records change instead. For each counted record (approved, on a
# post that counts) report_member holds, per span (month 202605, quarter 20262, year
# 2026) and post (0 = all posts), how many records a volunteer has there; report_tally
# holds per span and post the distinct volunteers (members with records > 0), records,
# minutes and people served. Triggers on service_record keep both, on every write path
# (kiosk, entry, review, correction, import, raw SQL), in the writer's transaction.
_V7_SPANS = """
SELECT NEW_YM AS span UNION ALL SELECT (NEW_YM / 100) * 10 + ((NEW_YM % 100) - 1) / 3 + 1
UNION ALL SELECT NEW_YM / 100"""


def _v7_apply(row: str, sign: str) -> str:
    spans = _V7_SPANS.replace("NEW_YM", f"{row}.ym")
    return f"""
    INSERT INTO report_member (span, post_id, volunteer_id, records, minutes, people)
    SELECT s.span, p.post_id, {row}.volunteer_id, {sign}1, {sign}COALESCE({row}.minutes, 0),
           {sign}COALESCE({row}.people_served, 0)
    FROM ({spans}) s, (SELECT {row}.post_id AS post_id UNION ALL SELECT 0) p WHERE true
    ON CONFLICT (span, post_id, volunteer_id) DO UPDATE SET records = records + excluded.records,
        minutes = minutes + excluded.minutes, people = people + excluded.people;"""


_COUNTED_NEW = "NEW.state = 'approved' AND NEW.counts = 1"
_COUNTED_OLD = "OLD.state = 'approved' AND OLD.counts = 1"
_V7 = f"""
CREATE TABLE report_member (
    id INTEGER PRIMARY KEY,
    span INTEGER NOT NULL,
    post_id INTEGER NOT NULL,
    volunteer_id INTEGER NOT NULL,
    records INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    people INTEGER NOT NULL,
    UNIQUE (span, post_id, volunteer_id)
);
CREATE TABLE report_tally (
    id INTEGER PRIMARY KEY,
    span INTEGER NOT NULL,
    post_id INTEGER NOT NULL,
    volunteers INTEGER NOT NULL,
    records INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    people INTEGER NOT NULL,
    UNIQUE (span, post_id)
);
WITH c AS (SELECT ym, post_id, volunteer_id, COALESCE(minutes, 0) AS m, COALESCE(people_served, 0) AS p
           FROM service_record WHERE state = 'approved' AND counts = 1),
     k (kind) AS (VALUES (0), (1), (2)),
     a (all_posts) AS (VALUES (0), (1))
INSERT INTO report_member (span, post_id, volunteer_id, records, minutes, people)
SELECT CASE k.kind WHEN 0 THEN c.ym WHEN 1 THEN (c.ym / 100) * 10 + ((c.ym % 100) - 1) / 3 + 1 ELSE c.ym / 100 END,
       CASE a.all_posts WHEN 1 THEN 0 ELSE c.post_id END, c.volunteer_id, COUNT(*), SUM(c.m), SUM(c.p)
FROM c, k, a GROUP BY 1, 2, 3;
INSERT INTO report_tally (span, post_id, volunteers, records, minutes, people)
SELECT span, post_id, COUNT(*), SUM(records), SUM(minutes), SUM(people) FROM report_member GROUP BY span, post_id;
CREATE TRIGGER report_member_added AFTER INSERT ON report_member
BEGIN
    INSERT INTO report_tally (span, post_id, volunteers, records, minutes, people)
    VALUES (NEW.span, NEW.post_id, NEW.records > 0, NEW.records, NEW.minutes, NEW.people)
    ON CONFLICT (span, post_id) DO UPDATE SET volunteers = volunteers + excluded.volunteers,
        records = records + excluded.records, minutes = minutes + excluded.minutes, people = people + excluded.people;
END;
CREATE TRIGGER report_member_changed AFTER UPDATE ON report_member
BEGIN
    UPDATE report_tally SET volunteers = volunteers + (NEW.records > 0) - (OLD.records > 0),
        records = records + NEW.records - OLD.records, minutes = minutes + NEW.minutes - OLD.minutes,
        people = people + NEW.people - OLD.people
    WHERE span = NEW.span AND post_id = NEW.post_id;
END;
CREATE TRIGGER service_record_tally_insert AFTER INSERT ON service_record WHEN {_COUNTED_NEW}
BEGIN{_v7_apply("NEW", "+")}
END;
CREATE TRIGGER service_record_tally_update_old AFTER UPDATE OF state, counts, ym, minutes, people_served, post_id,
    volunteer_id ON service_record WHEN {_COUNTED_OLD}
BEGIN{_v7_apply("OLD", "-")}
END;
CREATE TRIGGER service_record_tally_update_new AFTER UPDATE OF state, counts, ym, minutes, people_served, post_id,
    volunteer_id ON service_record WHEN {_COUNTED_NEW}
BEGIN{_v7_apply("NEW", "+")}
END;
CREATE TRIGGER service_record_tally_delete AFTER DELETE ON service_record WHEN {_COUNTED_OLD}
BEGIN{_v7_apply("OLD", "-")}
END;
"""


# v8: privacy that holds against someone who tries (issue 11).
_V8 = """
ALTER TABLE volunteer ADD COLUMN pull_problem TEXT;
CREATE TABLE erasure (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    volunteer_uid TEXT NOT NULL UNIQUE,
    erased_at TEXT NOT NULL
);
CREATE TABLE subject_key (
    subject TEXT PRIMARY KEY,
    key BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE audit_epoch (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE TABLE lockout (
    name TEXT PRIMARY KEY,
    failures INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT
);
PRAGMA defer_foreign_keys = ON;
CREATE TABLE certificate_v8 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    serial TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    volunteer_id INTEGER REFERENCES volunteer (id),
    volunteer_name TEXT NOT NULL,
    id_type TEXT NOT NULL,
    id_masked TEXT NOT NULL,
    platform_no TEXT,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    total_minutes INTEGER NOT NULL,
    record_count INTEGER NOT NULL,
    stars INTEGER NOT NULL DEFAULT 0,
    lifetime_minutes INTEGER NOT NULL,
    station_name TEXT NOT NULL,
    station_code TEXT NOT NULL,
    organisation TEXT NOT NULL,
    person_in_charge TEXT NOT NULL,
    handler TEXT NOT NULL,
    phone TEXT NOT NULL,
    address TEXT NOT NULL,
    issue_date DATE NOT NULL,
    verification_code TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'revoked')),
    issued_by TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    copies INTEGER NOT NULL DEFAULT 0,
    revoked_by TEXT,
    revoked_at TEXT,
    revoke_reason TEXT NOT NULL DEFAULT '',
    records_changed_at TEXT,
    UNIQUE (year, seq),
    CHECK (period_end >= period_start),
    CHECK (total_minutes > 0)
);
INSERT INTO certificate_v8 SELECT id, serial, year, seq, volunteer_id, volunteer_name, id_type, id_masked, platform_no,
    period_start, period_end, total_minutes, record_count, stars, lifetime_minutes, station_name, station_code,
    organisation, person_in_charge, handler, phone, address, issue_date, verification_code, status, issued_by,
    issued_at, copies, revoked_by, revoked_at, revoke_reason, records_changed_at FROM certificate;
DROP TABLE certificate;
ALTER TABLE certificate_v8 RENAME TO certificate;
CREATE INDEX certificate_volunteer ON certificate (volunteer_id, issued_at);
CREATE INDEX certificate_issued ON certificate (issued_at);
CREATE TABLE certificate_record_v8 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    certificate_id INTEGER NOT NULL REFERENCES certificate (id),
    record_id INTEGER REFERENCES service_record (id),
    record_uid TEXT NOT NULL,
    post_name TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    start_min INTEGER NOT NULL,
    end_min INTEGER NOT NULL,
    utc_offset INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    UNIQUE (certificate_id, record_uid)
);
INSERT INTO certificate_record_v8 SELECT id, certificate_id, record_id, record_uid, post_name, content, start_min,
    end_min, utc_offset, minutes FROM certificate_record;
DROP TABLE certificate_record;
ALTER TABLE certificate_record_v8 RENAME TO certificate_record;
CREATE INDEX certificate_record_record ON certificate_record (record_id);
"""


def _seal_the_audit_log(db: peewee.Database) -> None:
    """Seal the personal values of every entry about a volunteer with that volunteer's key, and chain the
    log again over what is now stored. Erasing a volunteer then erases them from the whole log, old
    entries included. The old chain is checked first and what it showed is written into the first
    entry of the new epoch, so sealing cannot launder an edit made before it."""
    import datetime as dt
    import json

    from station_app.audit_hash import GENESIS, HASHED_FIELDS, dump, entry_hash
    from station_app.sealing import new_key, seal_text, seal_values

    rows = db.execute_sql(f"SELECT id, {', '.join(HASHED_FIELDS)}, prev_hash, hash FROM audit_entry ORDER BY id").fetchall()
    broken, prev = [], GENESIS
    for row in rows:
        fields = dict(zip(HASHED_FIELDS, row[1:9]))
        if row[9] != prev or row[10] != entry_hash(row[9], fields):
            broken.append(row[0])
        prev = row[10]
    old_head = prev
    uids = dict(db.execute_sql("SELECT id, uid FROM volunteer").fetchall())
    owners = {("service_record", str(rid)): vid for rid, vid in db.execute_sql("SELECT id, volunteer_id FROM service_record")}
    owners.update({("certificate", serial): vid for serial, vid in db.execute_sql("SELECT serial, volunteer_id FROM certificate")})
    keys: dict[str, bytes] = {}
    db.execute_sql("DROP TRIGGER audit_entry_no_update")
    prev = GENESIS
    for row in rows:
        fields = dict(zip(HASHED_FIELDS, row[1:9]))
        before = json.loads(fields["before"]) if fields["before"] else None
        after = json.loads(fields["after"]) if fields["after"] else None
        vid = (int(fields["entity_id"]) if fields["entity_type"] == "volunteer" and str(fields["entity_id"]).isdigit()
               else next((v.get("volunteer_id") for v in (after, before) if v and isinstance(v.get("volunteer_id"), int)),
                         owners.get((fields["entity_type"], str(fields["entity_id"])))))
        uid = uids.get(vid) if vid is not None else None
        if uid is not None:
            key = keys.setdefault(uid, new_key())
            fields["before"], fields["after"] = dump(seal_values(before, key)), dump(seal_values(after, key))
            fields["reason"] = seal_text(fields["reason"] or "", key)
        digest = entry_hash(prev, fields)
        db.execute_sql("UPDATE audit_entry SET before = ?, after = ?, reason = ?, prev_hash = ?, hash = ? WHERE id = ?",
                       (fields["before"], fields["after"], fields["reason"], prev, digest, row[0]))
        prev = digest
    db.execute_sql("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry\n"
                   "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END")
    db.cursor().executemany("INSERT INTO subject_key (subject, key) VALUES (?, ?)", list(keys.items()))
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    db.execute_sql("INSERT INTO audit_epoch (started_at, reason) VALUES (?, 'sealed')",
                   (dt.datetime.now().astimezone().isoformat(timespec="microseconds"),))
    if rows:
        note = {"entries": len(rows), "old_head": old_head, "old_chain_broken": broken}
        fields = {"at": now, "actor": "Station Desk（升级）", "action": "audit.sealed", "entity_type": "audit",
                  "entity_id": "log", "before": None, "after": dump(note), "reason": ""}
        db.execute_sql("INSERT INTO audit_entry (at, actor, action, entity_type, entity_id, before, after, reason,"
                       " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       tuple(fields[k] for k in HASHED_FIELDS) + (prev, entry_hash(prev, fields)))
    # Bodies of acknowledged batches are never sent again, but they held every identity sent
    db.execute_sql("UPDATE sync_batch SET body = X'' WHERE state = 'acked'")


def _queue_what_was_approved_before_sync(db: peewee.Database) -> None:
    """Stations upgrading from a version without sync hold approved records and
    certificates the platform has never seen: queue them, oldest first."""
    import datetime as dt
    import uuid

    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    records = db.execute_sql(
        "SELECT id FROM service_record WHERE state = 'approved' AND counts = 1 ORDER BY start_min, id").fetchall()
    db.cursor().executemany(
        "INSERT INTO outbox (op_id, endpoint, op, record_id, created_at) VALUES (?, 'batches', 'add', ?, ?)",
        [(str(uuid.uuid4()), rid, now) for (rid,) in records])
    certificates = db.execute_sql("SELECT id, status FROM certificate ORDER BY id").fetchall()
    db.cursor().executemany(
        "INSERT INTO outbox (op_id, endpoint, op, certificate_id, created_at) VALUES (?, 'certificates', ?, ?, ?)",
        [(str(uuid.uuid4()), status, cid, now) for cid, status in certificates])


# A certificate states the hours of the star threshold reached ("已达到一星志愿者标准（100 小时）"),
# frozen at issue like everything else it says; NULL for certificates issued before.
_V11_CERTIFICATE_STAR_HOURS = """
ALTER TABLE certificate ADD COLUMN star_hours INTEGER;
"""

# Consent is to a versioned notice (roster/notice_versions.py); a child under 14 has the guardian's
# separate consent to the children's rules. Consents before this carry version 1 (the single notice, which
# a guardian read and agreed to for a child: that is recorded as the child consent of version 1).
# inactive_since dates the start of the retention period of data beyond the statutory record; a trigger
# keeps it on every write path (dialog, import, sync, restore). Rows already inactive start from their
# last change, the best date there is.
_V12_CONSENT_VERSIONS_AND_RETENTION = """
ALTER TABLE volunteer ADD COLUMN consent_version TEXT NOT NULL DEFAULT '';
ALTER TABLE volunteer ADD COLUMN child_consent_date DATE;
ALTER TABLE volunteer ADD COLUMN child_consent_by TEXT NOT NULL DEFAULT '';
ALTER TABLE volunteer ADD COLUMN child_consent_version TEXT NOT NULL DEFAULT '';
ALTER TABLE volunteer ADD COLUMN inactive_since DATE;
ALTER TABLE volunteer ADD COLUMN extra_erased_at TEXT;
UPDATE volunteer SET consent_version = '1' WHERE consent_date IS NOT NULL;
UPDATE volunteer SET child_consent_date = consent_date, child_consent_by = guardian_name, child_consent_version = '1'
WHERE consent_by = 'guardian' AND consent_date IS NOT NULL;
UPDATE volunteer SET inactive_since = substr(updated_at, 1, 10) WHERE status = 'inactive';
CREATE TABLE retention_erasure (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  volunteer_uid TEXT NOT NULL UNIQUE,
  erased_at TEXT NOT NULL
);
CREATE TRIGGER volunteer_inactive_since_insert AFTER INSERT ON volunteer
WHEN NEW.status = 'inactive' AND NEW.inactive_since IS NULL
BEGIN
  UPDATE volunteer SET inactive_since = date('now', 'localtime') WHERE id = NEW.id;
END;
CREATE TRIGGER volunteer_inactive_since_update AFTER UPDATE OF status ON volunteer
WHEN NEW.status IS NOT OLD.status
BEGIN
  UPDATE volunteer SET inactive_since = CASE WHEN NEW.status = 'inactive' THEN date('now', 'localtime') END
  WHERE id = NEW.id;
END;
"""


# Certificates signed with the station's Ed25519 key (issue 16): the public keys this station knows (its own and
# other stations'), and each signed certificate's key, signature and exact signed message. The private key is
# never stored here (station_app/key_store.py).
_V13_SIGNING_KEYS = """
CREATE TABLE signing_key (
    key_id TEXT PRIMARY KEY,
    station_code TEXT NOT NULL,
    station_name TEXT NOT NULL DEFAULT '',
    public_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    revoke_reason TEXT NOT NULL DEFAULT '',
    own INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    registered_at TEXT,
    revocation_sent_at TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX signing_key_station ON signing_key (station_code);
ALTER TABLE certificate ADD COLUMN key_id TEXT;
ALTER TABLE certificate ADD COLUMN signature TEXT;
ALTER TABLE certificate ADD COLUMN signed_message TEXT;
"""


def _give_the_station_a_signing_key(db: peewee.Database) -> None:
    """An existing station gets its Ed25519 key now: made and kept outside the database first (key_store),
    then its public half registered here. A station not set up yet gets one when its profile is saved."""
    import datetime as dt
    from pathlib import Path

    from station_app import key_store

    station = db.execute_sql("SELECT code, name FROM station WHERE id = 1").fetchone()
    if station is None:
        return
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    key = key_store.load_or_make(Path(db.database).parent, now)
    db.execute_sql("INSERT OR IGNORE INTO signing_key (key_id, station_code, station_name, public_key, created_at,"
                   " own, source, updated_at) VALUES (?, ?, ?, ?, ?, 1, 'own', ?)",
                   (key.key_id, station[0], station[1], key.public_key, key.created_at, now))


# 《志愿服务条例》 Art. 19: training, awards and evaluations (and complaints) are recorded too, append-only
# like service records (a correction voids the old row and adds one naming it), and go to the platform
# through the same outbox (docs/protocol.md 1.1 record_kinds). Training time is never service time: it
# lives in its own tables, which no service total reads. The triggers keep the facts fixed; free text that
# may name a person (an award's note, an evaluation's comment, a void's reason) only a deletion on request
# rewrites (roster/privacy.py), as it does in service records.
_V14_RECORD_KINDS = """
CREATE TABLE training_session (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    organiser TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    start_min INTEGER NOT NULL,
    end_min INTEGER NOT NULL,
    utc_offset INTEGER NOT NULL,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (end_min > start_min)
);
CREATE INDEX training_session_start ON training_session (start_min);
CREATE TABLE training_attendance (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    session_id INTEGER NOT NULL REFERENCES training_session (id),
    volunteer_id INTEGER NOT NULL REFERENCES volunteer (id),
    result TEXT NOT NULL CHECK (result IN ('completed', 'attended')),
    state TEXT NOT NULL DEFAULT 'valid' CHECK (state IN ('valid', 'void')),
    corrects_id INTEGER REFERENCES training_attendance (id),
    void_reason TEXT NOT NULL DEFAULT '',
    voided_by TEXT,
    voided_at TEXT,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX training_attendance_once ON training_attendance (session_id, volunteer_id) WHERE state = 'valid';
CREATE INDEX training_attendance_volunteer ON training_attendance (volunteer_id);
CREATE TABLE award (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    volunteer_id INTEGER NOT NULL REFERENCES volunteer (id),
    title TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('station', 'street', 'district', 'city', 'province', 'national', 'other')),
    awarded_by TEXT NOT NULL,
    awarded_on DATE NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'valid' CHECK (state IN ('valid', 'void')),
    corrects_id INTEGER REFERENCES award (id),
    void_reason TEXT NOT NULL DEFAULT '',
    voided_by TEXT,
    voided_at TEXT,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX award_volunteer ON award (volunteer_id, awarded_on);
CREATE TABLE evaluation (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    volunteer_id INTEGER NOT NULL REFERENCES volunteer (id),
    type TEXT NOT NULL CHECK (type IN ('evaluation', 'complaint')),
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    rating TEXT CHECK (rating IN ('excellent', 'good', 'fair', 'poor')),
    comment TEXT NOT NULL DEFAULT '',
    evaluated_by TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'valid' CHECK (state IN ('valid', 'void')),
    corrects_id INTEGER REFERENCES evaluation (id),
    void_reason TEXT NOT NULL DEFAULT '',
    voided_by TEXT,
    voided_at TEXT,
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (period_end >= period_start),
    CHECK ((type = 'evaluation') = (rating IS NOT NULL))
);
CREATE INDEX evaluation_volunteer ON evaluation (volunteer_id, period_start);
CREATE TRIGGER training_session_append_only BEFORE UPDATE ON training_session
BEGIN SELECT RAISE(ABORT, 'training sessions are append-only'); END;
CREATE TRIGGER training_attendance_append_only BEFORE UPDATE ON training_attendance
WHEN OLD.state = 'void' OR NEW.uid IS NOT OLD.uid OR NEW.session_id IS NOT OLD.session_id
  OR NEW.volunteer_id IS NOT OLD.volunteer_id OR NEW.result IS NOT OLD.result OR NEW.corrects_id IS NOT OLD.corrects_id
BEGIN SELECT RAISE(ABORT, 'training attendance is append-only: void and add'); END;
CREATE TRIGGER award_append_only BEFORE UPDATE ON award
WHEN OLD.state = 'void' OR NEW.uid IS NOT OLD.uid OR NEW.volunteer_id IS NOT OLD.volunteer_id
  OR NEW.title IS NOT OLD.title OR NEW.level IS NOT OLD.level OR NEW.awarded_by IS NOT OLD.awarded_by
  OR NEW.awarded_on IS NOT OLD.awarded_on OR NEW.corrects_id IS NOT OLD.corrects_id
BEGIN SELECT RAISE(ABORT, 'awards are append-only: void and add'); END;
CREATE TRIGGER evaluation_append_only BEFORE UPDATE ON evaluation
WHEN OLD.state = 'void' OR NEW.uid IS NOT OLD.uid OR NEW.volunteer_id IS NOT OLD.volunteer_id
  OR NEW.type IS NOT OLD.type OR NEW.period_start IS NOT OLD.period_start OR NEW.period_end IS NOT OLD.period_end
  OR NEW.rating IS NOT OLD.rating OR NEW.evaluated_by IS NOT OLD.evaluated_by
  OR NEW.corrects_id IS NOT OLD.corrects_id
BEGIN SELECT RAISE(ABORT, 'evaluations are append-only: void and add'); END;
ALTER TABLE outbox ADD COLUMN attendance_id INTEGER REFERENCES training_attendance (id);
ALTER TABLE outbox ADD COLUMN award_id INTEGER REFERENCES award (id);
ALTER TABLE outbox ADD COLUMN evaluation_id INTEGER REFERENCES evaluation (id);
"""


Migration = tuple[str, Callable[[peewee.Database], None] | None]

MIGRATIONS: list[Migration] = [
    (_V1, None),
    (_V2, None),
    (_V3, None),
    (_V4, None),
    (_V5, None),
    (_V6, _queue_what_was_approved_before_sync),
    (_V7, None),
    (_V8, _seal_the_audit_log),
    (_V9, None),
    (_V10, None),
    (_V11_CERTIFICATE_STAR_HOURS, None),
    (_V12_CONSENT_VERSIONS_AND_RETENTION, None),
    (_V13_SIGNING_KEYS, _give_the_station_a_signing_key),
    (_V14_RECORD_KINDS, None),
]

LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: peewee.Database) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: peewee.Database, target: int = LATEST_VERSION) -> int:
    """Bring the schema up to *target*; return the version found before."""
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
