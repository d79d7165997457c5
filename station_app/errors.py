"""Errors the domain raises for the user to read."""

from __future__ import annotations

from dataclasses import dataclass

from station_app.i18n import translate


@dataclass(frozen=True)
class FieldError:
    """One field refused, with the reason in the user's language."""

    field: str
    label: str
    message: str

    def __str__(self) -> str:
        return translate("errors", "{label}：{message}").format(label=self.label, message=self.message)


class ValidationFailed(ValueError):
    """Input refused; nothing was written. ``errors`` names each field and why."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__(translate("errors", "；").join(str(e) for e in errors))


class NotFound(LookupError):
    pass


class RuleViolation(ValueError):
    """An act breaks one of the domain's rules; nothing was written. ``str()`` says which, for the user."""


class DataFolderError(Exception):
    """The data folder or its database cannot be used; the message is for the user."""


class PermissionDenied(ValueError):
    """The acting person's role may not do this; nothing was written. The message says why, in Chinese."""
