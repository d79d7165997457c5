"""Command-line verbs for duty posts and shifts (wired into station_app/cli.py).

* ``posts list`` prints every post: code, name, category, place, capacity, counting, active.
* ``posts add --name … --code … [--category …] [--place …] [--capacity N] [--not-counting]``.
* ``posts update CODE [--name …] [--code NEW] [--category …] [--place …] [--capacity N] [--counting |
  --not-counting] [--activate]``: the options given change, the others stay (``--capacity 0``: no limit).
* ``posts deactivate CODE [--reason …]``: kept with its history, no longer offered for check-in.
* ``shifts add --post CODE --date D --start HH:MM --end HH:MM [--capacity N] [--note …]
  [--repeat weekly --days 1,3,5 --until D]``: one shift, or one on each chosen weekday until D.

The same services, rules and audit entries as the posts page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from dataclasses import replace

from station_app.cli_support import cli_actor, parse_day
from station_app.i18n import translate


def add_posts_commands(sub) -> None:
    posts = sub.add_parser("posts", help=translate("cli", "服务岗位：list / add / update / deactivate"))
    verbs = posts.add_subparsers(dest="posts_command", metavar="VERB", required=True)
    verbs.add_parser("list", help=translate("cli", "列出全部岗位（含已停用）"))
    add = verbs.add_parser("add", help=translate("cli", "新增岗位"))
    add.add_argument("--name", required=True, metavar="TEXT", help=translate("cli", "岗位名称，如 礼让斑马线文明引导"))
    add.add_argument("--code", required=True, metavar="CODE", help=translate("cli", "岗位编码：字母、数字、- 和 _，如 P-TRAFFIC-01"))
    _post_options(add)
    add.add_argument("--not-counting", action="store_true", help=translate("cli", "不计入志愿服务时长（日常值班、会议等）"))
    update = verbs.add_parser("update", help=translate("cli", "修改岗位；未给出的项保持不变"))
    update.add_argument("code", metavar="CODE", help=translate("cli", "要修改的岗位的编码"))
    update.add_argument("--name", metavar="TEXT")
    update.add_argument("--new-code", dest="new_code", metavar="CODE", help=translate("cli", "新的岗位编码"))
    _post_options(update)
    counting = update.add_mutually_exclusive_group()
    counting.add_argument("--counting", dest="counts", action="store_const", const=True, help=translate("cli", "计入志愿服务时长"))
    counting.add_argument("--not-counting", dest="counts", action="store_const", const=False, help=translate("cli", "不计入志愿服务时长"))
    update.add_argument("--activate", action="store_true", help=translate("cli", "重新启用已停用的岗位"))
    update.add_argument("--reason", default="", metavar="TEXT", help=translate("cli", "修改原因（记入操作日志）"))
    deactivate = verbs.add_parser("deactivate", help=translate("cli", "停用岗位（保留历史记录，不再出现在签到机上）"))
    deactivate.add_argument("code", metavar="CODE")
    deactivate.add_argument("--reason", default="", metavar="TEXT", help=translate("cli", "停用原因（记入操作日志）"))

    shifts = sub.add_parser("shifts", help=translate("cli", "班次：add（可每周重复）"))
    shift_verbs = shifts.add_subparsers(dest="shifts_command", metavar="VERB", required=True)
    shift = shift_verbs.add_parser("add", help=translate("cli", "新增班次；--repeat weekly 时在所选的星期几重复到 --until 那天"))
    shift.add_argument("--post", required=True, metavar="CODE", help=translate("cli", "岗位编码"))
    shift.add_argument("--date", required=True, metavar="DATE", help=translate("cli", "日期（重复时为第一天），如 2024-05-06"))
    shift.add_argument("--start", required=True, metavar="HH:MM", help=translate("cli", "开始时间，如 07:00"))
    shift.add_argument("--end", required=True, metavar="HH:MM", help=translate("cli", "结束时间，如 09:00（早于开始时间即次日结束）"))
    shift.add_argument("--capacity", type=int, metavar="N", help=translate("cli", "人数上限（默认：岗位的设置）"))
    shift.add_argument("--note", default="", metavar="TEXT", help=translate("cli", "备注"))
    shift.add_argument("--repeat", choices=("weekly",), help=translate("cli", "每周重复"))
    shift.add_argument("--days", metavar="1,3,5", help=translate("cli", "每周哪几天（1 为周一 … 7 为周日），默认同 --date 的星期"))
    shift.add_argument("--until", metavar="DATE", help=translate("cli", "重复到这一天（含），最长一年"))


def _post_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--category", metavar="TEXT", help=translate("cli", "类别，如 文明交通"))
    parser.add_argument("--place", metavar="TEXT", help=translate("cli", "地点"))
    parser.add_argument("--capacity", type=int, metavar="N", help=translate("cli", "人数上限（0 为不限）"))


def _find_post(code: str):
    from station_app.posts.service import list_posts
    from station_app.text_normalize import strip_all_space

    wanted = strip_all_space(code).upper()
    found = next((p for p in list_posts(include_inactive=True) if p.code == wanted), None)
    if found is None:
        raise ValueError(translate("posts", "没有编码为 {code} 的岗位（station-app posts list 可列出全部岗位）").format(
            code=wanted))
    return found


def _capacity(value: int | None, keep: int | None) -> int | None:
    if value is None:
        return keep
    if value < 0:
        raise ValueError(translate("posts", "--capacity 不能为负数"))
    return value or None


def _posts(args: argparse.Namespace) -> int:
    from station_app.posts.service import PostInput, create_post, list_posts, update_post

    actor = cli_actor()
    if args.posts_command == "list":
        for p in list_posts(include_inactive=True):
            cap = translate("posts", "不限") if p.capacity is None else translate("posts", "{n} 人").format(n=p.capacity)
            counting = translate("posts", "计入时长") if p.counts_as_service else translate("posts", "不计入时长")
            state = translate("posts", "启用") if p.active else translate("posts", "已停用")
            print("\t".join((p.code, p.name, p.category or "—", p.place or "—", cap, counting, state)))
        return 0
    if args.posts_command == "add":
        made = create_post(PostInput(name=args.name, code=args.code, place=args.place or "",
                                     category=args.category or "", capacity=_capacity(args.capacity, None),
                                     counts_as_service=not args.not_counting), actor)
        print(translate("posts", "已新增岗位：{name}（{code}）").format(name=made.name, code=made.code))
        return 0
    post = _find_post(args.code)
    if args.posts_command == "deactivate":
        if not post.active:
            print(translate("posts", "岗位 {name}（{code}）已经是停用状态").format(name=post.name, code=post.code))
            return 0
        update_post(post.id, replace(_input_of(post), active=False), actor, args.reason)
        print(translate("posts", "已停用岗位：{name}（{code}）").format(name=post.name, code=post.code))
        return 0
    changes = {k: v for k, v in (("name", args.name), ("code", args.new_code), ("category", args.category),
                                 ("place", args.place), ("counts_as_service", args.counts)) if v is not None}
    changes["capacity"] = _capacity(args.capacity, post.capacity)
    if args.activate:
        changes["active"] = True
    saved = update_post(post.id, replace(_input_of(post), **changes), actor, args.reason)
    print(translate("posts", "已修改岗位：{name}（{code}）").format(name=saved.name, code=saved.code))
    return 0


def _input_of(post):
    from station_app.posts.service import PostInput

    return PostInput(name=post.name, code=post.code, place=post.place, category=post.category,
                     description=post.description, capacity=post.capacity,
                     counts_as_service=post.counts_as_service, active=post.active)


def parse_clock(text: str, option: str) -> dt.time:
    """ "07:00", "7:00", "０７：００" → 07:00; ValueError in one line otherwise."""
    from station_app.text_normalize import strip_all_space

    m = re.fullmatch(r"([0-9]{1,2})[:：]([0-9]{2})", strip_all_space(text))
    if not m or int(m[1]) > 23 or int(m[2]) > 59:
        raise ValueError(translate("posts", "{option} 的时间“{text}”无法识别，请写成 07:00 的样子").format(
            option=option, text=text))
    return dt.time(int(m[1]), int(m[2]))


def _shifts(args: argparse.Namespace) -> int:
    from station_app.posts import shift_series, shifts

    post = _find_post(args.post)
    day = parse_day(args.date, "--date")
    assert day is not None  # --date is required
    start, end = parse_clock(args.start, "--start"), parse_clock(args.end, "--end")
    if start == end:
        raise ValueError(translate("posts", "班次结束时间必须晚于开始时间（--end 早于 --start 时视为次日结束）"))
    if args.capacity is not None and args.capacity < 1:
        raise ValueError(translate("posts", "--capacity 至少为 1；不限人数请不写这一项"))
    actor = cli_actor()
    if args.repeat is None:
        if args.days or args.until:
            raise ValueError(translate("posts", "--days 和 --until 只和 --repeat weekly 一起使用"))
        begin, finish = shift_series.occurrence_span(day, start, end)
        one = shifts.create_shift(post.id, begin, finish, actor, args.capacity, args.note)
        print(translate("posts", "已新增班次：{post} {start}–{end}").format(
            post=post.name, start=f"{one.start:%Y-%m-%d %H:%M}", end=f"{one.end:%H:%M}"))
        return 0
    if not args.until:
        raise ValueError(translate("posts", "--repeat weekly 需要 --until（重复到哪一天）"))
    weekdays = shift_series.parse_weekdays(args.days) if args.days else (day.isoweekday(),)
    made_until = parse_day(args.until, "--until")
    assert made_until is not None  # given: checked above
    made = shift_series.create_series(shift_series.SeriesInput(
        post.id, weekdays, start, end, day, made_until, args.capacity, args.note), actor)
    print(translate("posts", "已新增重复班次：{post} {weekdays} {start}–{end}，{first} 至 {until}，共 {count} 个班次").format(
        post=post.name, weekdays=shift_series.weekdays_text(weekdays), start=f"{start:%H:%M}", end=f"{end:%H:%M}",
        first=day, until=made_until, count=len(made.shift_ids)))
    return 0


POSTS_COMMANDS = {"posts": _posts, "shifts": _shifts}
