"""Keys, cards and bundles over HTTP (see the protocol's "keys, cards and bundles" section)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from forms.roles import Action
from sync.bundle import BundleRefused
from sync.protocol import (
    API_PREFIX,
    MAX_BUNDLE_UPLOAD,
    CardIssued,
    CardRequest,
    DeviceKeys,
    KeysResponse,
)
from sync.server import bundles, cards, keyring
from sync.server.db import reading, writing
from sync.server.http import ApiError, Device, body_schema, json_response, parse_body, read_body
from sync.server.permits import Actor
from sync.server.push import PushService
from sync.server.supervision_routes import acting

log = logging.getLogger(__name__)

PrintCard = Annotated[Actor, Depends(acting(Action.PRINT_CARD))]


def install(app: FastAPI, engine: Engine, pushes: PushService) -> None:
    @app.get(f"{API_PREFIX}/keys", response_model=KeysResponse)
    def keys(scope: Device, revoked_after: Annotated[int, Query(ge=0)] = 0) -> Response:
        with reading(engine) as conn:  # the keys exist since `registry init`
            return json_response(keyring.public_keys(conn, scope.district, revoked_after))

    @app.put(
        f"{API_PREFIX}/device-keys",
        response_model=DeviceKeys,
        openapi_extra=body_schema(DeviceKeys),
    )
    async def device_keys(request: Request, scope: Device) -> Response:
        raw, _ = await read_body(request)
        body = parse_body(DeviceKeys, raw)

        def register() -> None:
            with writing(engine) as conn:
                keyring.register_device_keys(conn, scope.device_id, body)

        try:
            await run_in_threadpool(register)
        except keyring.KeysDiffer:
            raise ApiError(
                409, "keys_differ", "this device registered other keys earlier"
            ) from None
        except ValueError:
            raise ApiError(
                422, "invalid_request", "signing_key, box_key: not public keys"
            ) from None
        return json_response(body)

    @app.post(
        f"{API_PREFIX}/cards", response_model=CardIssued, openapi_extra=body_schema(CardRequest)
    )
    async def issue(request: Request, actor: PrintCard) -> Response:
        raw, _ = await read_body(request)
        body = parse_body(CardRequest, raw)
        issuer = cards.Issuer(actor.user_id, actor.district, actor.office)
        today = datetime.now(UTC).date()

        def run() -> CardIssued:
            with writing(engine) as conn:
                return cards.issue_card(
                    conn, issuer, body.person_id, reprint=body.reprint, today=today
                )

        try:
            return json_response(await run_in_threadpool(run), 201)
        except cards.CardRefused as exc:
            raise ApiError(exc.status, exc.code, exc.message) from None

    @app.post(f"{API_PREFIX}/bundles")
    async def relay(request: Request, scope: Device) -> Response:
        data, _ = await read_body(request, limit=MAX_BUNDLE_UPLOAD)

        def run() -> bundles.Imported:
            return bundles.import_bundle(
                engine, pushes, data, by=f"device:{scope.device_id}", district=scope.district
            )

        try:
            imported = await run_in_threadpool(run)
        except BundleRefused as exc:
            raise ApiError(422, f"bundle_{exc.reason}", str(exc)) from None
        return Response(content=imported.reply, media_type="application/octet-stream")
