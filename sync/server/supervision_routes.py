"""The supervisor's day over HTTP (see the protocol's "the supervisor's day" section).

Device calls use the device token; those made for a person also name a central user in
`USER_HEADER`, who must be an active user of the device's district whose role allows the
action (`forms.roles`), else 403 `not_permitted`. `/operator/...` calls carry an operator's
own token instead and may read any district.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from forms.roles import Action, Role, allowed
from sync.protocol import (
    API_PREFIX,
    USER_HEADER,
    AuditPush,
    AuditPushResponse,
    ConflictItem,
    ConflictsResponse,
    DayReport,
    DaySignoff,
    ResolveRequest,
    SignoffRequest,
    SignoffsResponse,
    SyncLogPush,
    SyncLogPushResponse,
)
from sync.server import audit_mirror, conflicts, operators, permits, supervision
from sync.server.db import reading
from sync.server.http import ApiError, Device, body_schema, json_response, parse_body, read_body
from sync.server.permits import Actor
from sync.server.validation import Forms, registry_today

log = logging.getLogger(__name__)
DayText = Annotated[str, Query(alias="date", max_length=40)]


def parse_day(value: str, field: str = "date") -> date:
    try:
        return supervision.parse_day(value)
    except ValueError:
        raise ApiError(
            422, "invalid_request", f"{field}: must be a date written YYYY-MM-DD"
        ) from None


# -- who is calling -----------------------------------------------------------------------------


def acting(action: Action) -> Callable[..., Actor]:
    """A dependency: the central user named in `USER_HEADER`, allowed to do `action`."""

    def dependency(
        request: Request,
        scope: Device,
        user_id: Annotated[str | None, Header(alias=USER_HEADER, max_length=64)] = None,
    ) -> Actor:
        if not user_id:
            raise ApiError(403, "not_permitted", f"the {USER_HEADER} header must name the user")
        with reading(request.app.state.engine) as conn:
            found = permits.user(conn, user_id)
        if found is None or not found.active or found.district != scope.district:
            raise ApiError(
                403, "not_permitted", "the user is not an active user of this device's district"
            )
        if not allowed(found.role, action):
            raise ApiError(
                403, "not_permitted", f"the role {found.role} does not allow {action.value}"
            )
        return Actor(
            user_id=found.user_id,
            display_name=found.display_name,
            role=found.role,
            device_id=scope.device_id,
            district=scope.district,
            office=scope.office,
        )

    return dependency


def operator_for(action: Action) -> Callable[..., operators.Operator]:
    """A dependency: the registry operator holding the bearer token, allowed `action`."""

    def dependency(
        request: Request, authorization: Annotated[str | None, Header()] = None
    ) -> operators.Operator:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "unauthorized", "an operator token is required")
        with reading(request.app.state.engine) as conn:
            found = operators.operator_for_token(conn, token.strip())
        if found is None:
            raise ApiError(401, "unauthorized", "unknown operator token")
        if found.revoked:
            raise ApiError(403, "operator_revoked", "this operator token has been revoked")
        if not allowed(Role.REGISTRY_OPERATOR, action):
            raise ApiError(403, "not_permitted", f"operators may not {action.value}")
        return found

    return dependency


ViewDay = Annotated[Actor, Depends(acting(Action.VIEW_DAY))]
ResolveConflict = Annotated[Actor, Depends(acting(Action.RESOLVE_CONFLICT))]
SignDay = Annotated[Actor, Depends(acting(Action.SIGN_DAY))]
RegistryDay = Annotated[operators.Operator, Depends(operator_for(Action.VIEW_REGISTRY_DAY))]


def install(app: FastAPI, engine: Engine, forms: Forms) -> None:
    _mirror_routes(app, engine)
    _day_routes(app, engine)
    _conflict_routes(app, engine, forms)
    _operator_routes(app, engine)


def _mirror_routes(app: FastAPI, engine: Engine) -> None:
    """What devices keep the registry a copy of: their audit chains and sync logs."""

    @app.post(
        f"{API_PREFIX}/audit",
        response_model=AuditPushResponse,
        openapi_extra=body_schema(AuditPush),
    )
    async def audit(request: Request, scope: Device) -> Response:
        raw, _ = await read_body(request)
        body = parse_body(AuditPush, raw)
        try:
            through = await run_in_threadpool(
                audit_mirror.store_entries, engine, scope.device_id, body.entries
            )
        except audit_mirror.AuditRefused as exc:
            raise ApiError(409, exc.code, exc.message) from None
        return json_response(AuditPushResponse(stored_through=through))

    @app.get(f"{API_PREFIX}/audit/head", response_model=AuditPushResponse)
    def audit_head(scope: Device) -> Response:
        with reading(engine) as conn:
            through, _ = audit_mirror.head(conn, scope.device_id)
        return json_response(AuditPushResponse(stored_through=through))

    @app.post(
        f"{API_PREFIX}/sync-log",
        response_model=SyncLogPushResponse,
        openapi_extra=body_schema(SyncLogPush),
    )
    async def sync_log(request: Request, scope: Device) -> Response:
        raw, _ = await read_body(request)
        body = parse_body(SyncLogPush, raw)
        stored = await run_in_threadpool(
            supervision.store_sync_log, engine, scope.device_id, body.sessions
        )
        return json_response(SyncLogPushResponse(stored=stored))


def _day_routes(app: FastAPI, engine: Engine) -> None:
    @app.get(f"{API_PREFIX}/day", response_model=DayReport)
    def day(actor: ViewDay, day_text: DayText) -> Response:
        wanted = parse_day(day_text)
        with reading(engine, repeatable=True) as conn:
            report = supervision.day_report(conn, actor.district, actor.office, wanted)
        return json_response(report)

    @app.put(
        f"{API_PREFIX}/days/{{day_text}}/signoff",
        response_model=DaySignoff,
        openapi_extra=body_schema(SignoffRequest),
    )
    async def signoff(
        request: Request, actor: SignDay, day_text: Annotated[str, PathParam(max_length=40)]
    ) -> Response:
        wanted = parse_day(day_text, "day")
        if wanted > registry_today():
            raise ApiError(422, "invalid_request", "day: a day still to come cannot be signed off")
        raw, _ = await read_body(request)
        body = parse_body(SignoffRequest, raw)
        try:
            signed = await run_in_threadpool(supervision.sign_off, engine, actor, wanted, body)
        except supervision.AlreadySigned as exc:
            raise ApiError(409, "already_signed", str(exc)) from None
        log.info("day signed off device=%s day=%s", actor.device_id, wanted.isoformat())
        return json_response(signed)


def _conflict_routes(app: FastAPI, engine: Engine, forms: Forms) -> None:
    @app.get(f"{API_PREFIX}/conflicts", response_model=ConflictsResponse)
    def conflict_list(
        actor: ViewDay, status: Literal["open", "resolved", "all"] = "open"
    ) -> Response:
        with reading(engine, repeatable=True) as conn:
            found = conflicts.conflicts(conn, actor.district, status)
        return json_response(ConflictsResponse(conflicts=found))

    @app.post(
        f"{API_PREFIX}/conflicts/{{conflict_id}}/resolve",
        response_model=ConflictItem,
        openapi_extra=body_schema(ResolveRequest),
    )
    async def resolve(request: Request, actor: ResolveConflict, conflict_id: int) -> Response:
        raw, _ = await read_body(request)
        body = parse_body(ResolveRequest, raw)
        try:
            item = await run_in_threadpool(
                conflicts.resolve, engine, forms, actor, conflict_id, body
            )
        except conflicts.ConflictNotFound as exc:
            raise ApiError(404, "not_found", str(exc)) from None
        except conflicts.AlreadyResolved as exc:
            raise ApiError(409, "already_resolved", str(exc)) from None
        except conflicts.ValueRefused as exc:
            if exc.reason == "invalid":
                raise ApiError(
                    422, "invalid_value", f"value for {exc.field}: {exc.message}"
                ) from None
            raise ApiError(409, exc.reason, exc.message) from None
        log.info(
            "conflict resolved conflict=%d choice=%s device=%s",
            conflict_id,
            body.choice,
            actor.device_id,
        )
        return json_response(item)


def _operator_routes(app: FastAPI, engine: Engine) -> None:
    @app.get(f"{API_PREFIX}/operator/day", response_model=DayReport)
    def operator_day(
        _operator: RegistryDay,
        district: Annotated[str, Query(min_length=1, max_length=100)],
        office: Annotated[str, Query(min_length=1, max_length=100)],
        day_text: DayText,
    ) -> Response:
        wanted = parse_day(day_text)
        with reading(engine, repeatable=True) as conn:
            return json_response(supervision.day_report(conn, district, office, wanted))

    @app.get(f"{API_PREFIX}/operator/signoffs", response_model=SignoffsResponse)
    def operator_signoffs(
        _operator: RegistryDay,
        district: Annotated[str | None, Query(max_length=100)] = None,
        since: Annotated[str | None, Query(max_length=40)] = None,
    ) -> Response:
        after = parse_day(since, "since") if since else None
        with reading(engine) as conn:
            found = supervision.signoffs(conn, district, after)
        return json_response(SignoffsResponse(signoffs=found))
