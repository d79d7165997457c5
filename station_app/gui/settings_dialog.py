"""Settings (站长 only): the station profile, staff accounts, idle lock, hours and the kiosk, backups, platform sync."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app import config
from station_app.gui.backup_settings_tab import BackupSettingsTab, current_backup_settings
from station_app.gui.context import AppContext
from station_app.gui.form_errors import add_row
from station_app.gui.profile_form import ProfileForm
from station_app.gui.sync.settings_tab import SyncSettingsTab, current_sync_settings
from station_app.gui.time_field import TimeField
from station_app.i18n import translate
from station_app.station import settings
from station_app.station.profile import StationProfile
from station_app.station_setup import StationSettings, save_station_settings


def current_hours_settings(data_dir: Path | None = None) -> dict:
    """The settings the dialog shows; with *data_dir*, the backup folder and platform sync settings too."""
    from station_app.hours.star_standard import current_preset
    from station_app.kiosk.pin import kiosk_pin_set

    current = {"day_end": settings.get(config.DAY_END), "thresholds": settings.get(config.STAR_THRESHOLDS),
               "star_preset": current_preset(), "pin_set": kiosk_pin_set(), "idle_minutes": settings.get(config.IDLE_LOCK_MINUTES),
               "platform_operator": settings.get(config.PRIVACY_PLATFORM_OPERATOR),
               "extra_keep_months": settings.get(config.PRIVACY_EXTRA_KEEP_MONTHS)}
    current.update(current_backup_settings(data_dir))
    if data_dir is not None:
        current.update(current_sync_settings(data_dir))
    return current


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 ctx_settings: dict | None = None) -> None:
        """*ctx_settings*: the current hours/kiosk settings, read by the caller in the background."""
        super().__init__(parent)
        ctx_settings = ctx_settings or current_hours_settings(ctx.data_dir)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(560)
        tabs = QTabWidget()
        self.form = ProfileForm(ctx.profile)
        tabs.addTab(self.form, self.tr("站点信息"))
        from station_app.gui.staff_dialogs import StaffPanel

        staff_page = QWidget()
        staff_layout = QVBoxLayout(staff_page)
        self.staff = StaffPanel(ctx)
        staff_layout.addWidget(self.staff, 1)
        op_form = QFormLayout()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSuffix(self.tr(" 分钟"))
        self.idle_minutes.setSpecialValueText(self.tr("不自动锁定"))
        self.idle_minutes.setValue(int(ctx_settings.get("idle_minutes", config.IDLE_LOCK_MINUTES.default)))
        op_form.addRow(self.tr("无人操作后锁定"), self.idle_minutes)
        data_dir = QLabel(str(ctx.data_dir))
        data_dir.setTextInteractionFlags(data_dir.textInteractionFlags() | data_dir.textInteractionFlags().TextSelectableByMouse)
        op_form.addRow(self.tr("数据文件夹"), data_dir)
        staff_layout.addLayout(op_form)
        tabs.addTab(staff_page, self.tr("工作人员与锁定"))
        hours_page = QWidget()
        h_form = QFormLayout(hours_page)
        self.day_end = TimeField(QTime.fromString(ctx_settings["day_end"], "HH:mm"))
        from station_app.hours.star_standard import CUSTOM, PRESETS

        self.star_preset = QComboBox()
        self.star_preset.setObjectName("star_preset")
        for preset in PRESETS.values():
            self.star_preset.addItem(translate("hours", preset.label), preset.key)
        self.star_preset.addItem(self.tr("自定义"), CUSTOM)
        self.thresholds = QLineEdit(ctx_settings["thresholds"])
        self.thresholds.setObjectName("star_thresholds")
        h_form.addRow(self.tr("星级时长标准"), self.star_preset)
        self.thresholds_row = add_row(h_form, self.tr("一至五星所需小时"), self.thresholds)
        self.star_preset.currentIndexChanged.connect(self._preset_chosen)
        self.star_preset.setCurrentIndex(max(0, self.star_preset.findData(ctx_settings.get("star_preset", CUSTOM))))
        self._shown_preset = self.star_preset.currentData()
        self._preset_chosen()
        star_note = QLabel(self.tr("星级由志愿服务组织认定；证明和签到机只说“累计志愿服务时长已达到一星志愿者标准（100 小时）”。"))
        star_note.setWordWrap(True)
        h_form.addRow("", star_note)
        h_form.addRow(self.tr("每日结束时间"), self.day_end)
        note = QLabel(self.tr("过了每日结束时间仍未签退的记录，会在审核页标为“忘记签退”，由工作人员核实，不会自动补时长。"))
        note.setWordWrap(True)
        h_form.addRow("", note)
        self.pin = QLineEdit()
        self.pin.setObjectName("kiosk_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("不修改请留空") if ctx_settings["pin_set"] else self.tr("4 到 8 位数字"))
        self.pin_row = add_row(h_form, self.tr("签到机退出 PIN"), self.pin)
        tabs.addTab(hours_page, self.tr("服务时长与签到机"))
        self.backup_tab = BackupSettingsTab(ctx_settings)
        tabs.addTab(self.backup_tab, self.tr("数据备份"))
        tabs.addTab(self._privacy_page(ctx_settings), self.tr("个人信息"))
        self.sync_tab = SyncSettingsTab(ctx_settings, ctx.profile.code if ctx.profile else "", data_dir=ctx.data_dir)
        tabs.addTab(self.sync_tab, self.tr("平台同步"))
        self.tabs = tabs
        tabs.tabBar().setUsesScrollButtons(False)  # every tab's title whole, at every 字号
        self.setMinimumWidth(max(560, tabs.tabBar().sizeHint().width() + 40))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _privacy_page(self, ctx_settings: dict) -> QWidget:
        """What the personal-information notice says about recipients and retention, and the retention time."""
        page = QWidget()
        form = QFormLayout(page)
        self.platform_operator = QLineEdit(ctx_settings.get("platform_operator", ""))
        self.platform_operator.setObjectName("platform_operator")
        self.platform_operator.setPlaceholderText(self.tr("如：北京市志愿服务联合会"))
        form.addRow(self.tr("平台运营单位"), self.platform_operator)
        self.extra_keep_months = QSpinBox()
        self.extra_keep_months.setObjectName("extra_keep_months")
        self.extra_keep_months.setRange(0, 120)
        self.extra_keep_months.setSuffix(self.tr(" 个月"))
        self.extra_keep_months.setValue(int(ctx_settings.get("extra_keep_months", config.PRIVACY_EXTRA_KEEP_MONTHS.default)))
        form.addRow(self.tr("停用后保留"), self.extra_keep_months)
        note = QLabel(self.tr("手机号码、监护人信息、技能和备注在志愿者停用后保留这么久，到期后由 文件 → 数据保留检查 删除；"
                              "姓名、证件号码和服务记录依法保存。两项都写进个人信息告知。"))
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def _changed_preset(self) -> str:
        """The preset chosen, or "" (left as stored) when it is the one the dialog opened with."""
        chosen = self.star_preset.currentData()
        return "" if chosen == self._shown_preset else chosen

    def _preset_chosen(self) -> None:
        """A named preset fills in its hours and locks them; 自定义 lets them be typed."""
        from station_app.hours.star_standard import PRESETS

        preset = PRESETS.get(self.star_preset.currentData())
        if preset is not None:
            self.thresholds.setText(",".join(str(h) for h in preset.hours))
        self.thresholds.setReadOnly(preset is not None)

    def save(self) -> None:
        profile = self.form.validate(show_all=True)
        if profile is None:
            self.tabs.setCurrentIndex(0)
            return
        from station_app.hours.star_standard import parse_hours

        hours = parse_hours(self.thresholds.text())
        thresholds = ",".join(str(h) for h in hours or [])
        if hours is None:
            self.thresholds_row.set_error(self.tr("请填写从小到大、用逗号分隔的小时数，例如 100,300,600,1000,1500"))
            self.tabs.setCurrentIndex(2)
            return
        self.thresholds_row.set_error(None)
        pin = self.pin.text().strip()
        if pin and not (pin.isdigit() and 4 <= len(pin) <= 8):
            self.pin_row.set_error(self.tr("PIN 应为 4 到 8 位数字"))
            self.tabs.setCurrentIndex(2)
            return
        self.pin_row.set_error(None)
        if not self.sync_tab.validate():
            self.tabs.setCurrentWidget(self.sync_tab)
            return
        sync = self.sync_tab.values() if self.sync_tab.changed() else None
        actor = self.ctx.actor()
        self.buttons.setEnabled(False)

        def done(saved: StationProfile) -> None:
            self.ctx.profile = saved
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.error.setText(self.tr("保存失败：{e}").format(e=exc))

        form = StationSettings(profile, self.idle_minutes.value(), self.day_end.time().toString("HH:mm"), thresholds,
                               pin, self.backup_tab.values(), sync, star_preset=self._changed_preset(),
                               platform_operator=" ".join(self.platform_operator.text().split()),
                               extra_keep_months=self.extra_keep_months.value())
        self.ctx.op(save_station_settings, form, actor, self.ctx.data_dir).success(done).failure(failed).start()
