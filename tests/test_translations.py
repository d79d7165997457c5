"""The English translation is complete and up to date with the code.

Fails when a source string has no finished English translation, when a translation drops or
invents a {placeholder}, or when resources/translations/station_app_en.ts is stale: the code holds
a string the file lacks, or the file a string the code no longer has
(fix: .venv/bin/python build_scripts/update_translations.py, then translate what is new).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from station_app.translation_files import ts_messages, ts_translator

REPO = Path(__file__).resolve().parent.parent
TS = REPO / "resources" / "translations" / "station_app_en.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
CJK = re.compile(r"[\u3400-\u9fff]")
CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def messages(ts: Path) -> list[tuple[str, str, ET.Element | None]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            out.append((context.findtext("name") or "", message.findtext("source") or "", message.find("translation")))
    return out


def test_every_string_has_a_finished_english_translation():
    missing, bad = [], []
    for context, source, translation in messages(TS):
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            missing.append(f"{context}: {source[:60]!r}")
            continue
        text = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            bad.append(f"{context}: {source[:40]!r} -> {text[:40]!r} (placeholders differ)")
        left = [run for run in CJK_RUN.findall(text) if run not in source]  # Chinese kept only when quoted from the source
        if left:
            bad.append(f"{context}: {source[:40]!r} -> {text[:40]!r} (untranslated {left})")
    assert not missing, f"{len(missing)} strings without an English translation:\n" + "\n".join(missing[:40])
    assert not bad, "\n".join(bad)


def test_the_translation_file_is_up_to_date_with_the_code(tmp_path):
    copy = tmp_path / "station_app_en.ts"
    shutil.copy2(TS, copy)
    result = subprocess.run([sys.executable, str(REPO / "build_scripts" / "update_translations.py"), "--ts", str(copy)],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    before = {(c, s) for c, s, _ in messages(TS)}
    after = {(c, s) for c, s, _ in messages(copy)}
    new, gone = sorted(after - before), sorted(before - after)
    assert not new and not gone, (
        "station_app_en.ts is out of date: run build_scripts/update_translations.py and translate\n"
        f"new in the code: {new[:20]}\ngone from the code: {gone[:20]}")


def test_the_command_line_reads_the_english_it_needs_from_the_ts():
    translate = ts_translator(TS)
    assert translate("cli", "错误：{message}") == ts_messages(TS)[("cli", "错误：{message}")]
    assert not CJK.search(translate("cli", "错误：{message}"))
    assert translate("nowhere", "没有这句") == "没有这句"
