"""The other records the law requires of a station (《志愿服务条例》 Art. 19): training, awards, evaluations.

Append-only like service records: a correction voids the old entry and adds a new one naming it, with
who, when and why in the audit log; each change writes its audit entry and its outbox item in one
transaction. Training time is kept apart and never counts as service time.
"""
