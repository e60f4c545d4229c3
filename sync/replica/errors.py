"""Errors the replica raises, split the way the counter shows them.

`ReplicaError` subclasses are *known, environmental* failures: each carries a calm sentence
for the clerk (`user_message`) saying what happened and what to do. Anything else escaping the
replica is a bug and goes to the crash dialog. Messages never contain personal data.

A sentence that needs values is a *template*: a fixed English sentence with named
placeholders (``"Wait {seconds} seconds, then try again."``), and the values travel
separately in `user_args`. The interface translates the template (context "Errors"), then
fills in each value in the clerk's language: numbers in the language's digits, `Term`s (a
scheme, a criterion, a form field) by their name in that language, lists joined the
language's way, and plain strings (codes, catalog ids) as they are. So a template is always
a string literal (the translation tools read it from the code), never an f-string, and
`str(error)` stays English with ids only, for the log.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType

PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Term:
    """A word of the app's own vocabulary as a message value: `kind` "scheme" or "criterion"
    (from the catalog) or "field" (a form field, by name; "household.x", "members.x" and
    "contributions.<scheme>" as the eligibility rules name them). `labels` are its words by
    language ("en", "ur", "km") where the raiser has them; the interface may word it itself.
    """

    kind: str
    key: str
    labels: Mapping[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.labels.get("en") or self.key


Value = int | float | Decimal | str | Term | tuple[Term, ...]


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """`template` with each `{name}` replaced by `values[name]`; unknown names stay."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def in_english(value: Value) -> str:
    if isinstance(value, tuple):
        return ", ".join(str(term) for term in value)
    return str(value)


class ReplicaError(Exception):
    """A failure the clerk can meet and act on; `user_message` says what to do.

    `user_message` is a literal English sentence or template (a class attribute, or the
    `user_message=` keyword with a literal); `user_args` gives its `{placeholders}` values.
    """

    user_message: str = "The local cache could not complete the operation."
    user_args: Mapping[str, Value] = MappingProxyType({})

    def __init__(
        self,
        detail: str = "",
        *,
        user_message: str | None = None,
        user_args: Mapping[str, Value] | None = None,
    ) -> None:
        if user_message is not None:
            self.user_message = user_message
        if user_args is not None:
            self.user_args = MappingProxyType(dict(user_args))
        super().__init__(detail or self.user_message)

    def english(self) -> str:
        """The clerk's sentence in English (words from the `en` labels, plain numbers)."""
        values = {name: in_english(value) for name, value in self.user_args.items()}
        return fill_template(self.user_message, values)


class WrongPassword(ReplicaError):
    user_message = "The user name or password is not right. Check them and try again."


class LoginThrottled(ReplicaError):
    """Too many failed attempts: the caller must wait `retry_after` seconds."""

    user_message = "Too many failed attempts. Wait {seconds} seconds, then try again."

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(
            f"login throttled for {retry_after:.0f}s",
            user_args={"seconds": max(1, round(retry_after))},
        )


class KeyFileMissing(ReplicaError):
    user_message = (
        "The key file of this cache is missing, so the data cannot be opened. Do not set up "
        "a new cache: ask your supervisor to restore the key file (onestop.keys) from backup "
        "or to recover the device through the registry."
    )


class KeyFileCorrupt(ReplicaError):
    user_message = (
        "The key file of this cache is damaged, so the data cannot be opened. Do not set up "
        "a new cache: ask your supervisor to restore the key file (onestop.keys) from backup."
    )


class CacheMissing(ReplicaError):
    user_message = (
        "There is a key file but no data file. Do not set up a new cache: ask your "
        "supervisor to restore the data file (onestop.db) from backup."
    )


class CacheExists(ReplicaError):
    user_message = "A cache already exists in this folder; it will not be overwritten."


class CacheCorrupt(ReplicaError):
    user_message = (
        "The local data failed its integrity check and was not opened. Nothing was changed. "
        "Call your supervisor: the cache must be restored from backup or downloaded again."
    )


class CacheLocked(ReplicaError):
    user_message = (
        "The local data is in use by another OneStop window or program. Close it, then try again."
    )


class DiskFull(ReplicaError):
    user_message = (
        "The disk is full, so nothing was saved. Free some space (or call your supervisor), "
        "then try again. What you typed is still on the screen."
    )


class UserExists(ReplicaError):
    user_message = "A user with that name already exists. Choose another user name."


class UnknownUser(ReplicaError):
    user_message = "There is no such user on this device."


class LastSupervisor(ReplicaError):
    user_message = "The last supervisor cannot be removed: add another supervisor first."


class PermissionDenied(ReplicaError):
    user_message = "Your role does not allow this. Ask your supervisor."


class WeakPassword(ReplicaError):
    user_message = "The password must have at least {count} characters."
    user_args = MappingProxyType({"count": 8})  # keyslots.MIN_PASSWORD_LENGTH (a test checks)
