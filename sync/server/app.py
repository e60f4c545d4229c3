"""The registry's HTTP API (`/api/v1`, OpenAPI at `/api/v1/openapi.json`).

Request bodies are read by `http.read_body`, not by FastAPI: the size is capped before and
after gzip decompression (a small gzip body can expand a thousandfold), and every refusal is an
`ErrorBody` with a 4xx status, never a 5xx, with nothing written. Database work runs in the
thread pool; large answers are serialised once with pydantic and sent as bytes. The
supervisor's day has its routes in `supervision_routes`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from sync.protocol import (
    API_PREFIX,
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    ChangesPage,
    DigestResponse,
    EnrolRequest,
    EnrolResponse,
    HealthResponse,
    PushRequest,
    PushResponse,
    RegnoBlock,
    RowsRequest,
    RowsResponse,
    SnapshotManifest,
    UsersResponse,
    VersionsResponse,
)
from sync.server import admin, card_routes, store, supervision_routes
from sync.server.db import reading, writing
from sync.server.http import (
    ApiError,
    Device,
    body_schema,
    error_response,
    json_response,
    parse_body,
    read_body,
)
from sync.server.pull import PullService, ResyncNeeded
from sync.server.push import PushService
from sync.server.snapshots import SnapshotGone, SnapshotStore
from sync.server.validation import Forms

log = logging.getLogger(__name__)
TableName = Annotated[str, PathParam(pattern="^(household|person|enrolment)$")]


class _CompressExceptChunks:
    """gzip answers for clients that accept it, except snapshot chunks: those are gzip bytes
    already and must arrive exactly as hashed in the manifest."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=1024, compresslevel=5)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "/chunks/" in scope.get("path", ""):
            await self.app(scope, receive, send)
        else:
            await self.gzip(scope, receive, send)


def create_app(engine: Engine, snapshot_dir: Path) -> FastAPI:
    """The API over one database; `snapshot_dir` keeps built snapshot chunks."""
    forms = Forms.load()
    pushes = PushService(engine, forms)
    pulls = PullService(engine)
    snapshots = SnapshotStore(engine, snapshot_dir)
    app = FastAPI(
        title="OneStop central registry",
        version="1",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.engine = engine
    app.add_middleware(_CompressExceptChunks)
    _install_error_handlers(app)

    @app.get(f"{API_PREFIX}/health", response_model=HealthResponse)
    def health() -> Response:
        with reading(engine) as conn:
            return json_response(HealthResponse(status="ok", epoch=store.current_epoch(conn)))

    _exchange_routes(app, engine, pushes, pulls)
    _download_routes(app, engine, pulls, snapshots)
    supervision_routes.install(app, engine, forms)
    card_routes.install(app, engine, pushes)
    return app


def _exchange_routes(app: FastAPI, engine: Engine, pushes: PushService, pulls: PullService) -> None:
    """Enrolment, push, pull, registry numbers, users."""

    @app.post(
        f"{API_PREFIX}/enrol",
        response_model=EnrolResponse,
        openapi_extra=body_schema(EnrolRequest),
    )
    async def enrol(request: Request) -> Response:
        raw, _ = await read_body(request)
        body = parse_body(EnrolRequest, raw)
        try:
            answer = await run_in_threadpool(
                admin.enrol, engine, body.code, body.device_name, body.office
            )
        except admin.EnrolRefused as exc:
            raise ApiError(403, "enrol_refused", str(exc)) from None
        log.info("device enrolled device=%s district=%s", answer.device_id, answer.district)
        return json_response(answer)

    @app.post(
        f"{API_PREFIX}/push", response_model=PushResponse, openapi_extra=body_schema(PushRequest)
    )
    async def push(request: Request, scope: Device) -> Response:
        raw, size = await read_body(request)
        body = parse_body(PushRequest, raw)
        return json_response(await run_in_threadpool(pushes.push, scope, body, size))

    @app.get(f"{API_PREFIX}/changes", response_model=ChangesPage)
    def changes(
        scope: Device,
        epoch: Annotated[str, Query(max_length=64)] = "",
        after: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
    ) -> Response:
        try:
            page = pulls.changes(scope.device_id, scope.district, epoch, after, limit)
        except ResyncNeeded as exc:
            raise ApiError(410, "resync", str(exc)) from None
        return json_response(page)

    @app.post(f"{API_PREFIX}/regno-blocks", response_model=RegnoBlock)
    def regno_blocks(scope: Device) -> Response:
        return json_response(admin.regno_block(engine, scope.device_id))

    @app.get(f"{API_PREFIX}/users", response_model=UsersResponse)
    def users(scope: Device) -> Response:
        return json_response(pulls.users(scope.district))


def _download_routes(
    app: FastAPI, engine: Engine, pulls: PullService, snapshots: SnapshotStore
) -> None:
    """First download and the divergence check: snapshots, digest, versions, rows."""

    @app.post(f"{API_PREFIX}/snapshots", response_model=SnapshotManifest)
    def snapshot(scope: Device) -> Response:
        started = store.now_iso()
        manifest = snapshots.manifest(scope.district)
        with writing(engine) as conn:
            session = store.Session(
                device_id=scope.device_id,
                kind="snapshot",
                started_at=started,
                bytes_out=sum(chunk.bytes for chunk in manifest.chunks),
                counts=manifest.tables,
                cursor_after=manifest.cursor,
            )
            store.record_session(conn, session)
        return json_response(manifest)

    @app.get(
        f"{API_PREFIX}/snapshots/{{snapshot_id}}/chunks/{{index}}",
        response_class=Response,
        responses={200: {"content": {"application/octet-stream": {}}}},
    )
    def chunk(
        scope: Device, snapshot_id: Annotated[str, PathParam(max_length=64)], index: int
    ) -> Response:
        try:
            data = snapshots.chunk(scope.district, snapshot_id, index)
        except SnapshotGone as exc:
            raise ApiError(404, "snapshot_gone", str(exc)) from None
        return Response(content=data, media_type="application/octet-stream")

    @app.get(f"{API_PREFIX}/digest", response_model=DigestResponse)
    def digest(scope: Device) -> Response:
        return json_response(pulls.digest(scope.district))

    @app.get(f"{API_PREFIX}/versions/{{table}}", response_model=VersionsResponse)
    def versions(scope: Device, table: TableName) -> Response:
        return json_response(pulls.versions(scope.district, table))

    @app.post(
        f"{API_PREFIX}/rows", response_model=RowsResponse, openapi_extra=body_schema(RowsRequest)
    )
    async def rows(request: Request, scope: Device) -> Response:
        raw, _ = await read_body(request)
        body = parse_body(RowsRequest, raw)
        return json_response(await run_in_threadpool(pulls.rows, scope.district, body))


def _install_error_handlers(app: FastAPI) -> None:
    async def api_error(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return error_response(exc.status, exc.code, exc.message)

    async def bad_request(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(part) for part in first["loc"])
        return error_response(422, "invalid_request", f"{where}: {first['msg']}")

    async def http_error(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return error_response(exc.status_code, "http_error", str(exc.detail))

    async def crash(_request: Request, exc: Exception) -> Response:
        log.error("unexpected error: %s", type(exc).__name__, exc_info=exc)
        return error_response(
            500, "internal_error", "the registry failed; the request can be retried"
        )

    handlers: dict[type[Exception], Callable[[Request, Exception], Awaitable[Response]]] = {
        ApiError: api_error,
        RequestValidationError: bad_request,
        StarletteHTTPException: http_error,
        Exception: crash,
    }
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)
