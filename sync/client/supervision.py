"""The supervisor's calls to the registry: the day as the registry saw it, conflicts, sign-off.

Each call names the supervisor in `USER_HEADER`; the registry checks that user's role against
the same matrix the device uses (`forms.roles`). Every failure is a `SyncError` with a calm
sentence; the registry's own refusals (not permitted, already resolved, already signed, a
value it will not take) get their own classes so the screen can say exactly what happened.
Nothing here touches Qt; the desktop calls it from a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Literal, TypeVar

from sync.client import state
from sync.client.errors import ProtocolError, SyncError
from sync.client.transport import Transport
from sync.protocol import (
    USER_HEADER,
    ConflictItem,
    ConflictsResponse,
    DayReport,
    DaySignoff,
    ResolveRequest,
    SignoffRequest,
)
from sync.replica.cache import Replica


class NotPermittedByRegistry(SyncError):
    user_message = (
        "The registry does not allow your role to do this. Ask your supervisor or the "
        "registry operator."
    )


class ConflictAlreadyResolved(SyncError):
    user_message = "Someone has already resolved this conflict. The list has been refreshed."


class DayAlreadySigned(SyncError):
    user_message = "This day has already been signed off at the registry."


class ValueRefused(SyncError):
    user_message = "The registry did not accept the value. Check it and try again."


class UnknownConflict(SyncError):
    user_message = "This conflict is no longer on the registry. The list has been refreshed."


T = TypeVar("T")

_REFUSALS: dict[str, type[SyncError]] = {
    "not_permitted": NotPermittedByRegistry,
    "already_resolved": ConflictAlreadyResolved,
    "already_signed": DayAlreadySigned,
}


class Supervision:
    """Calls made for one supervisor over one device's transport."""

    def __init__(self, transport: Transport, user_id: str) -> None:
        self.transport = transport
        self.headers = {USER_HEADER: user_id}

    @classmethod
    def for_replica(cls, replica: Replica) -> Supervision | None:
        """A link for the logged-in user of an enrolled cache, or None on a standalone one.
        Reads the registry address and token from the cache: call where the replica lives;
        the calls themselves may then run on any one thread (never the GUI's)."""
        current = state.load(replica.db)
        if not (current.enrolled and current.registry_url):
            return None
        return cls(Transport(current.registry_url, current.device_token), replica.session.user_id)

    def close(self) -> None:
        self.transport.close()

    def day(self, day: date) -> DayReport:
        return self.call(
            lambda: self.transport.get(
                "/day", DayReport, {"date": day.isoformat()}, headers=self.headers
            )
        )

    def conflicts(self, status: Literal["open", "resolved", "all"] = "open") -> list[ConflictItem]:
        answer = self.call(
            lambda: self.transport.get(
                "/conflicts", ConflictsResponse, {"status": status}, headers=self.headers
            )
        )
        return list(answer.conflicts)

    def resolve(
        self,
        conflict_id: int,
        choice: Literal["live", "proposal", "edited"],
        value: Any = None,
        note: str = "",
    ) -> ConflictItem:
        request = ResolveRequest(choice=choice, value=value, note=note)
        return self.call(
            lambda: self.transport.post(
                f"/conflicts/{int(conflict_id)}/resolve",
                request,
                ConflictItem,
                headers=self.headers,
            )
        )

    def sign_off(self, day: date, note: str, summary: dict[str, int]) -> DaySignoff:
        request = SignoffRequest(note=note, summary=summary)
        return self.call(
            lambda: self.transport.post(
                f"/days/{day.isoformat()}/signoff",
                request,
                DaySignoff,
                headers=self.headers,
                method="PUT",
            )
        )

    @staticmethod
    def call(call: Callable[[], T]) -> T:
        try:
            result = call()
        except ProtocolError as exc:
            refusal = _REFUSALS.get(exc.code)
            if refusal is not None:
                raise refusal(str(exc)) from None
            if exc.status == 404:
                raise UnknownConflict(str(exc)) from None
            if exc.status == 422:
                raise ValueRefused(str(exc)) from None
            raise
        return result
