"""Every device role against every action the device enforces, from the one matrix.

Each case logs in to a real cache as a user of the role and calls the service: an action the
role is allowed succeeds, any other raises PermissionDenied and leaves the cache and the key
file exactly as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from forms.roles import DEVICE_ROLES, Action, Role, allowed
from sync.replica.cache import KEYS_NAME, NewUser, Replica
from sync.replica.errors import PermissionDenied
from tests.conftest import DEVICE, FAST_KDF, FIXED_NOW, SUPERVISOR, fixed_clock, household

ENFORCED = (
    Action.SEARCH,
    Action.VIEW_PERSON,
    Action.REGISTER,
    Action.EDIT_PERSON,
    Action.APPLY,
    Action.MANAGE_LOCAL_USERS,
    Action.VIEW_DAY,
    Action.RESUBMIT_REJECTED,
    Action.DISCARD_REJECTED,
    Action.SIGN_DAY,
)
READS = frozenset({Action.SEARCH, Action.VIEW_DAY})  # everything else writes (viewing: audit)
PASSWORD = "role test password 1"


@dataclass(frozen=True)
class Setup:
    """What the supervisor prepared before the role's user logged in."""

    head: str  # 65, in a poor household: eligible for the social pension
    to_resubmit: str  # refused person registrations
    to_discard: str


def _prepare(replica: Replica, role: Role) -> Setup:
    first = replica.persons.register_household(household(), replica.actor)
    second = replica.persons.register_household(household(), replica.actor)
    refused = [
        str(row[0])
        for row in replica.db.execute(
            "SELECT mutation_id FROM outbox WHERE entity_id IN (?, ?) ORDER BY seq",
            [pid for pid, _ in second.members],
        )
    ]
    replica.db.execute(
        "UPDATE outbox SET state = 'rejected', last_error = 'invalid' WHERE mutation_id IN (?, ?)",
        refused,
    )
    replica.add_user(NewUser(f"user_{role.value}", f"A {role.value}", PASSWORD, role.value))
    return Setup(first.members[0][0], refused[0], refused[1])


def _call(action: Action, replica: Replica, setup: Setup) -> Any:
    calls: dict[Action, Callable[[], Any]] = {
        Action.SEARCH: lambda: replica.search("Aslam"),
        Action.VIEW_PERSON: lambda: replica.open_person(setup.head),
        Action.REGISTER: lambda: replica.persons.register_household(household(), replica.actor),
        Action.EDIT_PERSON: lambda: replica.persons.update_person(
            setup.head,
            {**(replica.persons.form_values(setup.head) or {}), "phone": "0301-7654321"},
            replica.actor,
            1,
        ),
        Action.APPLY: lambda: replica.entitlements.apply(
            setup.head, "old_age_social", replica.actor, "Clerk"
        ),
        Action.MANAGE_LOCAL_USERS: lambda: replica.add_user(
            NewUser("newcomer", "New Comer", PASSWORD, "clerk")
        ),
        Action.VIEW_DAY: lambda: replica.day_report(FIXED_NOW.date()),
        Action.RESUBMIT_REJECTED: lambda: replica.resubmit_rejected(
            setup.to_resubmit, {"phone": "0300-7654321"}
        ),
        Action.DISCARD_REJECTED: lambda: replica.discard_rejected(
            setup.to_discard, "Registered twice"
        ),
        Action.SIGN_DAY: lambda: replica.sign_day(FIXED_NOW.date(), "Reconciled"),
    }
    return calls[action]()


def _snapshot(replica: Replica) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every stored table (the search index through its shadow tables)."""
    tables = [
        row[0]
        for row in replica.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {t: replica.db.execute(f"SELECT * FROM {t}").fetchall() for t in tables}


@pytest.fixture(params=DEVICE_ROLES, ids=lambda role: role.value)
def logged_in(request: pytest.FixtureRequest, cache_dir: Path) -> Iterator[tuple[Replica, Setup]]:
    role: Role = request.param
    creator = Replica.create(cache_dir, SUPERVISOR, DEVICE, kdf=FAST_KDF, clock=fixed_clock)
    try:
        setup = _prepare(creator, role)
    finally:
        creator.close()
    user = Replica.open(cache_dir, f"user_{role.value}", PASSWORD, kdf=FAST_KDF, clock=fixed_clock)
    try:
        assert user.session.role == role.value
        yield user, setup
    finally:
        user.close()


@pytest.mark.parametrize("action", ENFORCED, ids=lambda action: action.value)
def test_the_role_matrix_is_enforced_on_the_device(
    logged_in: tuple[Replica, Setup], action: Action
) -> None:
    replica, setup = logged_in
    keys = replica.data_dir / KEYS_NAME
    before, key_file = _snapshot(replica), keys.read_bytes()
    if allowed(replica.session.role, action):
        result = _call(action, replica, setup)
        if action in READS:
            assert result
        else:
            assert _snapshot(replica) != before
        return
    with pytest.raises(PermissionDenied) as caught:
        _call(action, replica, setup)
    assert caught.value.user_message == PermissionDenied.user_message
    assert _snapshot(replica) == before
    assert keys.read_bytes() == key_file


def test_the_cases_above_meet_both_outcomes() -> None:
    """A guard on the parametrisation: the counter roles are refused the supervisor's work,
    the supervisor is allowed every action the device enforces."""
    for role in (Role.CLERK, Role.FIELD_OFFICER):
        assert {allowed(role, action) for action in ENFORCED} == {True, False}
    assert all(allowed(Role.SUPERVISOR, action) for action in ENFORCED)
