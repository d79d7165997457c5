"""Duty posts: create, change, deactivate. Audit-logged like every change.

A post that does not count as service (日常值班, meetings, donations) still
records time, but that time never becomes volunteer hours.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace

from station_app.audit import Actor, record
from station_app.changes import Changes, Kind, changed, changes_field
from station_app.clock import now_iso
from station_app.db import database
from station_app.db.models import Post
from station_app.errors import FieldError, NotFound, ValidationFailed
from station_app.i18n import QT_TRANSLATE_NOOP, translate
from station_app.staff.roles import require_admin
from station_app.text_normalize import squeeze, strip_all_space

CATEGORIES = ("环境保护", "文明交通", "助老助残", "考试服务", "社区治理", "平安巡逻", "文化宣传", "日常值班", "其他")
LABELS = {
    "name": QT_TRANSLATE_NOOP("posts", "岗位名称"),
    "code": QT_TRANSLATE_NOOP("posts", "岗位编码"),
    "place": QT_TRANSLATE_NOOP("posts", "地点"),
    "category": QT_TRANSLATE_NOOP("posts", "类别"),
    "description": QT_TRANSLATE_NOOP("posts", "说明"),
    "capacity": QT_TRANSLATE_NOOP("posts", "人数上限"),
    "counts_as_service": QT_TRANSLATE_NOOP("posts", "计入志愿服务时长"),
    "active": QT_TRANSLATE_NOOP("posts", "启用"),
}


@dataclass(frozen=True)
class PostInput:
    name: str
    code: str
    place: str = ""
    category: str = ""
    description: str = ""
    capacity: int | None = None
    counts_as_service: bool = True
    active: bool = True


@dataclass(frozen=True)
class PostView(PostInput):
    id: int = 0
    changes: Changes = changes_field()


def _view(row: Post) -> PostView:
    return PostView(id=row.id, **{f.name: getattr(row, f.name) for f in fields(PostInput)})


def clean_post(inp: PostInput) -> PostInput:
    values = asdict(inp)
    values["name"] = squeeze(inp.name)
    values["code"] = strip_all_space(inp.code).upper()
    values["place"] = squeeze(inp.place)
    values["category"] = squeeze(inp.category)
    values["description"] = (inp.description or "").strip()
    errors = []
    if not values["name"]:
        errors.append(FieldError("name", translate("posts", LABELS["name"]), translate("posts", "必填")))
    if not re.fullmatch(r"[A-Z0-9][A-Z0-9_-]{0,31}", values["code"]):
        errors.append(FieldError("code", translate("posts", LABELS["code"]), translate("posts", "只能包含字母、数字、- 和 _，例如 P-GARBAGE-01")))
    if values["capacity"] is not None and values["capacity"] < 1:
        errors.append(FieldError("capacity", translate("posts", LABELS["capacity"]), translate("posts", "至少为 1；不限人数请留空")))
    if errors:
        raise ValidationFailed(errors)
    return PostInput(**values)


def create_post(inp: PostInput, actor: Actor, reason: str = "") -> PostView:
    require_admin(actor, translate("posts", "设置服务岗位"))
    inp = clean_post(inp)
    with database.atomic():
        if Post.get_or_none(Post.code == inp.code):
            raise ValidationFailed([FieldError("code", translate("posts", LABELS["code"]), translate("posts", "已有岗位使用编码 {c}").format(c=inp.code))])
        now = now_iso()
        row = Post.create(created_at=now, updated_at=now, **asdict(inp))
        record(actor, "post.create", "post", row.id, None, asdict(inp), reason)
    return replace(_view(row), changes=changed(ids={Kind.POSTS: [row.id]}))


def update_post(post_id: int, inp: PostInput, actor: Actor, reason: str = "") -> PostView:
    require_admin(actor, translate("posts", "设置服务岗位"))
    inp = clean_post(inp)
    with database.atomic():
        row = Post.get_or_none(Post.id == post_id)
        if row is None:
            raise NotFound(post_id)
        clash = Post.get_or_none((Post.code == inp.code) & (Post.id != post_id))
        if clash:
            raise ValidationFailed([FieldError("code", translate("posts", LABELS["code"]), translate("posts", "已有岗位使用编码 {c}").format(c=inp.code))])
        before = {f.name: getattr(row, f.name) for f in fields(PostInput)}
        Post.update(updated_at=now_iso(), **asdict(inp)).where(Post.id == post_id).execute()
        record(actor, "post.update", "post", post_id, before, asdict(inp), reason)
    return replace(get_post(post_id), changes=changed(ids={Kind.POSTS: [post_id]}))


def generated_code(name: str, also_taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A free post code made from a name: "礼让斑马线文明引导" → "P-LRBMXWMYD" (then -2, -3 … if taken).

    *also_taken*: codes about to be given to other new posts in the same act.
    """
    from pypinyin import Style, lazy_pinyin

    letters = "".join(lazy_pinyin(squeeze(name), style=Style.FIRST_LETTER, errors="default")).upper()
    stem = "P-" + (re.sub(r"[^A-Z0-9]", "", letters)[:20] or "NEW")
    taken = {c for (c,) in Post.select(Post.code).where(Post.code.startswith(stem)).tuples()} | set(also_taken)
    code, n = stem, 1
    while code in taken:
        n += 1
        code = f"{stem}-{n}"
    return code


def get_post(post_id: int) -> PostView:
    row = Post.get_or_none(Post.id == post_id)
    if row is None:
        raise NotFound(post_id)
    return _view(row)


def list_posts(include_inactive: bool = False) -> list[PostView]:
    q = Post.select().order_by(Post.active.desc(), Post.category, Post.name)
    if not include_inactive:
        q = q.where(Post.active == True)  # noqa: E712 - peewee expression
    return [_view(r) for r in q]
