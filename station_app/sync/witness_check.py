"""What the platform witnessed of this station's audit log, for ``audit verify``: fetched when a platform is
set up and answers, else the copy the last sync cached (audit/witnessed.py)."""

from __future__ import annotations

from pathlib import Path

from station_app.audit import witnessed
from station_app.i18n import translate


def witnessed_anchors(data_dir: Path, timeout: float = 10.0) -> tuple[list[dict], str]:
    """(anchors, where they came from, for the report)."""
    from station_app.sync.client import PlatformClient, SyncConfigError
    from station_app.sync.engine import SyncError
    from station_app.sync.setup import current_config

    try:
        config = current_config(data_dir)
        client = PlatformClient(config.url, config.token, config.station, timeout=(5.0, timeout),
                                ca_file=config.ca_file or None)
    except (SyncError, SyncConfigError):
        return witnessed.cached(data_dir), translate("audit", "本机缓存（未设置平台）")
    try:
        anchors = witnessed.fetch(client.anchors)
    except OSError as exc:
        return witnessed.cached(data_dir), translate("audit", "本机缓存（平台未连上：{reason}）").format(reason=exc)
    finally:
        client.close()
    witnessed.remember(data_dir, anchors)
    return anchors, translate("audit", "平台")
