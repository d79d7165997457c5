"""Services say what they changed: the value the GUI emits once, on one signal (Qt-free)."""

from __future__ import annotations

from station_app.changes import Counted, Kind
from station_app.hours import records, review
from station_app.hours.records import RecordInput
from station_app.roster.service import get_volunteer, set_status
from support.hours import at


def test_an_approval_names_the_records_and_the_platform_queue(db, actor, people, posts):
    ids = [records.add_record(RecordInput(p.id, posts.garbage.id, at("08:00"), at("09:00")), actor).id for p in people[:2]]
    done = review.approve(ids + [ids[0]], actor)
    assert isinstance(done, Counted) and done.count == 2
    assert done.changes.ids_of(Kind.RECORDS) == set(ids)
    assert done.changes.touches(Kind.OUTBOX) and not done.changes.touches(Kind.VOLUNTEERS)
    again = review.approve(ids, actor)
    assert again.count == 0 and not again.changes  # nothing approved: no view needs to redraw


def test_a_correction_names_the_voided_and_the_new_record(db, actor, people, posts):
    rec = records.add_record(RecordInput(people[0].id, posts.garbage.id, at("08:00"), at("09:00")), actor)
    review.approve([rec.id], actor)
    new = review.correct(rec.id, RecordInput(people[0].id, posts.garbage.id, at("08:00"), at("09:30")), "签到表", actor)
    assert new.changes.ids_of(Kind.RECORDS) == {rec.id, new.id}
    assert new.changes.touches(Kind.OUTBOX)


def test_a_view_read_back_equals_the_one_returned(db, actor, people):
    changed = set_status(people[0].id, "inactive", actor, "搬家")
    assert changed.changes.ids_of(Kind.VOLUNTEERS) == {people[0].id}
    assert changed == get_volunteer(people[0].id)  # the changes are not part of what the volunteer is
    unchanged = set_status(people[0].id, "inactive", actor, "again")
    assert not unchanged.changes
