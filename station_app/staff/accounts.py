"""Staff accounts: create, log in (with a growing wait after wrong passwords), change password, disable.

Passwords are kept only as scrypt hashes (:mod:`station_app.staff.secrets_hash`).
The count of wrong attempts and the time an account may try again are stored in
the database, so closing and reopening the program does not reset them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed, changes_field
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Staff
from station_app.errors import FieldError, NotFound, ValidationFailed
from station_app.i18n import translate
from station_app.staff.roles import ADMIN, OPERATOR, ROLES, require_admin
from station_app.staff.secrets_hash import hash_secret, verify_secret

FREE_ATTEMPTS = 5  # wrong passwords allowed before the account has to wait
FIRST_WAIT = 60  # seconds after the 5th wrong attempt; doubles with each further one
MAX_WAIT = 30 * 60
MIN_PASSWORD = 6


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    role: str
    active: bool
    last_login_at: str | None
    changes: Changes = changes_field()

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN

    def actor(self) -> Actor:
        """The Actor the window acts as while this person is logged in."""
        return Actor(self.name, via="gui", role=self.role)


class LoginFailed(ValueError):
    """Wrong name or password, a disabled account, or an account that must wait. ``wait_seconds`` > 0 when locked."""

    def __init__(self, message: str, wait_seconds: int = 0):
        super().__init__(message)
        self.wait_seconds = wait_seconds


def _view(row: Staff) -> StaffView:
    return StaffView(row.id, row.name, row.role, bool(row.active), row.last_login_at)


def _clean_name(name: str) -> str:
    return " ".join((name or "").split())


def _check_password(password: str, field: str = "password") -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationFailed([FieldError(field, translate("staff", "密码"), translate("staff", "至少 {n} 个字符").format(n=MIN_PASSWORD))])


def has_staff() -> bool:
    return Staff.select().exists()


def list_staff(include_disabled: bool = True) -> list[StaffView]:
    query = Staff.select().order_by(Staff.role, Staff.name)
    if not include_disabled:
        query = query.where(Staff.active == True)  # noqa: E712
    return [_view(r) for r in query]


def active_names() -> list[str]:
    """Names for the log-in screen's list, administrators first."""
    return [s.name for s in list_staff(include_disabled=False)]


def _insert(name: str, role: str, password: str, actor: Actor | None) -> StaffView:
    name = _clean_name(name)
    errors = []
    if not name:
        errors.append(FieldError("name", translate("staff", "姓名"), translate("staff", "必填")))
    elif Staff.select().where(Staff.name == name).exists():
        errors.append(FieldError("name", translate("staff", "姓名"), translate("staff", "已有同名的工作人员账号")))
    if role not in ROLES:
        errors.append(FieldError("role", translate("staff", "角色"), translate("staff", "未知角色")))
    if len(password or "") < MIN_PASSWORD:
        errors.append(FieldError("password", translate("staff", "密码"), translate("staff", "至少 {n} 个字符").format(n=MIN_PASSWORD)))
    if errors:
        raise ValidationFailed(errors)
    now = now_iso()
    row = Staff.create(name=name, role=role, password_hash=hash_secret(password), created_at=now, updated_at=now)
    who = actor or Actor(name, via="gui", role=role)
    record(who, "staff.create", "staff", row.id, None, {"name": name, "role": role})
    return _changed(row)


def _changed(row: Staff) -> StaffView:
    return replace(_view(row), changes=changed(ids={Kind.STAFF: [row.id]}))


def create_first_admin(name: str, password: str) -> StaffView:
    """First start: the station's first administrator. Refused once any account exists."""
    with database.atomic("IMMEDIATE"):
        if has_staff():
            raise ValueError(translate("staff", "本站已有工作人员账号，请由站长在“设置 → 工作人员账号”中添加"))
        return _insert(name, ADMIN, password, None)


def create_staff(name: str, role: str, password: str, actor: Actor) -> StaffView:
    require_admin(actor, translate("staff", "管理工作人员账号"))
    with database.atomic("IMMEDIATE"):
        return _insert(name, role, password, actor)


def _get(staff_id: int) -> Staff:
    row = Staff.get_or_none(Staff.id == staff_id)
    if row is None:
        raise NotFound(staff_id)
    return row


def _other_active_admins(staff_id: int) -> int:
    return Staff.select().where((Staff.role == ADMIN) & (Staff.active == True) & (Staff.id != staff_id)).count()  # noqa: E712


def set_active(staff_id: int, active: bool, actor: Actor) -> StaffView:
    """Disable (or re-enable) an account. The last active administrator cannot be disabled."""
    require_admin(actor, translate("staff", "管理工作人员账号"))
    with database.atomic("IMMEDIATE"):
        row = _get(staff_id)
        if not active and row.role == ADMIN and not _other_active_admins(staff_id):
            raise ValueError(translate("staff", "不能停用最后一个站长账号"))
        if bool(row.active) != active:
            Staff.update(active=active, updated_at=now_iso()).where(Staff.id == staff_id).execute()
            record(actor, "staff.enable" if active else "staff.disable", "staff", staff_id,
                   {"active": bool(row.active)}, {"active": active})
        return _changed(_get(staff_id))


