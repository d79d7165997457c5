"""What a volunteer card shows, read from the roster (name, number, team, the kiosk's card code)."""

from __future__ import annotations

from dataclasses import dataclass

from station_app.db.models import Volunteer
from station_app.hours.cards import card_code


@dataclass(frozen=True)
class CardData:
    volunteer_id: int
    name: str
    number: str  # the platform volunteer number, or the local card code
    team: str
    code: str


def card_data(volunteer_ids: list[int]) -> list[CardData]:
    rows = {v.id: v for v in Volunteer.select().where(Volunteer.id.in_(volunteer_ids))}
    out = []
    for vid in volunteer_ids:
        v = rows.get(vid)
        if v is not None:
            code = card_code(v.id)
            out.append(CardData(v.id, v.name, v.platform_no or code, v.team, code))
    return out
