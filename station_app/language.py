"""Which language the interface speaks: 简体中文 (the source text) or English.

Chosen in this order: ``--lang`` for one run; the choice made in 设置 → 语言 (kept in the data
folder's ``language`` file, read before the database opens, so even the first dialogs speak it);
otherwise the operating system's language: Chinese systems get Chinese, every other one English.

What the program writes for others stays Chinese whatever is chosen: certificates, reports for
offices, exports, templates and the audit log's export are Chinese administrative documents
(:func:`station_app.i18n.source_language`).
"""

from __future__ import annotations

from pathlib import Path

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = {CHINESE: "简体中文", ENGLISH: "English"}  # each named in itself, as language menus do
FILENAME = "language"


def from_locale(name: str) -> str:
    """A system locale name (``zh_CN``, ``zh_TW``, ``en_US``, ``de_DE``, ``C``) to one of ours."""
    return CHINESE if name.lower().startswith("zh") else ENGLISH


def saved(data_dir: Path) -> str | None:
    """The language chosen in 设置 → 语言, or None when none was chosen (or the file makes no sense)."""
    try:
        value = (data_dir / FILENAME).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return value if value in LANGUAGES else None


def save(data_dir: Path, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / FILENAME).write_text(language + "\n", encoding="utf-8")


def choose(requested: str | None, data_dir: Path | None, system_locale: str) -> str:
    if requested in LANGUAGES:
        return requested
    chosen = saved(data_dir) if data_dir is not None else None
    return chosen or from_locale(system_locale)
