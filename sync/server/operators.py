"""Registry operators: people at the data centre who read any district's day with their own
token (`Authorization: Bearer <token>` on `/operator/...`). Only the token's hash is kept."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select, update

from sync.server import auth, registry_audit, store
from sync.server import tables as t
from sync.server.db import writing


class OperatorError(Exception):
    """An operator could not be added or revoked; the message says why."""


@dataclass(frozen=True)
class Operator:
    id: str
    name: str
    revoked: bool


def add_operator(engine: Engine, name: str, actor: str = registry_audit.CLI_ACTOR) -> str:
    """A new operator; returns the token, which is shown once and never stored."""
    name = name.strip()
    if not name or len(name) > 100:
        raise OperatorError("the operator name must have 1 to 100 characters")
    token, operator_id = auth.new_token(), store.new_id()
    with writing(engine) as conn:
        taken = conn.execute(select(t.operator.c.id).where(t.operator.c.name == name)).first()
        if taken is not None:
            raise OperatorError(f"an operator named {name!r} exists already")
        conn.execute(
            insert(t.operator).values(
                id=operator_id,
                name=name,
                token_hash=auth.secret_hash(token),
                created_at=store.now_iso(),
            )
        )
        registry_audit.append(
            conn, actor=actor, action="add_operator", entity="operator", entity_id=operator_id
        )
    return token


def revoke_operator(engine: Engine, name: str, actor: str = registry_audit.CLI_ACTOR) -> None:
    with writing(engine) as conn:
        found = conn.execute(select(t.operator.c.id).where(t.operator.c.name == name)).first()
        if found is None:
            raise OperatorError(f"no operator {name!r}")
        conn.execute(
            update(t.operator)
            .where(t.operator.c.id == found.id, t.operator.c.revoked_at.is_(None))
            .values(revoked_at=store.now_iso())
        )
        registry_audit.append(
            conn, actor=actor, action="revoke_operator", entity="operator", entity_id=found.id
        )


def operator_for_token(conn: Connection, token: str) -> Operator | None:
    wanted = auth.secret_hash(token)
    found = conn.execute(
        select(
            t.operator.c.id, t.operator.c.name, t.operator.c.revoked_at, t.operator.c.token_hash
        ).where(t.operator.c.token_hash == wanted)
    ).first()
    if found is None or not hmac.compare_digest(found.token_hash, wanted):
        return None
    return Operator(found.id, found.name, found.revoked_at is not None)
