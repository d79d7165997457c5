"""The import wizard and the export dialog, driven through their buttons."""

from __future__ import annotations

import csv
import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWizard

from station_app.db.models import AuditEntry, Volunteer
from station_app.roster.ids import gb11643_check_char
from support.gui import type_text


def make_id(birth: str, seq: str) -> str:
    first17 = f"110105{birth}{seq}"
    return first17 + gb11643_check_char(first17)




@pytest.fixture
def messy_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["朝西社区志愿者花名册"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "姓名", "身份证号码", "联系方式", "兴趣"])
    ws.append([1, "张 三", make_id("19700101", "123").lower(), "138-0013-8000", "唱歌"])
    ws.append([2, "李四", 110105197001011234, "13900139000", ""])
    ws.append([3, "王五", make_id("19650505", "222"), "+86 139 0013 9001", "书法"])
    path = tmp_path / "花名册.xlsx"
    wb.save(path)
    return path


def click_next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_import_wizard_maps_previews_and_imports(qtbot, window, messy_xlsx):
    page = window.roster_page
    page.import_roster()
    wizard = page.import_wizard
    wizard.file_page.path.setText(str(messy_xlsx))
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.columns_page, timeout=5000)
    columns = wizard.columns_page
    assert columns.header_note.text() == "表头在第 2 行"
    assert columns.mapping() == {1: "name", 2: "id_number", 3: "phone"}
    columns.set_field(4, "notes")  # the user maps the column nobody recognised
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=5000)
    preview = wizard.preview_page
    assert "新增 2 人" in preview.summary.text() and "未导入 1 行" in preview.summary.text()
    assert "序号" in preview.summary.text()
    problem = preview.problems_model.index(0, 2).data()
    assert preview.problems_model.index(0, 0).data() == "4" and "存成了数字" in problem
    assert Volunteer.select().count() == 0  # nothing written before "导入"
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "导入"
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        with qtbot.waitSignal(wizard.imported, timeout=5000):
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    names = {v.name: v for v in Volunteer.select()}
    assert set(names) == {"张三", "王五"}
    assert names["张三"].phone == "13800138000" and names["王五"].notes == "书法"
    assert AuditEntry.select().where(AuditEntry.action == "roster.import").count() == 1
    assert {page.model.row_at(i).name for i in range(page.model.rowCount())} == {"张三", "王五"}
    told = window.findChild(QMessageBox, "notification")
    assert told is not None and "新增 2 人" in told.text() and "未导入 1 行" in told.text()


def test_unreadable_file_is_explained_on_the_first_page(qtbot, window, tmp_path):
    junk = tmp_path / "照片.xlsx"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    page = window.roster_page
    page.import_roster()
    wizard = page.import_wizard
    wizard.file_page.path.setText(str(junk))
    with qtbot.waitSignal(wizard.failed, timeout=5000):
        click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.file_page
    assert "不是表格文件" in wizard.file_page.error.text()


def test_cancelled_import_writes_nothing(qtbot, window, messy_xlsx):
    page = window.roster_page
    page.import_roster()
    wizard = page.import_wizard
    wizard.file_page.path.setText(str(messy_xlsx))
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.columns_page, timeout=5000)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=5000)
    # Hold the database worker so the commit is still queued when the user cancels.
    gate = threading.Event()
    window.ctx.tasks.submit_db(gate.wait, lambda *_: None, 5)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.preview_page.busy
    with qtbot.waitSignal(wizard.failed, timeout=5000):
        wizard.reject()  # "关闭" while busy cancels the work and keeps the wizard open
        gate.set()
    assert "已取消" in wizard.preview_page.error.text()
    assert Volunteer.select().count() == 0
    assert AuditEntry.select().where(AuditEntry.action == "roster.import").count() == 0


