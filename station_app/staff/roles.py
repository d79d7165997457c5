"""Roles, checked in the core: admin (站长) and operator (值班员).

Every admin-only service calls :func:`require_admin` before it writes anything,
so hiding a button is only a courtesy; a refused call raises
:class:`~station_app.errors.PermissionDenied` with a message staff can read.
"""

from __future__ import annotations

from station_app.audit import Actor
from station_app.errors import PermissionDenied
from station_app.i18n import QT_TRANSLATE_NOOP, translate

ADMIN = "admin"
OPERATOR = "operator"
ROLES = (ADMIN, OPERATOR)

ROLE_LABELS = {ADMIN: QT_TRANSLATE_NOOP("staff", "站长（管理员）"), OPERATOR: QT_TRANSLATE_NOOP("staff", "值班员")}


def role_label(role: str) -> str:
    return translate("staff", ROLE_LABELS.get(role, role))


def require_admin(actor: Actor, what: str = "") -> None:
    """Refuse unless *actor* is an administrator. *what* names the act, e.g. "审核服务时长"."""
    if actor.role == ADMIN:
        return
    if what:
        message = translate("staff", "只有站长（管理员）可以{what}。当前登录：{name}（{role}）").format(
            what=what, name=actor.name, role=role_label(actor.role))
    else:
        message = translate("staff", "只有站长（管理员）可以进行这项操作。当前登录：{name}（{role}）").format(
            name=actor.name, role=role_label(actor.role))
    raise PermissionDenied(message)
