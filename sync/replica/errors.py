"""Errors the replica raises, split the way the counter shows them.

`ReplicaError` subclasses are *known, environmental* failures: each carries a calm sentence
for the clerk (`user_message`) saying what happened and what to do. Anything else escaping the
replica is a bug and goes to the crash dialog. Messages never contain personal data.
"""

from __future__ import annotations


class ReplicaError(Exception):
    """A failure the clerk can meet and act on; `user_message` says what to do."""

    user_message: str = "The local cache could not complete the operation."

    def __init__(self, detail: str = "", *, user_message: str | None = None) -> None:
        super().__init__(detail or self.user_message)
        if user_message is not None:
            self.user_message = user_message


class WrongPassword(ReplicaError):
    user_message = "The user name or password is not right. Check them and try again."


class LoginThrottled(ReplicaError):
    """Too many failed attempts: the caller must wait `retry_after` seconds."""

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(
            f"login throttled for {retry_after:.0f}s",
            user_message=(
                f"Too many failed attempts. Wait {max(1, round(retry_after))} seconds, "
                "then try again."
            ),
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
    user_message = "The password must have at least 8 characters."
