"""Who is acting, and whether `forms.roles` lets them: for calls made for a person and for
pushed mutations. The matrix itself lives in `forms.roles` only."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from forms.roles import Action
from sync.server import tables as t
from sync.server.batch import chunks


@dataclass(frozen=True)
class Actor:
    """A central user acting through a device (`USER_HEADER`)."""

    user_id: str
    display_name: str
    role: str
    device_id: str
    district: str
    office: str


@dataclass(frozen=True)
class UserRow:
    user_id: str
    display_name: str
    role: str
    district: str
    active: bool


def user(conn: Connection, user_id: str) -> UserRow | None:
    found = conn.execute(
        select(
            t.central_user.c.id,
            t.central_user.c.display_name,
            t.central_user.c.role,
            t.central_user.c.district,
            t.central_user.c.active,
        ).where(t.central_user.c.id == user_id)
    ).first()
    if found is None:
        return None
    return UserRow(found[0], found[1], found[2], found[3], bool(found[4]))


def roles_of(conn: Connection, user_ids: Iterable[str]) -> dict[str, str]:
    """Role of each of these ids that is a central user (device-local users are absent)."""
    out: dict[str, str] = {}
    column = t.central_user.c
    for part in chunks(sorted(set(user_ids))):
        query = select(column.id, column.role).where(column.id.in_(part))
        out.update((user_id, role) for user_id, role in conn.execute(query))
    return out


def display_names(conn: Connection, user_ids: Iterable[str]) -> dict[str, str]:
    """Display name per id, falling back to the id itself for users the registry lacks."""
    wanted = sorted({u for u in user_ids if u})
    out = {user_id: user_id for user_id in wanted}
    column = t.central_user.c
    for part in chunks(wanted):
        query = select(column.id, column.display_name).where(column.id.in_(part))
        out.update((user_id, name) for user_id, name in conn.execute(query))
    return out


def mutation_action(entity: str, op: str) -> Action:
    """What a pushed mutation does in `forms.roles` terms: registering a person or household,
    editing (or removing) one, or applying for a scheme (an enrolment, also its changes)."""
    if entity == "enrolment":
        return Action.APPLY
    return Action.REGISTER if op == "create" else Action.EDIT_PERSON
