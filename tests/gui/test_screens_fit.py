"""Every page, the kiosk and every dialog show their text whole on the screens stations have.

Each size runs in its own process (tests/support/screens_run.py): the offscreen platform's screen
size is fixed when Qt starts. 150% scaling is a 1920×1080 screen at QT_SCALE_FACTOR=1.5 (1280×720
logical pixels), the setting Windows suggests for such screens.
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from support.core import PYTHON, REPO
from support.screens import DIALOGS, dialog_classes

SIZES = [("1024x768", 1024, 768, 1.0, None), ("1366x768", 1366, 768, 1.0, None), ("1920x1080", 1920, 1080, 1.0, None),
         ("1920x1080@150%", 1920, 1080, 1.5, None), ("1366x768 大", 1366, 768, 1.0, "large"),
         ("1366x768 特大", 1366, 768, 1.0, "huge")]
# The English interface on the commonest station screen and the smallest (its words are longer:
# docs/glossary.md); at 1024×768 the audit log's 修改后 and the week's dates were cut
ENGLISH = {"1366x768 English", "1024x768 English"}
SIZES += [("1366x768 English", 1366, 768, 1.0, None), ("1024x768 English", 1024, 768, 1.0, None)]


def test_every_dialog_is_registered():
    """A new dialog joins the check by adding a factory to tests/support/screens.py DIALOGS."""
    unregistered = sorted(set(dialog_classes()) - set(DIALOGS))
    assert unregistered == [], f"add these to DIALOGS in tests/support/screens.py: {unregistered}"
    assert len(DIALOGS) >= 20


@pytest.fixture(scope="module")
def runs():
    """Every size started at once: each run mostly waits for its pages to load, so they overlap well."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR")}
    started = {}
    for label, width, height, scale, font_size in SIZES:
        args = [PYTHON, str(REPO / "tests" / "support" / "screens_run.py"), str(width), str(height),
                "--scale", str(scale)] + (["--font-size", font_size] if font_size else []) + (
                    ["--lang", "en"] if label in ENGLISH else [])
        started[label] = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                                          env=env)
    yield started
    for proc in started.values():
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.timeout(240)
@pytest.mark.parametrize("label", [s[0] for s in SIZES])
def test_every_page_and_dialog_shows_its_text_whole(label, runs):
    out, err = runs[label].communicate(timeout=220)
    assert runs[label].returncode == 0, err[-3000:]
    problems = json.loads(out.strip().splitlines()[-1])["problems"]
    assert problems == [], f"cut at {label}:\n" + "\n".join(problems)
