"""One full sync: status, register our signing keys, push records and certificates, pull every station's public
keys and the roster. One at a time per data folder.

Never inside a transaction while a request is out: every database step here is
a short transaction of its own (claim, note an attempt, store an ack). Retries
use exponential backoff with full jitter and honour ``Retry-After``; 401, 403,
404 and 426 stop syncing until staff change the token or settings, or upgrade.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import filelock

from station_app.changes import Changes, Kind, changed
from station_app.clock import now_iso
from station_app.i18n import translate
from station_app.protocol import features
from station_app.sync import batches, key_sync, state
from station_app.sync.client import Answer, PlatformClient, SyncConfigError
from station_app.sync.token_store import fingerprint
from station_app.version import __version__

log = logging.getLogger(__name__)
LOCK_FILENAME = "sync.lock"
CLOCK_WARNING_SECONDS = 300


class SyncError(Exception):
    """Sync could not finish. ``kind``: unreachable | stopped | busy | config | error. The message is for staff."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class SyncConfig:
    url: str
    token: str
    station: str
    timeout: float = 30.0
    ca_file: str = ""  # an extra CA certificate file (PEM) besides the OS trust store


@dataclass
class SyncReport:
    batches_sent: int = 0
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    held: int = 0
    certificates: int = 0
    pulled_changes: int = 0
    keys_pulled: int = 0  # other stations' public keys added or revoked here
    clock_skew_seconds: float | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        """What a finished sync changed for the views: the queue, and the roster when the platform sent changes."""
        return changed(Kind.SYNC, Kind.VOLUNTEERS) if self.pulled_changes else changed(Kind.SYNC)

    @property
    def clock_warning(self) -> str:
        skew = self.clock_skew_seconds
        if skew is None or abs(skew) <= CLOCK_WARNING_SECONDS:
            return ""
        return translate("sync", "本机时钟比平台{dir} {minutes} 分钟，请校准电脑时间（记录照常上传）。").format(
            dir=translate("sync", "快") if skew > 0 else translate("sync", "慢"), minutes=round(abs(skew) / 60))


@dataclass
class Policy:
    """How hard one run tries before it gives up and leaves the rest to the next run."""

    max_attempts: int = 6          # per request, counting the first
    max_unreachable_attempts: int = 3  # no connection at all: the network is down, the next run will tell
    base_delay: float = 1.0
    max_delay: float = 60.0
    max_retry_after: float = 300.0  # a longer Retry-After ends this run; the next run tries again
    sleep: Callable[[float], None] = time.sleep

    def backoff(self, attempt: int) -> float:
        """Full jitter: anywhere between 0 and the exponential cap, so stations do not retry in step."""
        return random.uniform(0, min(self.max_delay, self.base_delay * 2 ** attempt))


