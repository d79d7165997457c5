"""The station profile fields, used by the first-start dialog and the settings dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from station_app.errors import ValidationFailed
from station_app.gui.fit import fit_placeholder
from station_app.gui.form_errors import FieldWithError, add_row
from station_app.station.profile import StationProfile, clean_profile


class ProfileForm(QWidget):
    def __init__(self, profile: StationProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}
        self.rows: dict[str, FieldWithError] = {}
        specs = [
            ("name", self.tr("站点名称"), self.tr("例如：朝西社区志愿服务站")),
            ("code", self.tr("站点编码"), self.tr("市平台分配的编码，例如 BJ-CY-0001")),
            ("organisation", self.tr("出具单位"), self.tr("证明上盖章的单位，例如 ××社区居民委员会")),
            ("person_in_charge", self.tr("负责人"), ""),
            ("phone", self.tr("联系电话"), self.tr("例如 010-85551234")),
            ("address", self.tr("地址"), ""),
        ]
        for key, label, hint in specs:
            edit = QLineEdit()
            edit.setObjectName(f"profile_{key}")
            edit.setPlaceholderText(hint)
            fit_placeholder(edit)
            if profile is not None:
                edit.setText(getattr(profile, key))
            edit.textEdited.connect(lambda _text, k=key: self._touched.add(k) or self.validate())
            self.edits[key] = edit
            self.rows[key] = add_row(form, label, edit)
        self.form = form
        self._touched: set[str] = set()
        self._shown_all = False  # after a save attempt every wrong field keeps its message until fixed

    def profile(self) -> StationProfile:
        return StationProfile(**{k: e.text() for k, e in self.edits.items()})

    def validate(self, show_all: bool = False) -> StationProfile | None:
        """Show errors (of touched fields, or all); return the clean profile when valid."""
        self._shown_all = self._shown_all or show_all
        show_all = self._shown_all
        try:
            clean = clean_profile(self.profile())
        except ValidationFailed as exc:
            messages = {e.field: e.message for e in exc.errors}
            for key, row in self.rows.items():
                row.set_error(messages.get(key) if (show_all or key in self._touched) else None)
            return None
        for row in self.rows.values():
            row.set_error(None)
        return clean
