"""The client's fault tests again, against the platform as districts run it: gunicorn + PostgreSQL.

A representative subset (the whole set runs against the in-process platform in
test_sync_faults.py): a sync killed again and again while it claims and sends,
the same operations delivered twice, a changed payload under the same op_id,
a 413 that splits, a captive portal and a redirect, an outdated protocol, a
skewed platform clock and a long Retry-After. The faults are set from this
process and reach every gunicorn worker through the database.
"""

from __future__ import annotations

import pytest
from sync.test_sync_faults import (  # noqa: F401 - collected here again, with the fixture below
    test_413_splits_the_batch_into_parts_with_new_ids,
    test_426_stops_syncing_until_the_app_is_upgraded,
    test_a_captive_portal_or_a_redirect_is_not_an_acknowledgement,
    test_a_kiosk_clock_off_by_hours_warns_and_the_records_still_go,
    test_a_retry_after_longer_than_a_run_waits_leaves_everything_for_the_next_run,
    test_duplicate_delivery_is_held_once,
    test_sigkill_while_batches_are_being_claimed_and_sent,
    test_the_same_op_id_with_a_different_payload_is_a_conflict_shown_to_staff,
)


@pytest.fixture
def platform(gunicorn_platform):
    return gunicorn_platform
