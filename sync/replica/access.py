"""The device's role check: every service call asks the one matrix (`forms.roles`) first.

Hiding a button is never the only guard: the store and the cache refuse an action the
logged-in user's role does not allow, before they read or write anything else.
"""

from __future__ import annotations

from forms.roles import Action, allowed
from sync.replica.errors import PermissionDenied


def require(role: str, action: Action) -> None:
    """Raise PermissionDenied unless `role` may perform `action` (ids only in the detail)."""
    if not allowed(role, action):
        raise PermissionDenied(f"role {role!r} may not {action.value}")
