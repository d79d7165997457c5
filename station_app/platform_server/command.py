"""``station-app platform-server``: run the reference platform until Ctrl+C.

It needs no station data folder and never opens the station database (the
command line dispatches it before either is touched): it keeps its own file,
``--db`` (``platform.db`` in the current folder by default). The token comes from
``--token``, else ``STATION_PLATFORM_TOKEN``, else a new one that is printed.
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import sys
import threading

COMMAND = "platform-server"
ENV_TOKEN = "STATION_PLATFORM_TOKEN"
DEFAULT_STATION = "BJ-CY-0001"
DEFAULT_STATION_NAME = "朝西社区志愿服务站"


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
    p = sub.add_parser(COMMAND, help="运行城市平台参考服务器（测试、演示和区级试点用，不需要数据文件夹）")
    p.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    p.add_argument("--port", type=int, default=8765, help="端口（默认 8765；0 表示任选空闲端口）")
    p.add_argument("--db", default="platform.db", metavar="FILE", help="平台数据库文件（默认：当前文件夹的 platform.db）")
    p.add_argument("--station", default=DEFAULT_STATION, metavar="CODE", help=f"服务站编码（默认 {DEFAULT_STATION}）")
    p.add_argument("--station-name", default=DEFAULT_STATION_NAME, metavar="NAME", help="服务站名称")
    p.add_argument("--token", metavar="TOKEN", help=f"服务站令牌（默认：环境变量 {ENV_TOKEN}，否则新生成并显示）")
    p.add_argument("--quiet", action="store_true", help="不在标准错误输出逐条记录请求")
    faults = p.add_argument_group("故障注入")
    faults.add_argument("--fail", type=_status_rate, action="append", default=[], metavar="STATUS=RATE",
                        help="以概率返回该状态码（可重复，如 --fail 503=0.2 --fail 429=0.1；0 表示直接断开连接）")
    faults.add_argument("--fail-next", type=int, action="append", default=[], metavar="STATUS",
                        help="接下来的请求依次返回这些状态码（可重复）")
    faults.add_argument("--retry-after", type=int, default=1, metavar="SECONDS", help="429/503/409 的 Retry-After 秒数")
    faults.add_argument("--drop-after-commit", type=float, default=0.0, metavar="RATE",
                        help="以此概率在提交批次后断开连接、不作应答")
    faults.add_argument("--drop-next-after-commit", type=int, default=0, metavar="N",
                        help="接下来 N 个批次提交后断开连接、不作应答")
    faults.add_argument("--delay", type=float, default=0.0, metavar="SECONDS", help="每次应答前等待的秒数")
    faults.add_argument("--max-batch-items", type=int, default=500, metavar="N", help="每批最多项数（默认 500）")
    faults.add_argument("--max-batch-bytes", type=int, default=1_048_576, metavar="N", help="每批最多字节数（默认 1048576）")
    faults.add_argument("--captive-portal", action="store_true", help="像强制门户一样，对所有请求返回 HTML 登录页")
    faults.add_argument("--redirect-to", metavar="URL", help="对所有 API 请求返回 302，跳转到这个地址")
    faults.add_argument("--protocol-version", type=int, default=1, metavar="N", help="服务器使用的协议版本（默认 1）")
    faults.add_argument("--clock-offset", type=float, default=0.0, metavar="SECONDS", help="把服务器时钟拨快（负数为拨慢）")
    faults.add_argument("--seed", type=int, metavar="N", help="随机故障的种子（可重现）")


def faults_from_args(args: argparse.Namespace):
    from station_app.platform_server.faults import Faults

    return Faults(fail_rates=dict(args.fail), fail_next=list(args.fail_next), retry_after=args.retry_after,
                  drop_after_commit=args.drop_after_commit,
                  drop_next_after_commit=args.drop_next_after_commit, delay=args.delay, max_batch_items=args.max_batch_items,
                  max_batch_bytes=args.max_batch_bytes, captive_portal=args.captive_portal,
                  redirect_to=args.redirect_to, protocol_version=args.protocol_version,
                  clock_offset_seconds=args.clock_offset, seed=args.seed)


def run(args: argparse.Namespace) -> int:
    from station_app.platform_server.server import PlatformServer

    token = args.token or os.environ.get(ENV_TOKEN)
    generated = not token
    token = token or secrets.token_urlsafe(24)
    try:
        server = PlatformServer(args.db, stations={args.station: (args.station_name, token)},
                                faults=faults_from_args(args), host=args.host, port=args.port,
                                verbose=not args.quiet)
        server.start()
    except (OSError, ValueError) as exc:  # port in use, unwritable --db, token of another station
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    stop = threading.Event()
    if hasattr(signal, "SIGTERM") and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"城市平台参考服务器已启动：{server.url}（服务站 {args.station} {args.station_name}，数据库 {args.db}；"
          f"Ctrl+C 停止）", flush=True)
    if generated:
        print(f"令牌（新生成）：{token}", flush=True)
    try:
        while not stop.wait(0.5):  # a timed wait, so Ctrl+C is delivered on Windows too
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    print("已停止。", flush=True)
    return 0
