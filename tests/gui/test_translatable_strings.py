"""Every Chinese string the GUI shows goes through Qt's translation mechanism.

An English translation can then be added with pyside6-lupdate and a .qm file,
without touching code. The core's user-facing text goes through
station_app.i18n.translate, which the GUI routes to QCoreApplication.translate.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "station_app"
CJK = re.compile(r"[\u3400-\u9fff]")
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in TRANSLATORS:
                for arg in ast.walk(node):
                    inside.add(id(arg))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value)
                and id(node) not in inside and id(node) not in docstrings):
            found.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: {node.value[:30]!r}")
    return found


def test_gui_strings_go_through_tr():
    found = [line for path in sorted((ROOT / "gui").rglob("*.py")) for line in untranslated(path)]
    assert not found, "Chinese text not passed through tr()/translate():\n" + "\n".join(found)


def _wrappers(path: Path) -> list[str]:
    """Functions that pass a text on to tr()/translate() with the context fixed: lupdate cannot see
    through them, so the strings they are called with would never reach the translators."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef) and len(node.body) <= 2 and node.args.args:
            param = node.args.args[-1].arg
            for call in ast.walk(node):
                if not isinstance(call, ast.Call) or not call.args:
                    continue
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                text = call.args[0] if name in ("tr", "QT_TR_NOOP") else call.args[-1]
                if name in TRANSLATORS and isinstance(text, ast.Name) and text.id == param:
                    found.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: {node.name}()")
    return found


def test_no_wrapper_hides_strings_from_lupdate():
    """pyside6-lupdate finds translate("context", "text") and self.tr("text") only: call them directly."""
    allowed = {"station_app/i18n.py"}  # the hook itself
    found = [w for path in sorted(ROOT.rglob("*.py")) if str(path.relative_to(ROOT.parent)) not in allowed
             for w in _wrappers(path)]
    assert not found, "wrappers around tr()/translate():\n" + "\n".join(found)
