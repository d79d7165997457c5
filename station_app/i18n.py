"""Translation hook for user-visible text produced by the Qt-free core.

The core may not import Qt, yet its messages (validation errors, CLI output)
must go through Qt's translation mechanism when the GUI runs. The core calls
:func:`translate` with a context and the Simplified Chinese source text; the GUI
installs ``QCoreApplication.translate`` at start-up, the command line in English a
lookup in the English .ts file (station_app.translation_files). Otherwise the
source text is returned unchanged.

Documents the station hands to others (certificates, reports for offices, exports) stay
Chinese in any interface language: they are written inside :func:`source_language`.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def _untranslated(context: str, text: str) -> str:
    return text


_translator: Callable[[str, str], str] = _untranslated
_documents = threading.local()  # per thread: a report may be written on the database thread


def translate(context: str, text: str) -> str:
    """Return *text* (Simplified Chinese source) in the user's language."""
    if getattr(_documents, "depth", 0):
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate collects
    """*text* as it is, marked for the translators: for a message kept in Chinese where it is made and
    translated where it is shown, with ``translate(context, text)`` (cert_link's BadLink: the
    platform's pages show it in Chinese, the station's verification in the user's language)."""
    return text


def install(translator: Callable[[str, str], str]) -> None:
    """Route core messages through *translator* (the GUI passes Qt's)."""
    global _translator
    _translator = translator


@contextmanager
def source_language() -> Iterator[None]:
    """Inside: :func:`translate` returns the Chinese source, on this thread, whatever the interface
    language. Wraps the writing of Chinese administrative documents."""
    _documents.depth = getattr(_documents, "depth", 0) + 1
    try:
        yield
    finally:
        _documents.depth -= 1


def in_source_language(func: Callable[P, R]) -> Callable[P, R]:
    """Decorator: *func* writes a Chinese document; its text stays Chinese (see source_language)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with source_language():
            return func(*args, **kwargs)

    return wrapper