def test_export_dialog_masks_by_default_and_logs_full_numbers(qtbot, window, actor, tmp_path):
    from station_app.roster import service
    from station_app.roster.validation import VolunteerInput

    id_number = make_id("19700101", "123")
    service.add_volunteer(VolunteerInput(name="张三", id_number=id_number, phone="13800138000"), actor)
    page = window.roster_page
    for full in (False, True):
        page.export_roster()
        dialog = page.export_dialog
        target = tmp_path / f"名册{int(full)}.csv"
        dialog.path.setText(str(target))
        dialog.full_numbers.setChecked(full)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if full:  # a whole copy of the roster leaving the system takes a reason
            assert dialog.reason.isVisible()
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
            assert "原因" in dialog.message.text() and not target.exists()
            type_text(qtbot, dialog.reason, "向街道报送名册")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda dialog=dialog: dialog.exported is not None, timeout=5000)
        with target.open(encoding="utf-8-sig") as fh:
            row = {k: v.lstrip("\t") for k, v in list(csv.DictReader(fh))[0].items()}  # tab: text for Excel
        if full:
            assert row["证件号码"] == id_number and row["手机号码"] == "13800138000"
        else:
            assert row["证件号码"] == "110105********" + id_number[-4:] and row["手机号码"] == "138****8000"
            assert "出生日期" not in row and row["年龄段"] == "35–59 岁"
    logged = [e.after for e in AuditEntry.select().where(AuditEntry.action == "roster.export").order_by(AuditEntry.id)]
    assert '"masked": true' in logged[0] and '"masked": false' in logged[1]


def test_hours_wizard_offers_to_create_missing_posts_with_one_confirmation(qtbot, window, actor, tmp_path):
    """A historical sheet naming two posts the station lacks: listed, created on one confirmation, imported."""
    from station_app.db.models import Post, ServiceRecord
    from support.hours import add_people, add_posts

    people = add_people(actor)
    add_posts(actor)
    path = tmp_path / "历史签到表.csv"
    with path.open("w", encoding="gbk", newline="") as fh:
        rows = [["姓名", "身份证号", "岗位", "日期", "开始时间", "结束时间"]]
        for i in range(12):
            p = people[i % 4].values
            rows.append([p["name"], p["id_number"], ("礼让斑马线文明引导", "楼道清理", "垃圾分类督导")[i % 3],
                         f"2024-04-{1 + i // 4:02d}", "08:00", "10:00"])
        csv.writer(fh).writerows(rows)
    page = window.review_page
    window.nav.setCurrentRow(1)
    page.import_hours()
    wizard = page.import_wizard
    wizard.file_page.path.setText(str(path))
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.columns_page, timeout=5000)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=5000)
    preview = wizard.preview_page
    assert "礼让斑马线文明引导（4 行）" in preview.new_posts.text() and "楼道清理（4 行）" in preview.new_posts.text()
    assert preview.problems_model.rowCount() == 2  # grouped: one line per missing post, not eight
    assert preview.problems_model.index(0, 0).data() == "2、5、8、11（共 4 行）"
    qtbot.mouseClick(preview.create_posts, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(preview, "confirm_box", None) is not None and preview.confirm_box.isVisible(),
                    timeout=5000)
    assert "P-LRBMXWMYD" in preview.confirm_box.text() and "P-LDQL" in preview.confirm_box.text()
    assert Post.select().count() == 3  # nothing made by the offer itself
    yes = preview.confirm_box.button(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "将新建 2 个岗位" in preview.new_posts.text(), timeout=5000)
    assert preview.problems_model.rowCount() == 0 and preview.rows_model.rowCount() == 12
    with qtbot.waitSignal(wizard.imported, timeout=5000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert {p.name for p in Post.select()} >= {"礼让斑马线文明引导", "楼道清理"}
    assert ServiceRecord.select().count() == 12


def test_download_template_writes_it_and_offers_it_for_import(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "我的名册模板"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page = window.roster_page
    page.import_roster()
    wizard = page.import_wizard
    qtbot.mouseClick(wizard.file_page.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已保存到" in wizard.file_page.template_note.text(), timeout=5000)
    saved = target.with_suffix(".xlsx")
    assert wizard.file_page.path.text() == str(saved)
    wb = openpyxl.load_workbook(saved)
    assert [c.value for c in wb.worksheets[0][1]][:3] == ["姓名", "证件类型", "身份证号"]
    assert wb.worksheets[1].title == "填写说明"
