"""The registry enforces `forms.roles` for every action it serves: each role against each
server-enforced action, allowed exactly when `allowed(role, action)` says so.

Device roles act through a device with `USER_HEADER`; the registry operator acts with an
operator token. A central user with the operator's role cannot be made (`add-user` refuses
it); one row is written straight into the database here to show that the push path and the
device endpoints still judge such a user by the matrix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
import requests
from sqlalchemy import insert

from forms.roles import Action, Role, allowed
from sync.protocol import API_PREFIX, USER_HEADER, ErrorBody, Mutation
from sync.server import admin, operators, store
from sync.server import tables as t
from tests.registry_process import RegistryClient, mutation
from tests.server.conftest import Registry

DEVICE_ACTIONS = (Action.VIEW_DAY, Action.RESOLVE_CONFLICT, Action.SIGN_DAY)
PUSH_ACTIONS = (Action.REGISTER, Action.EDIT_PERSON, Action.APPLY)
SERVER_ACTIONS = (*DEVICE_ACTIONS, *PUSH_ACTIONS, Action.VIEW_REGISTRY_DAY)
OFFICE = "OSS-ROLES"


@dataclass
class Cast:
    """One device of the office, one central user per role, an operator token, a record."""

    device: RegistryClient
    users: dict[Role, str]
    operator_token: str
    household_id: str
    person_id: str


def _operator_row(registry: Registry) -> str:
    """A central user with the operator's role, as only a hand-edited database could hold."""
    user_id = store.new_id()
    now = store.now_iso()
    with registry.engine.begin() as conn:
        conn.execute(
            insert(t.central_user).values(
                id=user_id,
                username="forged.operator",
                display_name="Forged",
                role=Role.REGISTRY_OPERATOR.value,
                district="PB-MUL",
                active=1,
                version=1,
                sealed="{}",
                created_at=now,
                updated_at=now,
            )
        )
    return user_id


@pytest.fixture(scope="module")
def cast(registry: Registry) -> Cast:
    device = RegistryClient.enrol(registry.base_url, registry.code("PB-MUL", office=OFFICE))
    users: dict[Role, str] = {
        role: admin.add_user(
            registry.engine,
            username=f"{role.value}.roles",
            display_name=role.value,
            role=role.value,
            district="PB-MUL",
            password="a fine password",
        )
        for role in Role
        if role is not Role.REGISTRY_OPERATOR
    }
    users[Role.REGISTRY_OPERATOR] = _operator_row(registry)
    household_id, person_id = device.register()
    token = operators.add_operator(registry.engine, "roles operator")
    return Cast(device, users, token, household_id, person_id)


def _call(cast: Cast, role: Role, method: str, path: str, **kwargs: Any) -> requests.Response:
    headers = {USER_HEADER: cast.users[role]}
    return cast.device.session.request(
        method, cast.device.url(path), headers=headers, timeout=60, **kwargs
    )


def _device_call(cast: Cast, role: Role, action: Action, index: int) -> requests.Response:
    if action is Action.VIEW_DAY:
        return _call(cast, role, "GET", "/day", params={"date": "2026-11-22"})
    if action is Action.RESOLVE_CONFLICT:
        # Permission is checked before the conflict is looked up: allowed means 404 here.
        return _call(cast, role, "POST", "/conflicts/999999999/resolve", json={"choice": "live"})
    return _call(cast, role, "PUT", f"/days/2026-10-{index + 1:02d}/signoff", json={})


def _mutation(cast: Cast, action: Action, index: int) -> Mutation:
    device = cast.device
    if action is Action.REGISTER:
        return device.new_household()
    if action is Action.EDIT_PERSON:
        return device.update("person", cast.person_id, 1, phone=("03001234567", f"0300{index:07d}"))
    values = {
        "reference": f"APP-ROLES-{index:04d}",
        "scheme_id": "bisp_kafaalat",
        "person_id": cast.person_id,
        "status": "applied",
        "applied_at": "2026-11-22T10:00:00+05:00",
        "applied_office": OFFICE,
        "applied_by": "someone",
    }
    changes = {name: [None, value] for name, value in values.items()}
    entity_id = f"{index:08d}" + cast.person_id[8:]
    return mutation(device.seq(), "enrolment", entity_id, "create", 0, changes)


@pytest.mark.parametrize("action", SERVER_ACTIONS, ids=lambda a: a.value)
@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_each_role_gets_what_the_matrix_allows(
    registry: Registry, cast: Cast, role: Role, action: Action
) -> None:
    index = list(Role).index(role) * len(SERVER_ACTIONS) + SERVER_ACTIONS.index(action)
    permitted = allowed(role, action)
    if action is Action.VIEW_REGISTRY_DAY:
        params = {"district": "PB-MUL", "office": OFFICE, "date": "2026-11-22"}
        token = (
            cast.operator_token if role is Role.REGISTRY_OPERATOR else cast.device.enrolment.token
        )
        answer = requests.get(
            f"{registry.base_url}{API_PREFIX}/operator/day",
            params=params,
            headers={"Authorization": f"Bearer {token}"},
            timeout=60,
        )
        assert (answer.status_code == 200) == permitted, answer.text
        return
    if action in PUSH_ACTIONS:
        sent = _mutation(cast, action, index).model_copy(update={"user_id": cast.users[role]})
        result = cast.device.push(sent).results[0]
        if permitted:
            assert result.status in {"applied", "merged"}, result
        else:
            assert (result.status, result.reason) == ("rejected", "not_permitted")
        return
    answer = _device_call(cast, role, action, index)
    expected = 404 if action is Action.RESOLVE_CONFLICT else 200
    if permitted:
        assert answer.status_code == expected, answer.text
    else:
        assert answer.status_code == 403, answer.text
        assert ErrorBody.model_validate_json(answer.content).code == "not_permitted"


def test_the_user_must_be_named_active_and_of_the_district(registry: Registry, cast: Cast) -> None:
    nobody = cast.device.get("/day", date="2026-11-22")
    assert nobody.status_code == 403 and nobody.json()["code"] == "not_permitted"
    admin.set_user_active(registry.engine, "supervisor.roles", False)
    try:
        inactive = _call(cast, Role.SUPERVISOR, "GET", "/day", params={"date": "2026-11-22"})
        assert inactive.status_code == 403 and inactive.json()["code"] == "not_permitted"
    finally:
        admin.set_user_active(registry.engine, "supervisor.roles", True)
    lahore = admin.add_user(
        registry.engine,
        username="supervisor.lahore",
        display_name="Lahore",
        role="supervisor",
        district="PB-LHR",
        password="a fine password",
    )
    outsider = cast.device.session.get(
        cast.device.url("/day"), params={"date": "2026-11-22"}, headers={USER_HEADER: lahore}
    )
    assert outsider.status_code == 403 and outsider.json()["code"] == "not_permitted"
    for unknown in ("local-user-1", ""):
        answer = cast.device.session.get(
            cast.device.url("/conflicts"), headers={USER_HEADER: unknown}, timeout=60
        )
        assert answer.status_code == 403


def test_device_local_users_still_push(cast: Cast) -> None:
    sent = cast.device.new_household().model_copy(update={"user_id": "local-user-9"})
    assert cast.device.push(sent).results[0].status == "applied"


def test_an_operator_cannot_be_made_a_central_user(registry: Registry) -> None:
    with pytest.raises(admin.AdminError, match="role must be one of"):
        admin.add_user(
            registry.engine,
            username="operator.as.user",
            display_name="Op",
            role=Role.REGISTRY_OPERATOR.value,
            district="PB-MUL",
            password="a fine password",
        )