def set_role(staff_id: int, role: str, actor: Actor) -> StaffView:
    require_admin(actor, translate("staff", "管理工作人员账号"))
    if role not in ROLES:
        raise ValueError(role)
    with database.atomic("IMMEDIATE"):
        row = _get(staff_id)
        if row.role == ADMIN and role != ADMIN and not _other_active_admins(staff_id):
            raise ValueError(translate("staff", "不能取消最后一个站长账号的站长角色"))
        if row.role != role:
            Staff.update(role=role, updated_at=now_iso()).where(Staff.id == staff_id).execute()
            record(actor, "staff.role", "staff", staff_id, {"role": row.role}, {"role": role})
        return _changed(_get(staff_id))


def change_password(staff_id: int, new_password: str, actor: Actor, old_password: str | None = None) -> Changes:
    """Staff change their own password (giving the old one); an administrator may reset anyone's."""
    _check_password(new_password)
    with database.atomic("IMMEDIATE"):
        row = _get(staff_id)
        own = actor.via == "gui" and actor.name == row.name
        if own and not actor.is_admin:
            if old_password is None or not verify_secret(old_password, row.password_hash):
                raise ValidationFailed([FieldError("old_password", translate("staff", "原密码"), translate("staff", "原密码不对"))])
        elif not own:
            require_admin(actor, translate("staff", "重设其他工作人员的密码"))
        Staff.update(password_hash=hash_secret(new_password), failed_attempts=0, locked_until=None,
                     updated_at=now_iso()).where(Staff.id == staff_id).execute()
        record(actor, "staff.password", "staff", staff_id, None, {"password": "（已更改）"})
    return changed(ids={Kind.STAFF: [staff_id]})


def wait_seconds(name: str, now: dt.datetime | None = None) -> int:
    """How long the account must still wait before it may try again (0: it may try now)."""
    row = Staff.get_or_none(Staff.name == _clean_name(name))
    return _remaining(row, now or _now()) if row else 0


def _remaining(row: Staff, now: dt.datetime) -> int:
    if not row.locked_until:
        return 0
    left = (dt.datetime.fromisoformat(row.locked_until) - now).total_seconds()
    return max(0, int(left + 0.999))


def _wait_after(failures: int) -> int:
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_WAIT, FIRST_WAIT * 2 ** (failures - FREE_ATTEMPTS))


def _wait_text(seconds: int) -> str:
    if seconds >= 60:
        return translate("staff", "{m} 分钟").format(m=(seconds + 59) // 60)
    return translate("staff", "{s} 秒").format(s=seconds)


def log_in(name: str, password: str, now: dt.datetime | None = None) -> StaffView:
    """Check a name and password; return the account, or raise :class:`LoginFailed`.

    After :data:`FREE_ATTEMPTS` wrong passwords in a row the account waits one
    minute, doubling with each further wrong password (at most 30 minutes);
    while it waits even the right password is refused. Both outcomes are audit-logged.
    """
    now = now or _now()
    name = _clean_name(name)
    with database.atomic("IMMEDIATE"):  # the failure count is committed before LoginFailed is raised
        row = Staff.get_or_none(Staff.name == name)
        failure = _attempt(row, password, now)
    if failure is not None:
        raise failure
    return _view(_get(row.id))


def _attempt(row: Staff | None, password: str, now: dt.datetime) -> LoginFailed | None:
    if row is None:
        return LoginFailed(translate("staff", "姓名或密码不对"))
    if not row.active:
        return LoginFailed(translate("staff", "这个账号已停用，请联系站长"))
    left = _remaining(row, now)
    if left:
        return LoginFailed(translate("staff", "密码错误次数过多，请 {wait}后再试").format(wait=_wait_text(left)), left)
    who = Actor(row.name, via="gui", role=row.role)
    if not verify_secret(password or "", row.password_hash):
        failures = row.failed_attempts + 1
        wait = _wait_after(failures)
        until = (now + dt.timedelta(seconds=wait)).isoformat(timespec="seconds") if wait else None
        Staff.update(failed_attempts=failures, locked_until=until).where(Staff.id == row.id).execute()
        record(who, "staff.login_failed", "staff", row.id, None, {"failed_attempts": failures, "wait_seconds": wait})
        if wait:
            return LoginFailed(translate("staff", "密码错误次数过多，请 {wait}后再试").format(wait=_wait_text(wait)), wait)
        return LoginFailed(translate("staff", "姓名或密码不对（再错 {n} 次，账号需要等待后才能再试）").format(
            n=FREE_ATTEMPTS - failures))
    Staff.update(failed_attempts=0, locked_until=None, last_login_at=now.isoformat(timespec="seconds")).where(
        Staff.id == row.id).execute()
    record(who, "staff.login", "staff", row.id)
    return None


def record_logout(actor: Actor, why: str = "") -> None:
    """The session ended (log-out or idle lock); audit-logged so the log shows who was on duty when."""
    row = Staff.get_or_none(Staff.name == actor.name)
    with database.atomic():
        record(actor, "staff.logout", "staff", row.id if row else actor.name, None, None, why)


__all__ = ["ADMIN", "OPERATOR", "LoginFailed", "StaffView", "active_names", "change_password", "create_first_admin",
           "create_staff", "has_staff", "list_staff", "log_in", "record_logout", "set_active", "set_role",
           "wait_seconds"]
