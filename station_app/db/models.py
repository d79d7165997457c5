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
    status = peewee.TextField(default="active")
    notes = peewee.TextField(default="")
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


ALL_MODELS = [Station, Setting, Volunteer, AuditEntry]