def run_sync(data_dir: Path, config: SyncConfig, policy: Policy | None = None, pull: bool = True,
             cancelled: Callable[[], bool] = lambda: False) -> SyncReport:
    """Run one full sync; raise :class:`SyncError` when it cannot finish. The database must be open."""
    lock = filelock.FileLock(str(Path(data_dir) / LOCK_FILENAME), timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise SyncError("busy", translate("sync", "另一个同步正在进行（可能在另一个窗口或计划任务中），请稍后再试")) from None
    try:
        return _Run(Path(data_dir), config, policy or Policy(), cancelled).run(pull)
    finally:
        lock.release()


class _Run:
    def __init__(self, data_dir: Path, config: SyncConfig, policy: Policy, cancelled: Callable[[], bool]) -> None:
        self.data_dir, self.config, self.policy, self.cancelled = data_dir, config, policy, cancelled
        self.report = SyncReport()
        self.client: PlatformClient | None = None

    def run(self, pull: bool) -> SyncReport:
        state.put(state.LAST_ATTEMPT, now_iso())
        try:
            self._refuse_if_stopped()
            try:
                self.client = PlatformClient(self.config.url, self.config.token, self.config.station,
                                             timeout=(5.0, self.config.timeout), ca_file=self.config.ca_file or None)
            except SyncConfigError as exc:
                raise SyncError("config", str(exc)) from None
            client = self.client
            status = self._call(client.status)
            self._note_clock(status)
            max_items = max(1, min(int(status.data.get("max_batch_items") or 500), 500))
            max_bytes = max(1024, int(status.data.get("max_batch_bytes") or 1_048_576))
            listed = features.features_of(status.data)
            signing = features.SIGNING_KEYS in listed
            if signing:  # the platform checks certificates' signatures with the keys registered first
                self.report.warnings += key_sync.register_own_keys(client, self._call)
            kinds = features.RECORD_KINDS in listed  # a 1.0 platform gets service records only
            self._push("batches", max_items, max_bytes, kinds)
            self._push("certificates", max_items, max_bytes)
            if signing:
                pulled, warnings = key_sync.pull_keys(client, self._call)
                self.report.keys_pulled += pulled
                self.report.warnings += warnings
            if pull:
                from station_app.sync.roster_pull import pull_roster

                self.report.pulled_changes = pull_roster(lambda cursor: self._call(
                    lambda: client.volunteers(cursor), accept=("data", "gone")))
            state.put(state.LAST_SUCCESS, now_iso())
            state.put(state.LAST_ERROR, None)
            from station_app.audit.anchor import note_head

            note_head(self.data_dir)
            if features.ANCHORS in listed:
                self.report.warnings += key_sync.witness(client, self._call, self.data_dir)
            return self.report
        except SyncError as exc:
            state.put(state.LAST_ERROR, exc.message)
            raise
        finally:
            if self.client is not None:
                self.client.close()

    # --- stopping
    def _refuse_if_stopped(self) -> None:
        stopped = state.stopped()
        if not stopped:
            return
        if stopped.get("status") == 426:
            lifted = stopped.get("version") != __version__
        else:
            lifted = (stopped.get("token") != fingerprint(self.config.token) or stopped.get("url") != self.config.url
                      or stopped.get("station") != self.config.station)
        if not lifted:
            raise SyncError("stopped", stopped.get("message") or translate("sync", "同步已停止"))
        state.put(state.STOPPED, None)

    def _stop(self, answer: Answer) -> None:
        state.put(state.STOPPED, json.dumps({
            "status": answer.status, "message": answer.message, "token": fingerprint(self.config.token),
            "url": self.config.url, "station": self.config.station, "version": __version__, "at": now_iso()},
            ensure_ascii=False))
        raise SyncError("stopped", answer.message)

    # --- one request, retried
    def _call(self, request: Callable[[], Answer], accept: tuple[str, ...] = ("data",),
              on_attempt: Callable[[Answer], None] | None = None) -> Answer:
        attempt = 0
        while True:
            if self.cancelled():
                raise SyncError("unreachable", translate("sync", "同步已取消"))
            answer = request()
            if on_attempt is not None:
                on_attempt(answer)
            if answer.kind in accept:
                return answer
            if answer.kind == "stop":
                self._stop(answer)
            if answer.kind != "retry":
                raise SyncError("error", answer.message or f"HTTP {answer.status}")
            attempt += 1
            no_link = answer.code in ("network", "tls")  # retrying at once will not change the answer
            limit = self.policy.max_unreachable_attempts if no_link else self.policy.max_attempts
            if attempt >= limit:
                raise SyncError("unreachable", translate("sync", "平台暂时无法连接：{reason}。记录都保留在本机，下次同步会继续。").format(
                    reason=answer.message))
            wait = answer.retry_after if answer.retry_after is not None else self.policy.backoff(attempt)
            if wait > self.policy.max_retry_after:
                raise SyncError("unreachable", translate("sync", "平台繁忙，要求 {n} 秒后再试。记录都保留在本机。").format(n=round(wait)))
            log.info("sync: %s, retrying in %.1f s", answer.code or answer.status, wait)
            self.policy.sleep(wait)

    def _note_clock(self, answer: Answer) -> None:
        if answer.server_time is None:
            return
        skew = (dt.datetime.now(dt.UTC) - answer.server_time).total_seconds()
        self.report.clock_skew_seconds = skew
        state.put(state.CLOCK_SKEW, f"{skew:.0f}")
        if self.report.clock_warning:
            self.report.warnings.append(self.report.clock_warning)

    # --- pushing
    def _push(self, endpoint: str, max_items: int, max_bytes: int, kinds: bool = False) -> None:
        client = self.client
        assert client is not None  # run() made it before pushing
        device = state.device_id()
        while True:
            waiting = batches.unacked_batches(endpoint)
            batch = waiting[0] if waiting else batches.claim_batch(endpoint, max_items, max_bytes, device, kinds)
            if batch is None:
                return
            answer = self._call(
                lambda: client.push(endpoint, batch.batch_id, batch.body, batch.item_count),  # noqa: B023 - called within this turn
                accept=("ack", "split", "hold", "gone"),
                on_attempt=lambda a: batches.note_attempt(batch.batch_id, str(a.status or a.code), a.message))  # noqa: B023 - called within this turn
            self.report.batches_sent += 1
            if answer.kind == "ack":
                try:
                    result = batches.apply_ack(batch, answer.results)
                except Exception as exc:
                    log.exception("storing the acknowledgement of %s failed", batch.batch_id)
                    raise SyncError("error", translate("sync", "保存平台确认时出错（{reason}）；下次同步会重发同一批次，不会重复。").format(
                        reason=type(exc).__name__)) from exc
                self.report.rejected += result.rejected
                if endpoint == "certificates":
                    self.report.certificates += result.accepted + result.duplicates
                else:  # "accepted" in reports means service records
                    self.report.accepted += result.accepted
                    self.report.duplicates += result.duplicates
            elif answer.kind == "split" and batch.item_count > 1:
                batches.split(batch.batch_id)
                max_items = max(1, batch.item_count // 2)
            else:
                message = answer.message if answer.kind != "split" else translate("sync", "单条记录超过平台允许的大小")
                batches.hold(batch.batch_id, str(answer.status), message)
                self.report.held += 1
                self.report.warnings.append(translate("sync", "平台拒收了一批记录（HTTP {status}：{message}），已暂停这一批，其余照常上传。").format(
                    status=answer.status, message=message))
