"""What can go wrong talking to the registry, each with a calm sentence for the clerk.

These are `ReplicaError`s so the desktop shows them like every other known failure; sync
itself never shows a traceback. Messages name no person.
"""

from __future__ import annotations

from sync.replica.errors import ReplicaError


class SyncError(ReplicaError):
    user_message = (
        "Sync could not finish. Your work is kept on this computer and will be sent later."
    )


class RegistryUnreachable(SyncError):
    """No connection, DNS failure, refused, timed out, or the body was cut off."""

    user_message = (
        "The registry cannot be reached. Keep working: changes are kept on this computer and "
        "are sent automatically when the connection is back."
    )


class RegistryBusy(SyncError):
    """503/429/5xx: the registry asked us to come back later (`retry_after` seconds)."""

    user_message = (
        "The registry is busy. Keep working: sync will try again by itself in a few minutes."
    )

    def __init__(self, detail: str = "", retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


class DeviceNotRecognised(SyncError):
    user_message = (
        "The registry does not recognise this computer. Ask your supervisor to enrol it again. "
        "Your work stays on this computer."
    )


class DeviceRevoked(SyncError):
    user_message = (
        "This computer's access to the registry has been withdrawn. Ask your supervisor or the "
        "registry operator. Nothing on this computer has been deleted."
    )


class EnrolmentRefused(SyncError):
    user_message = (
        "The registry did not accept this enrolment code. Check the code (it can be used once "
        "and expires), or ask the registry operator for a new one."
    )


class NoCentralUsers(SyncError):
    user_message = (
        "The registry has no users for this district yet. Ask the registry operator to add "
        "users, then enrol this computer again."
    )


class ProtocolError(SyncError):
    """The registry answered something this version does not understand (a 4xx, a bad body)."""

    user_message = (
        "The registry gave an answer this version of OneStop does not understand. Your work is "
        "kept on this computer. Tell your supervisor; an update may be needed."
    )

    def __init__(self, detail: str = "", status: int | None = None, code: str = "") -> None:
        super().__init__(detail)
        self.status = status
        self.code = code


class NotARegistry(SyncError):
    """The address answers, but not as a OneStop registry (404, a web page, another API)."""

    user_message = (
        "This address does not answer like a OneStop registry. Check the registry address "
        "with your supervisor."
    )


class ChunkDamaged(SyncError):
    user_message = (
        "Part of the download arrived damaged. It will be fetched again; nothing damaged was saved."
    )


class NotEnrolled(SyncError):
    user_message = (
        "This computer works on its own and is not connected to a registry, so there is "
        "nothing to sync."
    )
