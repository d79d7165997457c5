"""peewee models of the current schema.

The tables themselves are created and changed only by the numbered SQL
migrations in :mod:`station_app.db.migrations`; a test checks that these
models and the migrated schema agree column for column.
Timestamps are ISO 8601 text with the local offset, dates are ``YYYY-MM-DD``.
"""

from __future__ import annotations

import peewee

from station_app.db.connection import database


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Station(BaseModel):
    """The station profile: one row, id 1."""

    id = peewee.IntegerField(primary_key=True)
    name = peewee.TextField()
    code = peewee.TextField()
    organisation = peewee.TextField()
    person_in_charge = peewee.TextField()
    phone = peewee.TextField()
    address = peewee.TextField()
    secret = peewee.TextField()
    created_at = peewee.TextField()
    updated_at = peewee.TextField()


class Setting(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField()


class Volunteer(BaseModel):
    id = peewee.AutoField()
    uid = peewee.TextField(unique=True)
    name = peewee.TextField()
    name_pinyin = peewee.TextField()
    name_initials = peewee.TextField()
    id_type = peewee.TextField()
    id_number = peewee.TextField()
    id_rev = peewee.TextField()
    gender = peewee.TextField(default="")
    birth_date = peewee.DateField(null=True)
    phone = peewee.TextField(null=True)
    phone_rev = peewee.TextField(null=True)
    platform_no = peewee.TextField(null=True)
    platform_rev = peewee.TextField(null=True)
    team = peewee.TextField(default="")
    skills = peewee.TextField(default="")
    guardian_name = peewee.TextField(default="")
    guardian_phone = peewee.TextField(null=True)
    consent_date = peewee.DateField(null=True)
    consent_by = peewee.TextField(default="")
    consent_version = peewee.TextField(default="")  # roster/notice_versions.py
    child_consent_date = peewee.DateField(null=True)  # a guardian's separate consent for a child under 14
    child_consent_by = peewee.TextField(default="")  # that guardian's name
    child_consent_version = peewee.TextField(default="")
    inactive_since = peewee.DateField(null=True)  # set by a trigger when status becomes inactive (retention)
    extra_erased_at = peewee.TextField(null=True)  # phone, guardian, notes, skills erased when kept too long
    status = peewee.TextField(default="active")
    notes = peewee.TextField(default="")
    created_at = peewee.TextField()
    updated_at = peewee.TextField()
    extra_consent = peewee.BooleanField(default=False)  # agreed to skills/notes beyond what the rules need
    anonymised_at = peewee.TextField(null=True)  # deleted on request: personal data erased (PIPL)
    # Sync: 1 while the row holds edits the platform has not seen (set by a trigger on every identity
    # change that is not itself a sync step; sync steps bump sync_gen). A roster pull never overwrites them.
    local_edit = peewee.IntegerField(default=1)
    sync_gen = peewee.IntegerField(default=0)
    # A row from the platform's roster that breaks a roster rule (a child with no guardian, a bad name):
    # kept as the platform sent it, not offered for check-in, shown to staff with this reason.
    pull_problem = peewee.TextField(null=True)


class NamePosition(BaseModel):
    """1 … 64: the positions of a name's characters, for the triggers that fill VolunteerNameChar."""

    n = peewee.IntegerField(primary_key=True)

    class Meta:
        table_name = "name_position"


class VolunteerNameChar(BaseModel):
    """One distinct Chinese character of a volunteer's name, in roster order: the name search's index.

    Written only by triggers on ``volunteer`` (migration 10); read by roster/service.py.
    """

    ch = peewee.TextField()
    volunteer_id = peewee.IntegerField()
    status = peewee.TextField()
    name_pinyin = peewee.TextField()
    name = peewee.TextField()

    class Meta:
        table_name = "volunteer_name_char"
        primary_key = False


class Staff(BaseModel):
    """A staff account: 站长 (admin) or 值班员 (operator). Only a scrypt hash of the password."""

    id = peewee.AutoField()
    name = peewee.TextField(unique=True)
    role = peewee.TextField()
    password_hash = peewee.TextField()
    active = peewee.BooleanField(default=True)
    failed_attempts = peewee.IntegerField(default=0)
    locked_until = peewee.TextField(null=True)
    last_login_at = peewee.TextField(null=True)
    created_at = peewee.TextField()
    updated_at = peewee.TextField()


class AuditEntry(BaseModel):
    """Append-only: triggers in the schema refuse UPDATE and DELETE."""

    id = peewee.AutoField()
    at = peewee.TextField()
    actor = peewee.TextField()
    action = peewee.TextField()
    entity_type = peewee.TextField()
    entity_id = peewee.TextField()
    before = peewee.TextField(null=True)
    after = peewee.TextField(null=True)
    reason = peewee.TextField(default="")
    prev_hash = peewee.TextField()
    hash = peewee.TextField()


class Post(BaseModel):
    """服务岗位. ``counts_as_service`` is false for routine duty, meetings, donations."""

    id = peewee.AutoField()
    code = peewee.TextField(unique=True)
    name = peewee.TextField()
    place = peewee.TextField(default="")
    category = peewee.TextField(default="")
    description = peewee.TextField(default="")
    capacity = peewee.IntegerField(null=True)
    counts_as_service = peewee.BooleanField(default=True)
    active = peewee.BooleanField(default=True)
    created_at = peewee.TextField()
    updated_at = peewee.TextField()


class ShiftSeries(BaseModel):
    """Shifts repeating weekly: ``weekdays`` "1,3,5" (1 = Monday), times "07:00", from first_day to last_day."""

    id = peewee.AutoField()
    post = peewee.ForeignKeyField(Post, column_name="post_id")
    weekdays = peewee.TextField()
    start_time = peewee.TextField()
    end_time = peewee.TextField()
    first_day = peewee.DateField()
    last_day = peewee.DateField()
    capacity = peewee.IntegerField(null=True)
    note = peewee.TextField(default="")
    created_at = peewee.TextField()

    class Meta:
        table_name = "shift_series"


class Shift(BaseModel):
    id = peewee.AutoField()
    post = peewee.ForeignKeyField(Post, column_name="post_id")
    start_min = peewee.IntegerField()
    end_min = peewee.IntegerField()
    utc_offset = peewee.IntegerField()
    capacity = peewee.IntegerField(null=True)
    note = peewee.TextField(default="")
    created_at = peewee.TextField()
    series = peewee.ForeignKeyField(ShiftSeries, column_name="series_id", null=True)  # one of a weekly series


class ShiftSignup(BaseModel):
    id = peewee.AutoField()
    shift = peewee.ForeignKeyField(Shift, column_name="shift_id")
    volunteer = peewee.ForeignKeyField(Volunteer, column_name="volunteer_id")
    over_capacity = peewee.BooleanField(default=False)
    note = peewee.TextField(default="")
    created_by = peewee.TextField()
    created_at = peewee.TextField()


class ServiceRecord(BaseModel):
    """One stretch of service. States: open → pending → approved | rejected; approved → void."""

    id = peewee.AutoField()
    uid = peewee.TextField(unique=True)
    volunteer = peewee.ForeignKeyField(Volunteer, column_name="volunteer_id")
    post = peewee.ForeignKeyField(Post, column_name="post_id")
    shift = peewee.ForeignKeyField(Shift, column_name="shift_id", null=True)
    start_min = peewee.IntegerField()
    end_min = peewee.IntegerField(null=True)
    utc_offset = peewee.IntegerField()
    break_minutes = peewee.IntegerField(default=0)
    minutes = peewee.IntegerField(null=True)
    counts = peewee.BooleanField()
    people_served = peewee.IntegerField(null=True)
    content = peewee.TextField(default="")
    source = peewee.TextField()
    state = peewee.TextField()
    recorded_by = peewee.TextField()
    reviewed_by = peewee.TextField(null=True)
    reviewed_at = peewee.TextField(null=True)
    reject_reason = peewee.TextField(default="")
    corrects = peewee.ForeignKeyField("self", column_name="corrects_id", null=True)
    void_reason = peewee.TextField(default="")
    ym = peewee.IntegerField()
    created_at = peewee.TextField()
    updated_at = peewee.TextField()


class Certificate(BaseModel):
    """志愿服务记录证明 in the register: a frozen copy of what was certified (issue 5)."""

    id = peewee.AutoField()
    serial = peewee.TextField(unique=True)
    year = peewee.IntegerField()
    seq = peewee.IntegerField()
    # None only for a certificate carried forward over a restore whose volunteer the restored data lacks:
    # the register keeps every certificate ever issued, with what it certified frozen in its own columns.
    volunteer = peewee.ForeignKeyField(Volunteer, column_name="volunteer_id", null=True)
    volunteer_name = peewee.TextField()
    id_type = peewee.TextField()
    id_masked = peewee.TextField()
    platform_no = peewee.TextField(null=True)
    period_start = peewee.DateField()
    period_end = peewee.DateField()
    total_minutes = peewee.IntegerField()
    record_count = peewee.IntegerField()
    stars = peewee.IntegerField(default=0)
    star_hours = peewee.IntegerField(null=True)  # the threshold reached, as it stood at issue
    lifetime_minutes = peewee.IntegerField()
    station_name = peewee.TextField()
    station_code = peewee.TextField()
    organisation = peewee.TextField()
    person_in_charge = peewee.TextField()
    handler = peewee.TextField()
    phone = peewee.TextField()
    address = peewee.TextField()
    issue_date = peewee.DateField()
    verification_code = peewee.TextField()
    status = peewee.TextField(default="issued")
    issued_by = peewee.TextField()
    issued_at = peewee.TextField()
    copies = peewee.IntegerField(default=0)
    revoked_by = peewee.TextField(null=True)
    revoked_at = peewee.TextField(null=True)
    revoke_reason = peewee.TextField(default="")
    records_changed_at = peewee.TextField(null=True)  # a counted record was corrected after issue
    key_id = peewee.TextField(null=True)  # signed certificates (issue 16); None: the old HMAC code only
    signature = peewee.TextField(null=True)
    signed_message = peewee.TextField(null=True)  # the exact UTF-8 JSON signed (station_app/protocol/signing.py)


class CertificateRecord(BaseModel):
    """One service record a certificate counted, as it stood when issued."""

    id = peewee.AutoField()
    certificate = peewee.ForeignKeyField(Certificate, column_name="certificate_id")
    record = peewee.ForeignKeyField(ServiceRecord, column_name="record_id", null=True)  # None: carried over a restore
    record_uid = peewee.TextField()
    post_name = peewee.TextField()
    content = peewee.TextField(default="")
    start_min = peewee.IntegerField()
    end_min = peewee.IntegerField()
    utc_offset = peewee.IntegerField()
    minutes = peewee.IntegerField()


class TrainingSession(BaseModel):
    """培训: one session as held (never edited; a mistake is corrected on each attendance)."""

    id = peewee.AutoField()
    uid = peewee.TextField(unique=True)
    title = peewee.TextField()
    organiser = peewee.TextField(default="")
    place = peewee.TextField(default="")
    start_min = peewee.IntegerField()
    end_min = peewee.IntegerField()
    utc_offset = peewee.IntegerField()
    recorded_by = peewee.TextField()
    created_at = peewee.TextField()

    class Meta:
        table_name = "training_session"


class TrainingAttendance(BaseModel):
    """One volunteer at one session: the platform's training record (``uid`` is its record_id).
    Append-only: valid → void, a correction adds a row naming the one it replaces."""

    id = peewee.AutoField()
    uid = peewee.TextField(unique=True)
    session = peewee.ForeignKeyField(TrainingSession, column_name="session_id")
    volunteer = peewee.ForeignKeyField(Volunteer, column_name="volunteer_id")
    result = peewee.TextField()  # completed | attended
    state = peewee.TextField(default="valid")
    corrects = peewee.ForeignKeyField("self", column_name="corrects_id", null=True)
    void_reason = peewee.TextField(default="")
    voided_by = peewee.TextField(null=True)
    voided_at = peewee.TextField(null=True)
    recorded_by = peewee.TextField()
    created_at = peewee.TextField()

    class Meta:
        table_name = "training_attendance"


class Award(BaseModel):
    """表彰奖励. Append-only like service records: valid → void, corrected by a new row."""

    id = peewee.AutoField()
    uid = peewee.TextField(unique=True)
    volunteer = peewee.ForeignKeyField(Volunteer, column_name="volunteer_id")
    title = peewee.TextField()
    level = peewee.TextField()  # station | street | district | city | province | national | other
    awarded_by = peewee.TextField()
    awarded_on = peewee.DateField()
    note = peewee.TextField(default="")
    state = peewee.TextField(default="valid")
    corrects = peewee.ForeignKeyField("self", column_name="corrects_id", null=True)
    void_reason = peewee.TextField(default="")
    voided_by = peewee.TextField(null=True)
    voided_at = peewee.TextField(null=True)
    recorded_by = peewee.TextField()
    created_at = peewee.TextField()


class Evaluation(BaseModel):
    """评价 (with a rating) or 被投诉 (a complaint: what, and how it was settled, in ``comment``)."""

    id = peewee.AutoField()
    uid = peewee.TextField(unique=True)
    volunteer = peewee.ForeignKeyField(Volunteer, column_name="volunteer_id")
    type = peewee.TextField()  # evaluation | complaint
    period_start = peewee.DateField()
    period_end = peewee.DateField()
    rating = peewee.TextField(null=True)  # excellent | good | fair | poor; None for a complaint
    comment = peewee.TextField(default="")
    evaluated_by = peewee.TextField(default="")
    state = peewee.TextField(default="valid")
    corrects = peewee.ForeignKeyField("self", column_name="corrects_id", null=True)
    void_reason = peewee.TextField(default="")
    voided_by = peewee.TextField(null=True)
    voided_at = peewee.TextField(null=True)
    recorded_by = peewee.TextField()
    created_at = peewee.TextField()


class SyncBatch(BaseModel):
    """A batch as sent: its exact body is kept so a resend is byte-identical (docs/protocol.md rule 5)."""

    batch_id = peewee.TextField(primary_key=True)
    endpoint = peewee.TextField()
    body = peewee.BlobField()
    item_count = peewee.IntegerField()
    state = peewee.TextField(default="unacked")  # unacked | acked | held | split
    attempts = peewee.IntegerField(default=0)
    last_status = peewee.TextField(default="")
    last_error = peewee.TextField(default="")
    accepted = peewee.IntegerField(default=0)
    rejected = peewee.IntegerField(default=0)
    created_at = peewee.TextField()
    last_attempt_at = peewee.TextField(null=True)
    acked_at = peewee.TextField(null=True)

    class Meta:
        table_name = "sync_batch"


class OutboxItem(BaseModel):
    """One operation the platform must receive, written in the same transaction as the change."""

    id = peewee.AutoField()
    op_id = peewee.TextField(unique=True)
    endpoint = peewee.TextField()  # batches | certificates
    op = peewee.TextField()  # add | void | issued | revoked
    record = peewee.ForeignKeyField(ServiceRecord, column_name="record_id", null=True)
    certificate = peewee.ForeignKeyField(Certificate, column_name="certificate_id", null=True)
    # the 1.1 record kinds (docs/protocol.md record_kinds): one of these, or record, or certificate
    attendance = peewee.ForeignKeyField(TrainingAttendance, column_name="attendance_id", null=True)
    award = peewee.ForeignKeyField(Award, column_name="award_id", null=True)
    evaluation = peewee.ForeignKeyField(Evaluation, column_name="evaluation_id", null=True)
    reason = peewee.TextField(default="")
    state = peewee.TextField(default="pending")  # pending | batched | done | rejected | cancelled | manual | resolved
    batch = peewee.ForeignKeyField(SyncBatch, column_name="batch_id", null=True)
    result_code = peewee.TextField(default="")
    result_message = peewee.TextField(default="")
    created_at = peewee.TextField()
    done_at = peewee.TextField(null=True)

    class Meta:
        table_name = "outbox"


class SyncState(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField()

    class Meta:
        table_name = "sync_state"


class ReportMember(BaseModel):
    """Kept by triggers (migration 7): a volunteer's counted records in one span and post (0 = all posts).
    Span: a month 202605, a quarter 20262 or a year 2026."""

    id = peewee.AutoField()
    span = peewee.IntegerField()
    post_id = peewee.IntegerField()
    volunteer_id = peewee.IntegerField()
    records = peewee.IntegerField()
    minutes = peewee.IntegerField()
    people = peewee.IntegerField()


class ReportTally(BaseModel):
    """Kept by triggers (migration 7): the four report figures for one span and post (0 = all posts)."""

    id = peewee.AutoField()
    span = peewee.IntegerField()
    post_id = peewee.IntegerField()
    volunteers = peewee.IntegerField()
    records = peewee.IntegerField()
    minutes = peewee.IntegerField()
    people = peewee.IntegerField()


class Erasure(BaseModel):
    """A volunteer deleted on request: only the random uid, so the list names no one. A restore applies it again."""

    id = peewee.AutoField()
    volunteer_uid = peewee.TextField(unique=True)
    erased_at = peewee.TextField()


class RetentionErasure(BaseModel):
    """A volunteer whose data beyond the statutory record was erased when kept too long (roster/retention.py):
    the random uid only; a restore of an older backup erases it again."""

    id = peewee.AutoField()
    volunteer_uid = peewee.TextField(unique=True)
    erased_at = peewee.TextField()


class SubjectKey(BaseModel):
    """The key that seals one volunteer's personal values in the audit log; deleting it erases them there."""

    subject = peewee.TextField(primary_key=True)
    key = peewee.BlobField()

    class Meta:
        table_name = "subject_key"
        without_rowid = True


class AuditEpoch(BaseModel):
    """The log legitimately changed shape (sealed by a migration, or a restore): older anchors no longer apply."""

    id = peewee.AutoField()
    started_at = peewee.TextField()
    reason = peewee.TextField()

    class Meta:
        table_name = "audit_epoch"


class Lockout(BaseModel):
    """Failed attempts of something guarded by a secret (the kiosk PIN), so a wait survives a restart."""

    name = peewee.TextField(primary_key=True)
    failures = peewee.IntegerField(default=0)
    locked_until = peewee.TextField(null=True)


class SigningKey(BaseModel):
    """A station's public signing key this station knows: its own (``own``) or another's (imported or synced).

    The private half of an own key is never here (station_app/key_store.py)."""

    key_id = peewee.TextField(primary_key=True)
    station_code = peewee.TextField()
    station_name = peewee.TextField(default="")
    public_key = peewee.TextField()
    created_at = peewee.TextField()
    revoked_at = peewee.TextField(null=True)
    revoke_reason = peewee.TextField(default="")
    own = peewee.BooleanField(default=False)
    source = peewee.TextField()  # own | file | platform
    registered_at = peewee.TextField(null=True)  # own keys: when the platform acknowledged it
    revocation_sent_at = peewee.TextField(null=True)
    updated_at = peewee.TextField()

    class Meta:
        table_name = "signing_key"


ALL_MODELS = [Station, Setting, Volunteer, NamePosition, VolunteerNameChar, AuditEntry, Post, ShiftSeries, Shift,
              ShiftSignup, ServiceRecord, Certificate, CertificateRecord, Staff, TrainingSession,
              TrainingAttendance, Award, Evaluation, SyncBatch, OutboxItem, SyncState,
              ReportMember, ReportTally, Erasure, RetentionErasure, SubjectKey, AuditEpoch, Lockout, SigningKey]
