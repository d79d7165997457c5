"""The name characters' table (migration 10) follows every write, so a 1–2 character search stays right."""

from __future__ import annotations

from station_app.db import database
from station_app.imports.roster_import import import_roster_file
from station_app.roster.service import add_volunteer, search_roster, set_status, stored_volunteer, update_volunteer
from station_app.roster.validation import input_from_values
from support.core import READER, adult_input, make_id
from support.roster_files import person, roster_rows, write_csv


def names(text: str, include_inactive: bool = False) -> list[str]:
    page = search_roster(text, include_inactive, actor=READER)
    assert page.total == len(page.rows)
    return [r.name for r in page.rows]


def test_names_are_found_by_any_of_their_characters_after_every_kind_of_write(station_db, staff, tmp_path):
    zhang = add_volunteer(adult_input(name="张丽丽"), staff)
    add_volunteer(adult_input(name="王丽", id_number=make_id("110105", "19810101", 124), phone="13800138001"), staff)
    assert names("丽") == ["王丽", "张丽丽"]  # roster (pinyin) order; 张丽丽 once although 丽 twice
    assert names("丽丽") == ["张丽丽"] and names("张丽") == ["张丽丽"] and names("丽张") == []
    update_volunteer(zhang.id, input_from_values({**stored_volunteer(zhang.id).values, "name": "章丽"}), staff)
    assert names("张") == [] and names("章") == ["章丽"]
    set_status(zhang.id, "inactive", staff, "搬走了")
    assert names("章") == [] and names("章", include_inactive=True) == ["章丽"]
    import_roster_file(write_csv(tmp_path / "r.csv", roster_rows([person(7)])), staff)
    assert names(person(7)["name"][-1]) == [person(7)["name"]]
    rows = database.execute_sql("SELECT count(*) FROM volunteer_name_char").fetchone()[0]
    assert rows == len(set("章丽")) + len(set("王丽")) + len(set(person(7)["name"]))
