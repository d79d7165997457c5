"""Training, awards and evaluations from the window: the volunteer's dialog, the attendance grid, the record."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QFileDialog

from station_app.changes import Kind
from station_app.db.models import Award, Evaluation, OutboxItem, TrainingAttendance
from station_app.roster.service import add_volunteer
from support.core import adult_input, make_id
from support.gui import click, touches, type_text


def _two_people(actor):
    a = add_volunteer(adult_input(name="张秀英", id_number=make_id("110105", "19600101", 11), phone="13800138001"), actor)
    b = add_volunteer(adult_input(name="李建国", id_number=make_id("110105", "19610101", 12), phone="13800138002"), actor)
    return a, b


def _open_records(qtbot, ctx, volunteer):
    from station_app.gui.volunteer_dialog import VolunteerDialog

    dialog = VolunteerDialog(ctx, volunteer.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isEnabled, timeout=5000)
    assert dialog.records_button.isVisible()
    click(qtbot, dialog.records_button)
    qtbot.waitUntil(lambda: getattr(dialog, "records_dialog", None) is not None and dialog.records_dialog.isVisible(),
                    timeout=5000)
    return dialog.records_dialog


def test_an_award_and_an_evaluation_from_the_volunteers_dialog_then_the_record(qtbot, ctx, actor, tmp_path,
                                                                               monkeypatch):
    zhang, _ = _two_people(actor)
    records = _open_records(qtbot, ctx, zhang)
    click(qtbot, records.add_award_button)
    award = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "AwardDialog" and w.isVisible())
    type_text(qtbot, award.title, "优秀志愿者")
    award.level.setCurrentIndex(award.level.findData("street"))
    type_text(qtbot, award.awarded_by, "朝西街道办事处")
    award.day.setDate(QDate(2024, 12, 5))
    with qtbot.waitSignal(ctx.changes.changed, timeout=5000, check_params_cb=touches(Kind.RECORD_KINDS, Kind.OUTBOX)):
        click(qtbot, award.buttons.button(award.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: records.awards.rowCount() == 1, timeout=5000)
    assert records.awards.item(0, 0).text() == "优秀志愿者" and records.awards.item(0, 1).text() == "街道级"

    click(qtbot, records.add_evaluation_button)
    ev = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "EvaluationDialog" and w.isVisible())
    ev.type.setCurrentIndex(ev.type.findData("complaint"))
    assert not ev.rating.isVisible() and ev.comment_label.text() == "投诉内容和处理结果"
    click(qtbot, ev.buttons.button(ev.buttons.StandardButton.Save))  # no comment: refused, dialog stays
    qtbot.waitUntil(lambda: "投诉内容和处理结果" in ev.message.text(), timeout=5000)
    assert ev.isVisible() and Evaluation.select().count() == 0
    ev.type.setCurrentIndex(ev.type.findData("evaluation"))
    ev.rating.setCurrentIndex(ev.rating.findData("excellent"))
    ev.comment.setPlainText("服务认真负责")
    with qtbot.waitSignal(ev.saved, timeout=5000):
        click(qtbot, ev.buttons.button(ev.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: records.evaluations.rowCount() == 1, timeout=5000)
    assert records.evaluations.item(0, 2).text() == "优秀"
    assert OutboxItem.select().where(OutboxItem.award.is_null(False) | OutboxItem.evaluation.is_null(False)).count() == 2

    out = tmp_path / "张秀英记录.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, records.record_button)
    qtbot.waitUntil(lambda: "已保存" in records.message.text(), timeout=10000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "优秀志愿者" in text and "服务认真负责" in text and "张秀英" in text


def test_the_attendance_grid_records_a_session_for_each_attendee(qtbot, window, ctx, actor):
    zhang, li = _two_people(actor)
    window.open_training()
    dialog = window.training_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    type_text(qtbot, dialog.title, "急救技能培训")
    type_text(qtbot, dialog.organiser, "朝阳区红十字会")
    dialog.day.setDate(QDate.currentDate().addDays(-3))
    for person in (zhang, li):
        with qtbot.waitSignal(dialog.picker.matches_shown, timeout=5000):
            type_text(qtbot, dialog.picker.edit, person.name)
        dialog.picker.pick_row(0)
    click(qtbot, dialog.grid.cellWidget(1, 2))  # 移除 李建国, then add him again
    assert dialog.grid.rowCount() == 1
    dialog.picker.set_volunteer(li.id, "李建国")
    assert [dialog.grid.item(r, 0).text().split("（")[0] for r in range(2)] == ["张秀英", "李建国"]
    dialog.result_box(1).setCurrentIndex(dialog.result_box(1).findData("attended"))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    got = sorted((a.volunteer.name, a.result, a.session.title) for a in TrainingAttendance.select())
    assert got == [("张秀英", "completed", "急救技能培训"), ("李建国", "attended", "急救技能培训")]
    records = _open_records(qtbot, ctx, li)
    qtbot.waitUntil(lambda: records.training.rowCount() == 1, timeout=5000)
    assert records.training.item(0, 0).text() == "急救技能培训" and records.training.item(0, 3).text() == "参加"
    assert Award.select().count() == 0


def test_a_training_ending_in_the_future_is_refused_in_the_dialog(qtbot, window, actor):
    zhang, _ = _two_people(actor)
    window.open_training()
    dialog = window.training_dialog
    type_text(qtbot, dialog.title, "明天的培训")
    dialog.day.setDate(QDate.currentDate().addDays(1))
    dialog.picker.set_volunteer(zhang.id, "张秀英")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: "晚于现在" in dialog.message.text(), timeout=5000)
    assert dialog.isVisible() and TrainingAttendance.select().count() == 0
    dialog.reject()


def test_an_award_entered_in_error_is_voided_with_a_reason(qtbot, ctx, actor):
    import datetime as dt

    from station_app.audit.log import entries_for
    from station_app.record_kinds.awards import AwardInput, add_award

    zhang, _ = _two_people(actor)
    made = add_award(AwardInput(zhang.id, "服务之星", "station", "本站", dt.date(2024, 3, 1)), actor)
    records = _open_records(qtbot, ctx, zhang)
    records.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: records.awards.rowCount() == 1, timeout=5000)
    records.awards.selectRow(0)
    click(qtbot, records.void_button)
    qtbot.waitUntil(lambda: records.reason_dialog.isVisible(), timeout=5000)
    records.reason_dialog.reason.setText("登记错人")
    with qtbot.waitSignal(ctx.changes.changed, timeout=5000, check_params_cb=touches(Kind.RECORD_KINDS)):
        click(qtbot, records.reason_dialog.ok)
    qtbot.waitUntil(lambda: records.awards.rowCount() == 0, timeout=5000)
    assert Award.get_by_id(made.id).state == "void"
    assert entries_for("award", made.id)[-1]["reason"] == "登记错人"
