"""Chinese names for audit actions and entity types; unknown codes are shown as they are."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "AuditLabels"
ACTIONS = {
    "volunteer.create": QT_TRANSLATE_NOOP("AuditLabels", "新增志愿者"),
    "volunteer.update": QT_TRANSLATE_NOOP("AuditLabels", "修改志愿者"),
    "volunteer.deactivate": QT_TRANSLATE_NOOP("AuditLabels", "停用志愿者"),
    "volunteer.reactivate": QT_TRANSLATE_NOOP("AuditLabels", "恢复志愿者"),
    "roster.import": QT_TRANSLATE_NOOP("AuditLabels", "导入名册"),
    "roster.export": QT_TRANSLATE_NOOP("AuditLabels", "导出名册"),
    "roster.near_miss": QT_TRANSLATE_NOOP("AuditLabels", "证件号码近似查询"),
    "roster.lookups_stopped": QT_TRANSLATE_NOOP("AuditLabels", "暂停整号查询"),
    "record.create": QT_TRANSLATE_NOOP("AuditLabels", "录入服务记录"),
    "record.update": QT_TRANSLATE_NOOP("AuditLabels", "修改服务记录"),
    "record.check_in": QT_TRANSLATE_NOOP("AuditLabels", "签到"),
    "record.check_out": QT_TRANSLATE_NOOP("AuditLabels", "签退"),
    "record.close": QT_TRANSLATE_NOOP("AuditLabels", "补签退"),
    "record.approve": QT_TRANSLATE_NOOP("AuditLabels", "审核通过"),
    "record.reject": QT_TRANSLATE_NOOP("AuditLabels", "退回记录"),
    "record.correct": QT_TRANSLATE_NOOP("AuditLabels", "更正记录"),
    "record.void": QT_TRANSLATE_NOOP("AuditLabels", "作废记录"),
    "hours.import": QT_TRANSLATE_NOOP("AuditLabels", "导入服务时长"),
    "hours.export": QT_TRANSLATE_NOOP("AuditLabels", "导出服务时长"),
    "post.create": QT_TRANSLATE_NOOP("AuditLabels", "新增岗位"),
    "post.update": QT_TRANSLATE_NOOP("AuditLabels", "修改岗位"),
    "shift.create": QT_TRANSLATE_NOOP("AuditLabels", "新增班次"),
    "shift.create_series": QT_TRANSLATE_NOOP("AuditLabels", "新增重复班次"),
    "shift.update": QT_TRANSLATE_NOOP("AuditLabels", "修改班次"),
    "hours.sheet_entry": QT_TRANSLATE_NOOP("AuditLabels", "签到表录入"),
    "shift.sign_up": QT_TRANSLATE_NOOP("AuditLabels", "报名班次"),
    "shift.cancel_sign_up": QT_TRANSLATE_NOOP("AuditLabels", "取消报名"),
    "certificate.issue": QT_TRANSLATE_NOOP("AuditLabels", "出具证明"),
    "certificate.reprint": QT_TRANSLATE_NOOP("AuditLabels", "补打证明"),
    "certificate.revoke": QT_TRANSLATE_NOOP("AuditLabels", "作废证明"),
    "cards.print": QT_TRANSLATE_NOOP("AuditLabels", "打印志愿者证"),
    "station.create": QT_TRANSLATE_NOOP("AuditLabels", "创建站点"),
    "station.update": QT_TRANSLATE_NOOP("AuditLabels", "修改站点信息"),
    "setting.update": QT_TRANSLATE_NOOP("AuditLabels", "修改设置"),
    "demo.fill": QT_TRANSLATE_NOOP("AuditLabels", "生成演示数据"),
    "backup.create": QT_TRANSLATE_NOOP("AuditLabels", "备份数据库"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditLabels", "恢复数据库"),
    "audit.export": QT_TRANSLATE_NOOP("AuditLabels", "导出操作日志"),
    "audit.sealed": QT_TRANSLATE_NOOP("AuditLabels", "升级：个人信息改为按人加密保存"),
    "volunteer.reveal": QT_TRANSLATE_NOOP("AuditLabels", "查看完整号码"),
    "volunteer.anonymise": QT_TRANSLATE_NOOP("AuditLabels", "删除个人信息"),
    "volunteer.extra_consent": QT_TRANSLATE_NOOP("AuditLabels", "同意保存附加信息"),
    "volunteer.extra_consent_withdrawn": QT_TRANSLATE_NOOP("AuditLabels", "撤回附加信息同意"),
    "volunteer.platform_create": QT_TRANSLATE_NOOP("AuditLabels", "平台新增志愿者"),
    "volunteer.platform_update": QT_TRANSLATE_NOOP("AuditLabels", "平台更新志愿者"),
    "staff.create": QT_TRANSLATE_NOOP("AuditLabels", "新增工作人员"),
    "staff.disable": QT_TRANSLATE_NOOP("AuditLabels", "停用工作人员"),
    "staff.enable": QT_TRANSLATE_NOOP("AuditLabels", "启用工作人员"),
    "staff.login": QT_TRANSLATE_NOOP("AuditLabels", "登录"),
    "staff.login_failed": QT_TRANSLATE_NOOP("AuditLabels", "登录失败"),
    "staff.logout": QT_TRANSLATE_NOOP("AuditLabels", "退出登录"),
    "staff.password": QT_TRANSLATE_NOOP("AuditLabels", "修改密码"),
    "staff.role": QT_TRANSLATE_NOOP("AuditLabels", "修改角色"),
    "sync.token": QT_TRANSLATE_NOOP("AuditLabels", "更换平台令牌"),
    "sync.requeue": QT_TRANSLATE_NOOP("AuditLabels", "重新提交平台拒收记录"),
    "sync.manual_export": QT_TRANSLATE_NOOP("AuditLabels", "导出待上传记录"),
    "sync.manual_upload": QT_TRANSLATE_NOOP("AuditLabels", "标记已手工上传"),
    "sync.release_held": QT_TRANSLATE_NOOP("AuditLabels", "重新发送被拒收的批次"),
    "certificate.records_changed": QT_TRANSLATE_NOOP("AuditLabels", "证明所计记录被更正"),
    "report.export": QT_TRANSLATE_NOOP("AuditLabels", "导出统计报表"),
    "report.print": QT_TRANSLATE_NOOP("AuditLabels", "打印统计报表"),
    "report.public_notice": QT_TRANSLATE_NOOP("AuditLabels", "制作公示名单"),
    "volunteer.retention_erase": QT_TRANSLATE_NOOP("AuditLabels", "删除超过保留期限的个人信息"),
}
ENTITIES = {
    "volunteer": QT_TRANSLATE_NOOP("AuditLabels", "志愿者"),
    "service_record": QT_TRANSLATE_NOOP("AuditLabels", "服务记录"),
    "post": QT_TRANSLATE_NOOP("AuditLabels", "岗位"),
    "shift": QT_TRANSLATE_NOOP("AuditLabels", "班次"),
    "shift_series": QT_TRANSLATE_NOOP("AuditLabels", "重复班次"),
    "certificate": QT_TRANSLATE_NOOP("AuditLabels", "证明"),
    "station": QT_TRANSLATE_NOOP("AuditLabels", "站点"),
    "setting": QT_TRANSLATE_NOOP("AuditLabels", "设置"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "备份"),
    "file": QT_TRANSLATE_NOOP("AuditLabels", "文件"),
    "printer": QT_TRANSLATE_NOOP("AuditLabels", "打印机"),
    "staff": QT_TRANSLATE_NOOP("AuditLabels", "工作人员"),
    "outbox": QT_TRANSLATE_NOOP("AuditLabels", "待上传队列"),
    "sync_batch": QT_TRANSLATE_NOOP("AuditLabels", "上传批次"),
}


def action_label(code: str) -> str:
    return QCoreApplication.translate(CONTEXT, ACTIONS[code]) if code in ACTIONS else code


def entity_label(code: str) -> str:
    return QCoreApplication.translate(CONTEXT, ENTITIES[code]) if code in ENTITIES else code
