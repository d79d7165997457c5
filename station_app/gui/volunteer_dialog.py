"""Add or edit one volunteer, validated as the user types.

The rules are the core's (:func:`check_volunteer`): the dialog only shows their
verdict under each field. A field's message appears once the user has touched
it, and every message appears when Save is pressed. Saving runs in the
background; a duplicate ID offers the existing record instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.errors import PermissionDenied, ValidationFailed
from station_app.gui.context import AppContext
from station_app.gui.dialog_buttons import save_cancel_buttons
from station_app.gui.fit import fit_dialog_to_screen, fit_placeholder, scrolling_body
from station_app.gui.form_errors import FieldWithError, add_row
from station_app.gui.notify import notify
from station_app.roster import service
from station_app.roster.ids import IdType
from station_app.roster.privacy_notice import child_notice_text, notice_facts, notice_text
from station_app.roster.privacy_notice_pdf import notice_for_print
from station_app.roster.service import DuplicateVolunteer, VolunteerRecord
from station_app.roster.validation import VolunteerInput, check_volunteer, input_from_values

NO_DATE = QDate(1900, 1, 1)


def _to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def _from_qdate(value: QDate) -> dt.date | None:
    return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())


class VolunteerDialog(QDialog):
    saved = Signal(int)
    open_existing = Signal(int)
    loaded = Signal()
    duplicate_checked = Signal()
    revealed = Signal()
    notice_printed = Signal(int)  # pages of the personal-information notice sent to the printer

    def __init__(self, ctx: AppContext, volunteer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.volunteer_id = volunteer_id
        self.existing_id: int | None = None
        self.record: VolunteerRecord | None = None  # as loaded: masked until a 站长 reveals it
        self._touched: set[str] = set()
        self._show_all = False
        self._checked_id: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("新增志愿者") if volunteer_id is None else self.tr("编辑志愿者"))
        self.setMinimumWidth(760)
        self.rows: dict[str, FieldWithError] = {}
        self._build()
        self._check()
        self._load_teams()
        if volunteer_id is not None:
            self.setEnabled(False)
            ctx.db(service.get_volunteer, volunteer_id, ctx.actor()).success(self._fill).start()

    # --- building
    def _build(self) -> None:
        self.banner = QFrame()
        self.banner.setObjectName("duplicate_banner")
        self.banner.setStyleSheet("#duplicate_banner { background: #fdf2e9; border: 1px solid #e59866; border-radius: 4px; }")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("打开已有记录"))
        self.banner_button.clicked.connect(self._open_existing)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()

        ident = QGroupBox(self.tr("身份信息"))
        form = QFormLayout(ident)
        self.name = self._line("name", form, self.tr("姓名"), self.tr("与证件一致"))
        self.id_type = QComboBox()
        for t in IdType:
            self.id_type.addItem(t.label, t.value)
        self.id_type.currentIndexChanged.connect(lambda _i: self._touch("id_type"))
        self.rows["id_type"] = add_row(form, self.tr("证件类型"), self.id_type)
        self.id_number = self._line("id_number", form, self.tr("证件号码"), self.tr("可带空格，小写 x 会自动转为大写"))
        self.gender = QComboBox()
        self.gender.addItem(self.tr("未填写"), "")
        self.gender.addItem(self.tr("男"), "M")
        self.gender.addItem(self.tr("女"), "F")
        self.gender.currentIndexChanged.connect(lambda _i: self._touch("gender"))
        self.rows["gender"] = add_row(form, self.tr("性别"), self.gender)
        self.birth_date = QDateEdit()
        self.birth_date.setDisplayFormat("yyyy-MM-dd")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setMinimumDate(NO_DATE)
        self.birth_date.setSpecialValueText(self.tr("未填写"))
        self.birth_date.setDate(NO_DATE)
        self.birth_date.dateChanged.connect(lambda _d: self._touch("birth_date"))
        self.rows["birth_date"] = add_row(form, self.tr("出生日期"), self.birth_date)
        self.derived_note = QLabel(self.tr("性别和出生日期已根据证件号码自动填写。"))
        self.derived_note.setStyleSheet("color: #566573;")
        form.addRow("", self.derived_note)
        self.masked_note = QLabel(self.tr("证件号码、手机号码已隐去中间位，出生日期以年龄段显示。"
                                          "手机号码留空即保持不变；要修改证件号码，请站长点“显示完整号码”。"))
        self.masked_note.setObjectName("masked_note")
        self.masked_note.setWordWrap(True)
        self.masked_note.setStyleSheet("color: #566573;")
        self.reveal_button = QPushButton(self.tr("显示完整号码…"))
        self.reveal_button.setObjectName("reveal_numbers")
        self.reveal_button.clicked.connect(self.reveal)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.masked_note, 1)
        reveal_row.addWidget(self.reveal_button)
        form.addRow(reveal_row)
        self.masked_note.hide()
        self.reveal_button.hide()

        contact = QGroupBox(self.tr("联系与服务"))
        cform = QFormLayout(contact)
        self.phone = self._line("phone", cform, self.tr("手机号码"), self.tr("11 位手机号，可带 +86、空格或短横线"))
        self.platform_no = self._line("platform_no", cform, self.tr("志愿者编号"), self.tr("市志愿服务平台上的编号，可不填"))
        self.team = QComboBox()
        self.team.setEditable(True)
        self.team.lineEdit().setPlaceholderText(self.tr("选择或输入队伍名称"))
        self.team.editTextChanged.connect(lambda _t: self._touch("team"))
        self.rows["team"] = add_row(cform, self.tr("所属队伍"), self.team)
        self.skills = self._line("skills", cform, self.tr("技能/标签"), self.tr("多个用逗号或顿号分隔，例如：驾驶、摄影"))
        self.status = QComboBox()
        self.status.addItem(self.tr("在册"), "active")
        self.status.addItem(self.tr("已停用"), "inactive")
        self.status.currentIndexChanged.connect(lambda _i: self._touch("status"))
        self.rows["status"] = add_row(cform, self.tr("状态"), self.status)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(56)
        self.notes.textChanged.connect(lambda: self._touch("notes"))
        self.rows["notes"] = add_row(cform, self.tr("备注"), self.notes)
        self.extra_consent = QCheckBox(self.tr("本人同意登记技能/标签和备注"))
        self.extra_consent.setObjectName("extra_consent")
        self.extra_consent.toggled.connect(self._extra_consent_toggled)
        extra_note = QLabel(self.tr("可随时撤回，撤回即删除这两项。"))  # a check box cannot wrap: the rest below it
        extra_note.setWordWrap(True)
        extra_note.setStyleSheet("color: #566573;")
        consent_column = QVBoxLayout()
        consent_column.setSpacing(0)
        consent_column.addWidget(self.extra_consent)
        consent_column.addWidget(extra_note)
        cform.addRow("", consent_column)

        self.guardian_box = QGroupBox(self.tr("监护人（未满 18 周岁必填）"))
        gform = QFormLayout(self.guardian_box)
        self.guardian_name = self._line("guardian_name", gform, self.tr("监护人姓名"), "")
        self.guardian_phone = self._line("guardian_phone", gform, self.tr("监护人电话"), self.tr("11 位手机号"))

        consent_box = QGroupBox(self.tr("个人信息告知"))
        consent_layout = QVBoxLayout(consent_box)
        row = QHBoxLayout()
        self.consent = QCheckBox(self.tr("已向本人告知个人信息处理规则，本人同意"))
        self.consent.setObjectName("consent")
        self.consent.toggled.connect(lambda _on: self._touch("consent_date"))
        self.consent_date = QDateEdit(QDate.currentDate())
        self.consent_date.setDisplayFormat("yyyy-MM-dd")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.dateChanged.connect(lambda _d: self._touch("consent_date"))
        show_notice = QPushButton(self.tr("查看告知内容…"))
        show_notice.clicked.connect(self._show_notice)
        self.print_notice_button = QPushButton(self.tr("打印告知书…"))
        self.print_notice_button.setObjectName("print_notice")
        self.print_notice_button.setToolTip(self.tr("打印个人信息处理告知，供本人或监护人留存；不满 14 周岁另附儿童个人信息处理规则"))
        self.print_notice_button.clicked.connect(self.print_notice)
        row.addWidget(self.consent)
        row.addWidget(QLabel(self.tr("日期")))
        row.addWidget(self.consent_date)
        row.addStretch(1)
        consent_layout.addLayout(row)
        # a child under 14: the guardian's separate consent to the children's rules (PIPL Art. 31)
        self.child_row = QWidget()
        child_row = QHBoxLayout(self.child_row)
        child_row.setContentsMargins(0, 0, 0, 0)
        self.child_consent = QCheckBox(self.tr("监护人已阅读《儿童个人信息处理规则》，单独同意"))
        self.child_consent.setObjectName("child_consent")
        self.child_consent.toggled.connect(lambda _on: self._touch("child_consent_date"))
        self.child_consent_date = QDateEdit(QDate.currentDate())
        self.child_consent_date.setObjectName("child_consent_date")
        self.child_consent_date.setDisplayFormat("yyyy-MM-dd")
        self.child_consent_date.setCalendarPopup(True)
        self.child_consent_date.dateChanged.connect(lambda _d: self._touch("child_consent_date"))
        self.show_child_button = QPushButton(self.tr("查看儿童信息规则…"))
        self.show_child_button.clicked.connect(self._show_child_notice)
        child_row.addWidget(self.child_consent)
        child_row.addWidget(QLabel(self.tr("日期")))
        child_row.addWidget(self.child_consent_date)
        child_row.addStretch(1)
        self.child_row.setVisible(False)
        consent_layout.addWidget(self.child_row)
        notice_buttons = QHBoxLayout()  # a row of their own: the dialog stays narrow enough for 1024×768
        for button in (show_notice, self.show_child_button, self.print_notice_button):
            notice_buttons.addWidget(button)
        notice_buttons.addStretch(1)
        consent_layout.addLayout(notice_buttons)
        self._stored_consents: dict[str, tuple[object, str]] = {}
        self.consent_error = QLabel()
        self.consent_error.setStyleSheet("color: #c0392b;")
        self.consent_error.setWordWrap(True)
        self.consent_error.hide()
        consent_layout.addWidget(self.consent_error)

        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("修改原因（选填，记入操作日志）"))
        self.reason.setVisible(self.volunteer_id is not None)
        self.records_button = QPushButton(self.tr("培训、表彰与评价…"))
        self.records_button.setObjectName("volunteer_records")
        self.records_button.setToolTip(self.tr("培训情况、表彰奖励、评价，以及出具个人志愿服务记录"))
        self.records_button.clicked.connect(self.open_records)
        self.records_button.setVisible(self.volunteer_id is not None)

        self.buttons = save_cancel_buttons(self, self.save)
        self.summary = QLabel()
        self.summary.setObjectName("error_summary")
        self.summary.setStyleSheet("color: #c0392b;")
        self.summary.setWordWrap(True)

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(ident)
        left.addWidget(self.guardian_box)
        left.addStretch(1)
        right.addWidget(contact)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body, layout = scrolling_body(self)
        body.addWidget(self.banner)
        body.addLayout(columns)
        body.addWidget(consent_box)
        body.addWidget(self.reason)
        body.addWidget(self.records_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        fit_dialog_to_screen(self)

    def _line(self, key: str, form: QFormLayout, label: str, hint: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setPlaceholderText(hint)
        fit_placeholder(edit)
        edit.textEdited.connect(lambda _t: self._touch(key))
        edit.textChanged.connect(lambda _t: self._check())
        self.rows[key] = add_row(form, label, edit)
        return edit

    # --- values
    @property
    def masked(self) -> bool:
        """Editing someone whose numbers this dialog holds only masked (the usual case)."""
        return self.record is not None and self.record.masked

    def current_input(self) -> VolunteerInput:
        """What the form says. While masked, the identity and any number left empty stay as stored."""
        if self.masked:
            assert self.record is not None
            keep = {"id_type", "id_number", "gender", "birth_date"}
            keep |= {f for f, edit in (("phone", self.phone), ("guardian_phone", self.guardian_phone))
                     if not edit.text().strip()}
            return replace(self._form_input(), keep=frozenset(keep), known_minor=self.record.minor)
        return self._form_input()

    def _form_input(self) -> VolunteerInput:
        return VolunteerInput(
            name=self.name.text(),
            id_type=self.id_type.currentData(),
            id_number=self.id_number.text(),
            gender=self.gender.currentData(),
            birth_date=_from_qdate(self.birth_date.date()),
            phone=self.phone.text(),
            platform_no=self.platform_no.text(),
            team=self.team.currentText(),
            skills=self.skills.text(),
            guardian_name=self.guardian_name.text(),
            guardian_phone=self.guardian_phone.text(),
            consent=self.consent.isChecked(),
            consent_date=_from_qdate(self.consent_date.date()),
            consent_version=self._stored_version("consent_date", self.consent_date),
            child_consent=self.child_consent.isChecked() and self.child_row.isVisibleTo(self),
            child_consent_date=_from_qdate(self.child_consent_date.date()),
            child_consent_version=self._stored_version("child_consent_date", self.child_consent_date),
            status=self.status.currentData(),
            notes=self.notes.toPlainText(),
            extra_consent=self.extra_consent.isChecked(),
        )

    def _stored_version(self, key: str, edit: QDateEdit) -> str:
        """The version of a stored consent while its date is unchanged; "" (today's notice) for a new one."""
        stored_date, version = self._stored_consents.get(key, (None, ""))
        return version if stored_date is not None and _from_qdate(edit.date()) == stored_date else ""

    def _extra_consent_toggled(self, on: bool) -> None:
        """Withdrawing the agreement erases what it covered (saved when the dialog is saved)."""
        if not on:
            self.skills.clear()
            self.notes.clear()
        self._touch("skills")

    def _fill(self, rec: VolunteerRecord) -> None:
        self.record = rec
        inp = input_from_values(rec.values)
        self.name.setText(inp.name)
        self.id_type.setCurrentIndex(self.id_type.findData(inp.id_type))
        self.id_number.setText(inp.id_number)
        self.gender.setCurrentIndex(max(self.gender.findData(inp.gender), 0))
        self.birth_date.setDate(_to_qdate(inp.birth_date))
        self._show_masked(rec)
        self.phone.setText("" if rec.masked else inp.phone)
        self.platform_no.setText(inp.platform_no)
        self.team.setEditText(inp.team)
        self.skills.setText(inp.skills.replace(",", "、"))
        self.guardian_name.setText(inp.guardian_name)
        self.guardian_phone.setText("" if rec.masked else inp.guardian_phone)
        self.consent.setChecked(inp.consent)
        if inp.consent_date:
            self.consent_date.setDate(_to_qdate(inp.consent_date))
        self.child_consent.setChecked(inp.child_consent)
        if inp.child_consent_date:
            self.child_consent_date.setDate(_to_qdate(inp.child_consent_date))
        self._stored_consents = {"consent_date": (inp.consent_date, inp.consent_version),
                                 "child_consent_date": (inp.child_consent_date, inp.child_consent_version)}
        self.status.setCurrentIndex(self.status.findData(inp.status))
        self.notes.setPlainText(inp.notes)
        self.extra_consent.blockSignals(True)
        self.extra_consent.setChecked(rec.extra_consent)
        self.extra_consent.blockSignals(False)
        self._touched.clear()
        self._checked_id = (inp.id_type, inp.id_number)
        self.setEnabled(True)
        self._check()
        self.loaded.emit()

    def _show_masked(self, rec: VolunteerRecord) -> None:
        """Masked: the identity is read-only, the numbers are what the masks show (as placeholders the
        phones can be typed over), and the birth date gives way to an age band."""
        for widget in (self.id_type, self.id_number, self.gender, self.birth_date):
            widget.setEnabled(not rec.masked)
        self.masked_note.setVisible(rec.masked)
        self.reveal_button.setVisible(rec.masked)
        self.reveal_button.setEnabled(self.ctx.is_admin)
        self.reveal_button.setToolTip("" if self.ctx.is_admin else self.tr("只有站长可以查看完整号码（记入操作日志）"))
        if rec.masked:
            self.birth_date.setSpecialValueText(rec.age_band or self.tr("未填写"))
            self.birth_date.setDate(NO_DATE)
            for edit, key in ((self.phone, "phone"), (self.guardian_phone, "guardian_phone")):
                shown = rec.values.get(key) or ""
                edit.setPlaceholderText(self.tr("保持 {n} 不变，或输入新号码").format(n=shown) if shown
                                        else self.tr("11 位手机号"))
        else:
            self.birth_date.setSpecialValueText(self.tr("未填写"))

    def reveal(self, reason: str | None = None) -> None:
        """站长: the whole numbers and the birth date, to correct them (audit-logged)."""
        from station_app.roster.privacy import reveal_volunteer

        if self.volunteer_id is None or not self.masked:
            return
        self.ctx.db(reveal_volunteer, self.volunteer_id, self.ctx.actor(), reason or self.tr("编辑时查看")).success(
            self._revealed).failure(lambda exc: self.summary.setText(str(exc))).start()

    def _revealed(self, rec: VolunteerRecord) -> None:
        kept = {"name": self.name.text(), "team": self.team.currentText(), "notes": self.notes.toPlainText()}
        touched = set(self._touched)
        self._fill(rec)
        self.name.setText(kept["name"])  # what was already typed stays typed
        self.team.setEditText(kept["team"])
        self.notes.setPlainText(kept["notes"])
        self._touched = touched
        self.revealed.emit()

    def _load_teams(self) -> None:
        def fill(teams: list[str]) -> None:
            text = self.team.currentText()
            self.team.blockSignals(True)
            self.team.addItems(teams)
            self.team.setEditText(text)
            self.team.blockSignals(False)

        self.ctx.db(service.teams).success(fill).start()

    # --- validation
    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self._check()

    def _check(self) -> bool:
        if not hasattr(self, "summary"):
            return False  # still building
        checked = check_volunteer(self.current_input())
        self._show_derived(checked)
        messages = {e.field: e.message for e in checked.errors}
        for key, row in self.rows.items():
            row.set_error(messages.get(key) if (self._show_all or key in self._touched) else None)
        consent_msg = "\n".join(m for key in ("consent_date", "child_consent_date")
                                if (m := messages.get(key)) and (self._show_all or key in self._touched))
        self.consent_error.setText(consent_msg or "")
        self.consent_error.setVisible(bool(consent_msg))
        self.summary.setText(self.tr("请先改正标红的 {n} 处。").format(n=len(checked.errors))
                             if self._show_all and checked.errors else "")
        if self.isVisible() and self.sizeHint().height() > self.height():
            self.resize(self.width(), self.sizeHint().height())  # room for new messages
        if self.masked:
            pass  # the identity is the stored one: nothing to look up
        elif "id_number" not in messages and "id_type" not in messages:
            self._check_duplicate(checked.values["id_type"], checked.values["id_number"])
        else:
            self._checked_id = None
            self._set_duplicate(None)
        return not checked.errors

    def _show_derived(self, checked) -> None:
        derived = checked.derived_from_id
        for widget in (self.gender, self.birth_date):
            widget.setEnabled(not derived and not self.masked)
        if derived:
            for widget, setter, value in (
                (self.gender, lambda v: self.gender.setCurrentIndex(self.gender.findData(v)), checked.values["gender"]),
                (self.birth_date, lambda v: self.birth_date.setDate(_to_qdate(v)), checked.values["birth_date"]),
            ):
                widget.blockSignals(True)
                setter(value)
                widget.blockSignals(False)
        self.derived_note.setVisible(derived)
        self.guardian_box.setEnabled(checked.needs_guardian)
        self.child_row.setVisible(checked.needs_guardian_consent or self.child_consent.isChecked())
        self.show_child_button.setVisible(self.child_row.isVisibleTo(self))
        self.consent.setText(
            self.tr("已向监护人告知个人信息处理规则，监护人同意（未满 14 周岁）") if checked.needs_guardian_consent
            else self.tr("已向本人告知个人信息处理规则，本人同意"))

    def _check_duplicate(self, id_type: str, id_number: str) -> None:
        key = (id_type, id_number)
        if key == self._checked_id:
            return
        self._checked_id = key

        def show(found: VolunteerRecord | None) -> None:
            if self._checked_id == key:
                self._set_duplicate(found if found and found.id != self.volunteer_id else None)
            self.duplicate_checked.emit()

        def stopped(error: BaseException) -> None:  # whole-number lookups stopped (roster/id_probes.py)
            if not isinstance(error, PermissionDenied):
                raise error
            if self._checked_id == key:
                self.existing_id = None
                self.banner_text.setText(str(error))
                self.banner_button.setVisible(False)
                self.banner.setVisible(True)
                self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.duplicate_checked.emit()

        self.ctx.db(service.find_by_id_number, id_type, id_number, self.ctx.actor()).success(show).failure(
            stopped).start()

    def _set_duplicate(self, found: VolunteerRecord | None) -> None:
        self.existing_id = found.id if found else None
        if found:
            status = self.tr("在册") if found.values["status"] == "active" else self.tr("已停用")
            self.banner_text.setText(self.tr("此证件号码已登记：<b>{name}</b>（{status}）。同一个人不能重复录入。").format(
                name=found.name, status=status))
        self.banner_button.setVisible(True)
        self.banner.setVisible(found is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(found is None)

    def _open_existing(self) -> None:
        if self.existing_id is not None:
            existing = self.existing_id
            self.reject()
            self.open_existing.emit(existing)

    def _show_notice(self) -> None:
        self.ctx.db(notice_facts).success(
            lambda facts: notify(self, self.tr("个人信息处理告知"), notice_text(self.ctx.profile, facts))).start()

    def _show_child_notice(self) -> None:
        self.ctx.db(notice_facts).success(
            lambda facts: notify(self, self.tr("儿童个人信息处理规则"), child_notice_text(self.ctx.profile, facts))).start()

    def print_notice(self) -> None:
        """The notice on paper (with the children's rules for a child under 14), through the print dialog."""
        child = self.child_row.isVisibleTo(self)
        self.print_notice_button.setEnabled(False)
        self.ctx.db(notice_for_print, child).success(self._open_print_dialog).failure(
            lambda exc: (self.print_notice_button.setEnabled(True), self.summary.setText(str(exc)))).start()

    def _open_print_dialog(self, pdf: bytes) -> None:
        from station_app.gui.reports.pdf_printing import PdfPrintJob

        self.print_notice_button.setEnabled(True)
        job = PdfPrintJob(self, pdf, self.tr("个人信息处理告知"), dialog_title=self.tr("打印个人信息处理告知"))
        job.printed.connect(self.notice_printed.emit)
        job.failed.connect(lambda message: notify(self, self.tr("打印失败"), message))
        self.print_job = job
        job.start()

    def open_records(self) -> None:
        """The volunteer's training, awards and evaluations (Art. 19), and their personal record."""
        from station_app.gui.volunteer_records_dialog import VolunteerRecordsDialog

        assert self.volunteer_id is not None  # the button shows only for a stored volunteer
        self.records_dialog = VolunteerRecordsDialog(self.ctx, self.volunteer_id, self.name.text(), self)
        self.records_dialog.open()

    # --- saving
    def save(self) -> None:
        self._show_all = True
        if not self._check() or self.existing_id is not None:
            return
        self.buttons.setEnabled(False)
        inp, actor, reason = self.current_input(), self.ctx.actor(), self.reason.text().strip()
        if self.volunteer_id is None:
            op = self.ctx.op(service.add_volunteer, inp, actor, reason)
        else:
            op = self.ctx.op(service.update_volunteer, self.volunteer_id, inp, actor, reason)
        op.success(self._saved).failure(self._save_failed).start()

    def _saved(self, rec: VolunteerRecord) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(rec.id)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, DuplicateVolunteer) and exc.field == "platform_no":
            self.rows["platform_no"].set_error(str(exc))
            self.summary.setText(str(exc))
        elif isinstance(exc, DuplicateVolunteer):
            self._set_duplicate(exc.existing)
        elif isinstance(exc, ValidationFailed):
            for err in exc.errors:
                if err.field in self.rows:
                    self.rows[err.field].set_error(err.message)
            self.summary.setText(str(exc))
        else:
            self.summary.setText(self.tr("保存失败：{e}").format(e=exc))
