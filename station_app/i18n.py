"""Translation hook for user-visible text produced by the Qt-free core.

The core may not import Qt, yet its messages (validation errors, CLI output)
must go through Qt's translation mechanism when the GUI runs. The core calls
:func:`translate` with a context and the Simplified Chinese source text; the GUI
installs ``QCoreApplication.translate`` at start-up. Without the GUI the source
text is returned unchanged, which is what the command line shows.
"""

from __future__ import annotations

from collections.abc import Callable


def _untranslated(context: str, text: str) -> str:
    return text


_translator: Callable[[str, str], str] = _untranslated


def translate(context: str, text: str) -> str:
    """Return *text* (Simplified Chinese source) in the user's language."""
    return _translator(context, text)


def install(translator: Callable[[str, str], str]) -> None:
    """Route core messages through *translator* (the GUI passes Qt's)."""
    global _translator
    _translator = translator
