"""`registry ...`: run and administer the central registry (`main(argv)` returns the exit code).

Passwords are read from stdin (`--password-stdin`, one line) or asked for without echo, never
taken from the command line, where other users of the machine could see them.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import signal
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType

import uvicorn
from sqlalchemy import Engine

from forms.catalog import CatalogError
from sync.bundle import BundleRefused
from sync.server import (
    admin,
    audit_mirror,
    bundles,
    cards,
    day_text,
    operators,
    registry_audit,
    store,
    supervision,
)
from sync.server.db import make_engine, reading, sqlite_path, writing
from sync.server.seed import seed_district

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="registry", description="OneStop central registry")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("--db", required=True, help="sqlite:///file.db or postgresql+psycopg://…")
        return sub

    command("init", "create or upgrade the database schema")
    serve = command("serve", "run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8740, help="0 picks a free port")
    serve.add_argument("--data-dir", type=Path, help="where built snapshots are kept")
    user = command("add-user", "add a central user of a district")
    user.add_argument("--username", required=True)
    user.add_argument("--display-name", required=True)
    user.add_argument("--role", required=True, choices=admin.ROLES)
    user.add_argument("--district", required=True)
    user.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    for name, active in (("deactivate-user", False), ("activate-user", True)):
        toggle = command(name, f"mark a user {'active' if active else 'inactive'}")
        toggle.add_argument("--username", required=True)
    code = command("enrol-device", "print a one-time enrolment code for a new device")
    code.add_argument("--district", required=True)
    code.add_argument("--office")
    code.add_argument("--valid-hours", type=float, default=24.0)
    revoke = command("revoke-device", "refuse a device from now on")
    revoke.add_argument("--device", required=True)
    seed = command("seed", "load a synthetic district")
    seed.add_argument("--district", required=True)
    seed.add_argument("--persons", type=int, required=True)
    seed.add_argument("--seed", type=int, default=1)
    publish = command("publish-catalog", "validate and publish a scheme catalog to every district")
    publish.add_argument("file", type=Path)
    command("new-epoch", "start a new epoch after restoring a backup (devices re-push)")
    prune = command("prune", "drop old change-log entries, keeping the newest N per district")
    prune.add_argument("--keep", type=int, required=True)
    operator = command("add-operator", "add a registry operator; prints their token once")
    operator.add_argument("name")
    revoke_op = command("revoke-operator", "refuse a registry operator's token from now on")
    revoke_op.add_argument("name")
    day = command("day", "what the registry received from one office on one day")
    day.add_argument("--district", required=True)
    day.add_argument("--office", required=True)
    day.add_argument("--date", required=True, help="YYYY-MM-DD")
    day.add_argument("--json", action="store_true", help="print the DayReport as JSON")
    command("audit-verify", "check every mirrored device audit chain and the registry's own")
    bundle_cmd = command("import-bundle", "apply a field laptop's bundle; writes the results file")
    bundle_cmd.add_argument("file", type=Path)
    bundle_cmd.add_argument("--out", type=Path, help="results bundle (default: next to FILE)")
    card_cmd = command("revoke-card", "revoke one card (lost, stolen, issued in error)")
    card_cmd.add_argument("card_id")
    card_cmd.add_argument("--reason", default="revoked by the operator")
    return parser


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise admin.AdminError("the passwords differ")
    return first


def snapshot_dir(db_url: str, given: Path | None) -> Path:
    """Snapshots live next to an SQLite file unless a folder is given."""
    if given is not None:
        return given
    path = sqlite_path(db_url)
    if path is not None:
        return path.with_name(path.name + ".snapshots")
    return Path.cwd() / "registry-snapshots"


def serve(db_url: str, host: str, port: int, data_dir: Path | None) -> int:
    from sync.server.app import create_app  # noqa: PLC0415 - only `serve` needs FastAPI loaded

    engine = make_engine(db_url)
    admin.init_registry(engine)
    app = create_app(engine, snapshot_dir(db_url, data_dir))
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    bound = listener.getsockname()[1]
    config = uvicorn.Config(app, log_config=None, access_log=False, timeout_graceful_shutdown=10)
    server = uvicorn.Server(config)

    def stop(_signum: int, _frame: FrameType | None) -> None:
        server.should_exit = True

    # uvicorn handles SIGINT/SIGTERM itself while running; this covers the short start-up.
    signal.signal(signal.SIGTERM, stop)
    _say(f"registry listening on http://{host}:{bound}")
    log.info("registry listening on %s:%d", host, bound)
    try:
        server.run(sockets=[listener])
    finally:
        listener.close()
        engine.dispose()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `onestop registry ...` (and `python -m sync.server ...`)."""
    args = _parser().parse_args(argv)
    if not logging.getLogger().handlers:
        # Alembic announces every check at INFO; an operator only needs to hear of problems.
        logging.getLogger("alembic").setLevel(logging.WARNING)
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    try:
        return _run(args)
    except (admin.AdminError, operators.OperatorError, CatalogError) as exc:
        sys.stderr.write(f"registry: {exc}\n")
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        return serve(args.db, args.host, args.port, args.data_dir)
    engine = make_engine(args.db)
    try:
        epoch = admin.init_registry(engine)
        if args.command in _SUPERVISION:
            return _SUPERVISION[args.command](engine, args)
        _administer(engine, args, epoch)
    finally:
        engine.dispose()
    return 0


