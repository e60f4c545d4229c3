"""What the GUI knows about the open cache: plain immutable facts, gathered on the DB thread."""

from __future__ import annotations

from dataclasses import dataclass

from forms.definition import FormDefinition
from sync.replica.cache import DeviceInfo, Replica, UserSession


@dataclass(frozen=True)
class SessionInfo:
    """Who is logged in, on which device, and the (immutable) form definitions to show."""

    user: UserSession
    device: DeviceInfo
    household_form: FormDefinition
    person_form: FormDefinition

    @classmethod
    def of(cls, replica: Replica) -> SessionInfo:
        """Call on the database thread only."""
        return cls(
            user=replica.session,
            device=replica.device,
            household_form=replica.household_form,
            person_form=replica.persons.person_form,
        )
