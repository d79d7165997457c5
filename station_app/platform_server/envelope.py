"""The outer shape of a posted batch: anything wrong here is 400 and nothing is applied.

An item without a valid ``op_id`` is a shape error too, since its result could
not say which item it answers. Everything inside an item is judged per item
(see :mod:`records` and :mod:`certificates`).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from station_app.platform_server.validation import BAD_TEXT_WHY, BadRequest, bad_text_path, is_uuid, parse_time


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_no_constants)
    except UnicodeDecodeError:
        raise BadRequest("请求正文不是 UTF-8 编码") from None
    except (ValueError, RecursionError) as exc:
        raise BadRequest(f"请求正文不是有效的 JSON：{exc}") from None


def item_count(doc: Any) -> int:
    """How many items the batch carries (0 when it has no item list): checked against max_batch_items."""
    return len(doc["items"]) if isinstance(doc, dict) and isinstance(doc.get("items"), list) else 0


def check_envelope(doc: Any, key: str, endpoint: str) -> tuple[list[dict], dt.datetime | None]:
    """The items and (for record batches) ``sent_at``; raises :class:`BadRequest`."""
    if not isinstance(doc, dict):
        raise BadRequest("请求正文应为 JSON 对象")
    bad = bad_text_path({k: v for k, v in doc.items() if k != "items"})
    if bad is not None:  # the envelope: 400; inside an item it is that item's "invalid" (operations.judge_each)
        raise BadRequest(f"{bad}：{BAD_TEXT_WHY}")
    batch_id = doc.get("batch_id")
    if batch_id is None:
        raise BadRequest("缺少 batch_id")
    if not is_uuid(batch_id):
        raise BadRequest("batch_id 应为小写规范格式的 UUID")
    if batch_id != key:
        raise BadRequest(f"batch_id（{batch_id}）与 Idempotency-Key（{key[:64]}）不同")
    items = doc.get("items")
    if not isinstance(items, list):
        raise BadRequest("items 应为数组")
    sent_at = None
    if endpoint == "batches":
        if not is_uuid(doc.get("device_id")):
            raise BadRequest("device_id 应为小写规范格式的 UUID")
        sent_at = parse_time(doc.get("sent_at"))
        if sent_at is None:
            raise BadRequest("sent_at 应为 2000 年至 2100 年之间、带时区偏移的 RFC 3339 时间")
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise BadRequest(f"items[{index}] 应为 JSON 对象")
        if not is_uuid(item.get("op_id")):
            raise BadRequest(f"items[{index}].op_id 应为小写规范格式的 UUID")
    return items, sent_at
