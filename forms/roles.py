"""Who may do what: the one permission matrix for the device and the registry.

The device's service layer (`sync.replica`) and the registry's endpoints both ask `allowed`
before they act, so hiding a button is never the only guard. A role that is not listed for an
action is refused, and an unknown role or action is refused too.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    FIELD_OFFICER = "field_officer"
    REGISTRY_OPERATOR = "registry_operator"


class Action(StrEnum):
    # At the counter (device service layer).
    SEARCH = "search"
    VIEW_PERSON = "view_person"
    REGISTER = "register"
    EDIT_PERSON = "edit_person"
    APPLY = "apply"
    PRINT_CARD = "print_card"
    SYNC = "sync"
    EXPORT_BUNDLE = "export_bundle"
    MANAGE_LOCAL_USERS = "manage_local_users"
    # The supervisor's day (device and registry).
    VIEW_DAY = "view_day"
    RESUBMIT_REJECTED = "resubmit_rejected"
    DISCARD_REJECTED = "discard_rejected"
    RESOLVE_CONFLICT = "resolve_conflict"
    SIGN_DAY = "sign_day"
    EXPORT_DAY = "export_day"
    VERIFY_AUDIT = "verify_audit"
    # The registry's own work.
    VIEW_REGISTRY_DAY = "view_registry_day"
    ENROL_DEVICE = "enrol_device"
    REVOKE_DEVICE = "revoke_device"
    MANAGE_CENTRAL_USERS = "manage_central_users"
    PUBLISH_CATALOG = "publish_catalog"
    IMPORT_BUNDLE = "import_bundle"
    REVOKE_CARD = "revoke_card"


_COUNTER_WORK = frozenset(
    {
        Action.SEARCH,
        Action.VIEW_PERSON,
        Action.REGISTER,
        Action.EDIT_PERSON,
        Action.APPLY,
        Action.SYNC,
    }
)

PERMISSIONS: Mapping[Role, frozenset[Action]] = {
    Role.CLERK: _COUNTER_WORK | {Action.PRINT_CARD},
    Role.FIELD_OFFICER: _COUNTER_WORK | {Action.EXPORT_BUNDLE},
    Role.SUPERVISOR: _COUNTER_WORK
    | {
        Action.PRINT_CARD,
        Action.EXPORT_BUNDLE,
        Action.MANAGE_LOCAL_USERS,
        Action.VIEW_DAY,
        Action.RESUBMIT_REJECTED,
        Action.DISCARD_REJECTED,
        Action.RESOLVE_CONFLICT,
        Action.SIGN_DAY,
        Action.EXPORT_DAY,
        Action.VERIFY_AUDIT,
        Action.REVOKE_CARD,
    },
    Role.REGISTRY_OPERATOR: frozenset(
        {
            Action.SEARCH,
            Action.VIEW_PERSON,
            Action.VIEW_DAY,
            Action.VIEW_REGISTRY_DAY,
            Action.RESOLVE_CONFLICT,
            Action.EXPORT_DAY,
            Action.VERIFY_AUDIT,
            Action.ENROL_DEVICE,
            Action.REVOKE_DEVICE,
            Action.MANAGE_CENTRAL_USERS,
            Action.PUBLISH_CATALOG,
            Action.IMPORT_BUNDLE,
            Action.REVOKE_CARD,
        }
    ),
}

# Roles a person can hold on a device; the registry operator works at the registry only.
DEVICE_ROLES: tuple[Role, ...] = (Role.CLERK, Role.SUPERVISOR, Role.FIELD_OFFICER)


def allowed(role: str, action: str) -> bool:
    """True when `role` may perform `action`; unknown roles and actions are refused."""
    try:
        return Action(action) in PERMISSIONS[Role(role)]
    except ValueError:
        return False
