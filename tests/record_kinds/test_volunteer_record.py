"""The volunteer's own record (个人志愿服务记录), made from the command line and read back off the PDF."""

from __future__ import annotations

import datetime as dt
import subprocess

import openpyxl
import pytest

from station_app.audit import Actor
from station_app.db import close_database, open_database
from station_app.errors import PermissionDenied
from station_app.hours.times import local_time
from station_app.record_kinds.awards import AwardInput, add_award
from station_app.record_kinds.evaluations import EvaluationInput, add_evaluation
from station_app.record_kinds.training import Attendee, SessionInput, add_training
from support.certificates import ID_NUMBER, PLATFORM_NO, story_folder
from support.core import run_station_app


def _with_other_records(folder):
    open_database(folder)
    try:
        actor = Actor("李晓红", role="admin")
        from station_app.db.models import Volunteer

        vid = Volunteer.get(Volunteer.platform_no == PLATFORM_NO).id
        day = dt.date(2024, 9, 14)
        add_training(SessionInput("急救技能培训", local_time(day, "09:00"), local_time(day, "12:00"), "朝阳区红十字会",
                                  "朝西社区活动室"), [Attendee(vid)], actor)
        add_award(AwardInput(vid, "优秀志愿者", "street", "朝西街道办事处", dt.date(2024, 12, 5)), actor)
        add_evaluation(EvaluationInput(vid, dt.date(2024, 1, 1), dt.date(2024, 12, 31), "excellent", "服务认真负责",
                                       "王建国"), actor)
        return vid
    finally:
        close_database()


def test_the_record_pdf_lists_training_awards_and_evaluations(tmp_path):
    folder = story_folder(tmp_path)
    _with_other_records(folder)
    out = tmp_path / "张秀英记录.pdf"
    done = run_station_app("--data-dir", str(folder), "volunteer-record", "--volunteer", ID_NUMBER, "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for words in ("个人志愿服务记录", "张秀英", "急救技能培训", "朝阳区红十字会", "优秀志愿者", "街道级", "朝西街道办事处",
                  "优秀", "服务认真负责", "垃圾分类桶前值守", "不计入志愿服务时长"):
        assert words in text, words
    assert ID_NUMBER not in text and ID_NUMBER[:6] in text  # masked: the middle digits hidden
    assert "13800138000" not in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    lines = fonts.splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines), fonts  # every font embedded (emb column)


def test_the_record_workbook_and_whole_numbers_for_the_person_who_asks(tmp_path):
    folder = story_folder(tmp_path)
    _with_other_records(folder)
    out = tmp_path / "记录.xlsx"
    done = run_station_app("--data-dir", str(folder), "volunteer-record", "--volunteer", PLATFORM_NO, "--out", str(out),
                           "--full-numbers")
    assert done.returncode == 0, done.stderr
    cells = [str(c) for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True) for c in row if c]
    assert "急救技能培训" in cells and "优秀志愿者" in cells and "服务认真负责" in cells and ID_NUMBER in " ".join(cells)
    bad = run_station_app("--data-dir", str(folder), "volunteer-record", "--volunteer", PLATFORM_NO, "--out",
                          str(tmp_path / "x.docx"))
    assert bad.returncode == 1 and "只能输出为 .pdf 或 .xlsx" in bad.stderr


def test_whole_numbers_are_for_a_station_head_only(story, tmp_path):
    from station_app.volunteer_record.save import save_record

    with pytest.raises(PermissionDenied):
        save_record(story.volunteer.id, tmp_path / "r.pdf", Actor("赵值班", role="operator"), full_numbers=True)
    assert not (tmp_path / "r.pdf").exists()
    save_record(story.volunteer.id, tmp_path / "r.pdf", Actor("赵值班", role="operator"))
    assert (tmp_path / "r.pdf").stat().st_size > 1000
