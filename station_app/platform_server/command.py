"""``station-app platform-server``: run the reference platform until Ctrl+C or SIGTERM.

It needs no station data folder and never opens the station database (the
command line dispatches it before either is touched). Storage: ``--db FILE``
(SQLite, default ``platform.db`` in the current folder) or a PostgreSQL URL in
``--database-url`` / ``STATION_PLATFORM_DATABASE_URL``. Serving: waitress in
this process by default (demos, tests, Windows), or gunicorn with
``--workers N`` worker processes (Linux).

Secrets never go on the command line, where ``ps`` shows them to every user:
tokens come from ``--token-file`` / ``--stations`` files or
``STATION_PLATFORM_TOKEN``, a database password from the environment
(``PGPASSWORD``, ``~/.pgpass`` or the URL in ``STATION_PLATFORM_DATABASE_URL``).
With no token at all a new one is made and printed once (a demo).
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import sys
import threading
import urllib.parse
from pathlib import Path

from station_app.i18n import translate

COMMAND = "platform-server"
ENV_TOKEN = "STATION_PLATFORM_TOKEN"
ENV_DATABASE = "STATION_PLATFORM_DATABASE_URL"
DEFAULT_STATION = "BJ-CY-0001"
DEFAULT_STATION_NAME = "朝西社区志愿服务站"


class CommandError(Exception):
    """A one-line message for the operator."""


def _status_rate(text: str) -> tuple[int, float]:
    try:
        status, rate = text.split("=", 1)
        value = (int(status), float(rate))
    except ValueError:
        raise argparse.ArgumentTypeError(f"应写成 状态码=概率，如 503=0.2，而不是“{text}”") from None
    if not 0 <= value[1] <= 1:
        raise argparse.ArgumentTypeError(f"概率应在 0 到 1 之间：{text}")
    return value


def add_parser(sub) -> None:
    p = sub.add_parser(COMMAND, help=translate("cli", "运行城市平台参考服务器（测试、演示和区级试点用，不需要数据文件夹）"))
    p.add_argument("--host", default="127.0.0.1", help=translate("cli", "监听地址（默认 127.0.0.1）"))
    p.add_argument("--port", type=int, default=8765, help=translate("cli", "端口（默认 8765；0 表示任选空闲端口）"))
    p.add_argument("--db", default="platform.db", metavar="FILE", help=translate("cli", "SQLite 平台数据库文件（默认：当前文件夹的 platform.db）"))
    p.add_argument("--database-url", metavar="URL",
                   help=translate("cli", "PostgreSQL 地址，如 postgresql://platform@127.0.0.1/platform（不要含密码；也可用环境变量 {env}）")
                   .format(env=ENV_DATABASE))
    p.add_argument("--workers", type=int, default=0, metavar="N",
                   help=translate("cli", "用 gunicorn 运行 N 个工作进程（仅 Linux/macOS；默认 0：本进程内用 waitress）"))
    p.add_argument("--station", default=DEFAULT_STATION, metavar="CODE", help=translate("cli", "服务站编码（默认 {code}）").format(code=DEFAULT_STATION))
    p.add_argument("--station-name", default=DEFAULT_STATION_NAME, metavar="NAME", help=translate("cli", "服务站名称"))
    p.add_argument("--token-file", metavar="FILE", help=translate("cli", "含该服务站令牌的文件（默认：环境变量 {env}，否则新生成并显示）")
                   .format(env=ENV_TOKEN))
    p.add_argument("--stations", metavar="FILE", help=translate("cli", "多个服务站：每行“编码,名称,令牌”（# 开头为注释），令牌只以哈希保存"))
    p.add_argument("--quiet", action="store_true", help=translate("cli", "不在标准错误输出逐条记录请求"))
    faults = p.add_argument_group(translate("cli", "故障注入"))
    faults.add_argument("--fault-plan", action="store_true",
                        help=translate("cli", "多个工作进程时从数据库读取故障设置（测试可在运行中修改；给出任何故障选项时自动启用）"))
    faults.add_argument("--fail", type=_status_rate, action="append", default=[], metavar="STATUS=RATE",
                        help=translate("cli", "以概率返回该状态码（可重复，如 --fail 503=0.2 --fail 429=0.1；0 表示直接断开连接）"))
    faults.add_argument("--fail-next", type=int, action="append", default=[], metavar="STATUS",
                        help=translate("cli", "接下来的请求依次返回这些状态码（可重复）"))
    faults.add_argument("--retry-after", type=int, default=1, metavar="SECONDS", help=translate("cli", "429/503/409 的 Retry-After 秒数"))
    faults.add_argument("--drop-after-commit", type=float, default=0.0, metavar="RATE",
                        help=translate("cli", "以此概率在提交批次后断开连接、不作应答"))
    faults.add_argument("--drop-next-after-commit", type=int, default=0, metavar="N",
                        help=translate("cli", "接下来 N 个批次提交后断开连接、不作应答"))
    faults.add_argument("--delay", type=float, default=0.0, metavar="SECONDS", help=translate("cli", "每次应答前等待的秒数"))
    faults.add_argument("--max-batch-items", type=int, default=500, metavar="N", help=translate("cli", "每批最多项数（默认 500）"))
    faults.add_argument("--max-batch-bytes", type=int, default=1_048_576, metavar="N", help=translate("cli", "每批最多字节数（默认 1048576）"))
    faults.add_argument("--captive-portal", action="store_true", help=translate("cli", "像强制门户一样，对所有请求返回 HTML 登录页"))
    faults.add_argument("--redirect-to", metavar="URL", help=translate("cli", "对所有 API 请求返回 302，跳转到这个地址"))
    faults.add_argument("--protocol-version", type=int, default=1, metavar="N", help=translate("cli", "服务器使用的协议版本（默认 1）"))
    faults.add_argument("--clock-offset", type=float, default=0.0, metavar="SECONDS", help=translate("cli", "把服务器时钟拨快（负数为拨慢）"))
    faults.add_argument("--seed", type=int, metavar="N", help=translate("cli", "随机故障的种子（可重现）"))


def faults_from_args(args: argparse.Namespace):
    from station_app.platform_server.faults import Faults

    return Faults(fail_rates=dict(args.fail), fail_next=list(args.fail_next), retry_after=args.retry_after,
                  drop_after_commit=args.drop_after_commit,
                  drop_next_after_commit=args.drop_next_after_commit, delay=args.delay, max_batch_items=args.max_batch_items,
                  max_batch_bytes=args.max_batch_bytes, captive_portal=args.captive_portal,
                  redirect_to=args.redirect_to, protocol_version=args.protocol_version,
                  clock_offset_seconds=args.clock_offset, seed=args.seed)


def database_target(args: argparse.Namespace) -> str:
    url = args.database_url or os.environ.get(ENV_DATABASE)
    if not url:
        return args.db
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise CommandError(f"数据库地址应以 postgresql:// 开头，而不是“{url[:40]}”")
    if args.database_url and parts.password:
        raise CommandError(f"不要把数据库密码写在命令行上（ps 能看到）：改用 PGPASSWORD、~/.pgpass 或环境变量 {ENV_DATABASE}")
    return url


def read_stations(path: str) -> list[tuple[str, str, str]]:
    """``code,name,token`` per line; blank lines and ``#`` comments are skipped."""
    stations = []
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise CommandError(f"读不了服务站文件 {path}：{exc.strerror}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(",")]
        if len(parts) != 3 or not all(parts):
            raise CommandError(f"{path} 第 {number} 行应为“编码,名称,令牌”")
        stations.append((parts[0], parts[1], parts[2]))
    return stations


def stations_from_args(args: argparse.Namespace) -> tuple[list[tuple[str, str, str]], str | None]:
    """The stations to register, and the token to print when one was made up for a demo."""
    if args.stations:
        return read_stations(args.stations), None
    if args.token_file:
        try:
            token = Path(args.token_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise CommandError(f"读不了令牌文件 {args.token_file}：{exc.strerror}") from None
        if not token:
            raise CommandError(f"令牌文件 {args.token_file} 是空的")
        return [(args.station, args.station_name, token)], None
    from_env = os.environ.get(ENV_TOKEN)
    if from_env:
        return [(args.station, args.station_name, from_env)], None
    token = secrets.token_urlsafe(24)
    return [(args.station, args.station_name, token)], token


def run(args: argparse.Namespace) -> int:
    try:
        database = database_target(args)
        stations, generated = stations_from_args(args)
        if args.workers > 0:
            return _run_gunicorn(args, database, stations, generated)
        return _run_waitress(args, database, stations, generated)
    except CommandError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1


def _started(url: str, database: str, stations: list, generated: str | None, how: str) -> None:
    shown = database if not database.startswith("postgres") else _without_password(database)
    who = f"服务站 {stations[0][0]} {stations[0][1]}" if len(stations) == 1 else f"{len(stations)} 个服务站"
    print(f"城市平台参考服务器已启动：{url}（{who}，数据库 {shown}，{how}；Ctrl+C 停止）", flush=True)
    if generated:
        print(f"令牌（新生成）：{generated}", flush=True)


def _without_password(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    return url


def _run_waitress(args: argparse.Namespace, database: str, stations: list, generated: str | None) -> int:
    from station_app.platform_server.database import Unavailable
    from station_app.platform_server.server import PlatformServer

    try:
        server = PlatformServer(database, faults=faults_from_args(args), host=args.host, port=args.port,
                                verbose=not args.quiet, request_log=0)
        server.store.add_stations(stations)
        server.start()
    except (OSError, ValueError, Unavailable) as exc:  # port in use, unwritable --db, token of another station
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    stop = threading.Event()
    if hasattr(signal, "SIGTERM") and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    _started(server.url, database, stations, generated, "waitress")
    try:
        while not stop.wait(0.5):  # a timed wait, so Ctrl+C is delivered on Windows too
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    print("已停止。", flush=True)
    return 0


def _run_gunicorn(args: argparse.Namespace, database: str, stations: list, generated: str | None) -> int:
    if sys.platform == "win32":
        raise CommandError("gunicorn 不能在 Windows 上运行：去掉 --workers，用本进程内的 waitress")
    from station_app.platform_server.database import Unavailable
    from station_app.platform_server.faults import Faults
    from station_app.platform_server.serving import run_gunicorn
    from station_app.platform_server.shared_faults import SharedFaults
    from station_app.platform_server.store import Store

    faults = faults_from_args(args)
    fault_plan = args.fault_plan or faults != Faults(seed=faults.seed)
    try:
        store = Store(database)
        store.add_stations(stations)
        if fault_plan:
            SharedFaults(store).load(faults)  # every worker reads the same plan
        store.close()
    except (OSError, ValueError, Unavailable) as exc:
        raise CommandError(str(exc)) from None
    host = f"[{args.host}]" if ":" in args.host else args.host
    run_gunicorn(database, f"{host}:{args.port}", args.workers,
                 {"loglevel": "warning", "accesslog": None if args.quiet else "-"},
                 on_ready=lambda port: _started(f"http://{host}:{port}", database, stations, generated,
                                                f"gunicorn {args.workers} 个工作进程"), fault_plan=fault_plan)
    print("已停止。", flush=True)
    return 0