def _administer(engine: Engine, args: argparse.Namespace, epoch: str) -> None:
    """The commands that print one line of what they did."""
    if args.command == "init":
        _say(f"registry database ready (epoch {epoch})")
    elif args.command == "add-user":
        user_id = admin.add_user(
            engine,
            username=args.username,
            display_name=args.display_name,
            role=args.role,
            district=args.district,
            password=_password(args.password_stdin),
        )
        _say(f"user {args.username} added ({user_id})")
    elif args.command in {"deactivate-user", "activate-user"}:
        admin.set_user_active(engine, args.username, args.command == "activate-user")
        _say(f"user {args.username} {args.command.split('-')[0]}d")
    elif args.command == "enrol-device":
        code = admin.create_enrol_code(engine, args.district, args.office, args.valid_hours)
        _say(code)
    elif args.command == "revoke-device":
        admin.revoke_device(engine, args.device)
        _say(f"device {args.device} revoked")
    elif args.command == "seed":
        report = seed_district(engine, args.district, args.persons, seed=args.seed)
        rate = report.persons / report.seconds if report.seconds else 0.0
        _say(
            f"seeded {report.persons} persons in {report.households} households"
            f" in {report.seconds:.1f} s ({rate:,.0f} persons/s)"
        )
    elif args.command == "publish-catalog":
        text = args.file.read_text(encoding="utf-8")
        published = admin.publish_catalog(engine, text, args.file.name)
        _say(f"catalog {published.name} version {published.version} published")
    elif args.command == "new-epoch":
        _say(f"new epoch {admin.new_epoch(engine)}")
    elif args.command == "prune":
        for district, floor in admin.prune(engine, args.keep).items():
            _say(f"{district}: change log kept after {floor}")


# -- operators and the supervisor's day -----------------------------------------------------------


def _add_operator(engine: Engine, args: argparse.Namespace) -> int:
    token = operators.add_operator(engine, args.name)
    _say(f"operator {args.name.strip()} added; their token (shown once): {token}")
    return 0


def _revoke_operator(engine: Engine, args: argparse.Namespace) -> int:
    operators.revoke_operator(engine, args.name)
    _say(f"operator {args.name} revoked")
    return 0


def _day(engine: Engine, args: argparse.Namespace) -> int:
    try:
        day = supervision.parse_day(args.date)
    except ValueError:
        raise admin.AdminError("--date must be a date written YYYY-MM-DD") from None
    with reading(engine, repeatable=True) as conn:
        report = supervision.day_report(conn, args.district, args.office, day)
    _say(report.model_dump_json(indent=2) if args.json else day_text.render(report))
    return 0


def _audit_verify(engine: Engine, _args: argparse.Namespace) -> int:
    """One line per chain; exit 1 when any is broken."""
    with reading(engine, repeatable=True) as conn:
        chains = [
            (f"device {chain.device_id} ({chain.device_name})", chain.report)
            for chain in audit_mirror.verify_devices(conn)
        ]
        chains.append(("registry", registry_audit.verify_registry(conn)))
    for label, report in chains:
        if report.whole:
            _say(f"{label}: whole ({report.entries} entries)")
        else:
            _say(
                f"{label}: broken at seq {report.broken_at} ({report.reason});"
                f" {report.entries} entries hold before it"
            )
    return 0 if all(report.whole for _, report in chains) else 1


def _import_bundle(engine: Engine, args: argparse.Namespace) -> int:
    from sync.server.push import PushService  # noqa: PLC0415 - loads the forms; only needed here
    from sync.server.validation import Forms  # noqa: PLC0415

    out = args.out or args.file.with_name(args.file.name.split(".")[0] + RESULTS_SUFFIX)
    try:
        data = args.file.read_bytes()
        imported = bundles.import_bundle(
            engine, PushService(engine, Forms.load()), data, by="operator:cli"
        )
    except BundleRefused as exc:
        sys.stderr.write(f"registry: bundle refused ({exc.reason}): nothing was applied\n")
        return 1
    except OSError as exc:
        raise admin.AdminError(f"cannot read {args.file}: {exc.strerror}") from None
    out.write_bytes(imported.reply)
    counts = ", ".join(f"{n} {status}" for status, n in sorted(imported.statuses.items()))
    _say(f"bundle {imported.bundle_id} from device {imported.device_id}: {counts or 'empty'}")
    _say(f"results for the laptop written to {out}")
    return 0


def _revoke_card(engine: Engine, args: argparse.Namespace) -> int:
    with writing(engine) as conn:
        done = cards.revoke(
            conn, args.card_id, reason=args.reason, actor="operator:cli", at=store.now_iso()
        )
    if not done:
        raise admin.AdminError(f"card {args.card_id} is unknown or already revoked")
    _say(f"card {args.card_id} revoked; counters learn it at their next sync")
    return 0


RESULTS_SUFFIX = ".results.onestop-bundle"

_SUPERVISION: dict[str, Callable[[Engine, argparse.Namespace], int]] = {
    "import-bundle": _import_bundle,
    "revoke-card": _revoke_card,
    "add-operator": _add_operator,
    "revoke-operator": _revoke_operator,
    "day": _day,
    "audit-verify": _audit_verify,
}
