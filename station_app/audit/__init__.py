"""The append-only audit log."""

from station_app.audit.log import Actor, record, verify_chain

__all__ = ["Actor", "record", "verify_chain"]
