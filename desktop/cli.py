"""The `onestop` command. Alone it opens the desktop app; subcommands do the rest.

Qt is imported only when the app itself is opened, so `onestop bench` and the other
subcommands run on machines (and CI steps) without a display.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence
from pathlib import Path

LANGUAGES = ("en", "ur", "km")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onestop",
        description=(
            "OneStop: counter software for social protection one-stop shops. "
            "Run without a command to open the desktop application."
        ),
    )
    parser.add_argument("--data-dir", type=Path, help="folder of the encrypted local cache")
    parser.add_argument("--language", choices=LANGUAGES, help="language of the interface")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen (throw-away encrypted cache) and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("app", help="open the desktop application (the default)")

    bench = commands.add_parser(
        "bench", help="build a synthetic encrypted district and measure the counter's speed"
    )
    bench.add_argument("--persons", type=int, default=1_000_000, help="district size (1,000,000)")
    bench.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    bench.add_argument("--queries", type=int, default=300, help="queries per measured operation")
    bench.add_argument("--workdir", type=Path, help="where to build the cache (a temporary folder)")
    bench.add_argument("--seed", type=int, default=20261122, help="random seed of the district")

    bench.add_argument(
        "--postgres", help="also measure registry ingest on this PostgreSQL admin URL"
    )
    bench.add_argument(
        "--skip-sync", action="store_true", help="only the counter figures, no registry"
    )

    for name, text in (
        ("demo-setup", "set up a local registry with a synthetic district and an enrolled cache"),
        ("demo", "set up the demo if needed, start its registry and open the app against it"),
    ):
        demo = commands.add_parser(name, help=text)
        demo.add_argument("--root", type=Path, help="demo folder (default: ./.demo)")
        demo.add_argument("--persons", type=int, default=20_000, help="persons to generate")
        demo.add_argument("--force", action="store_true", help="replace an existing demo")

    commands.add_parser(
        "self-test", help="same as --self-test: check this installation offscreen and exit"
    )

    audit = commands.add_parser(
        "audit", help="check this computer's audit trail (hash chain) and report the first break"
    )
    audit.add_argument("action", choices=("verify",))
    audit.add_argument("--username", required=True, help="a user of this cache")
    audit.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )

    registry = commands.add_parser(
        "registry",
        help="the central registry service: init, serve, add-user, enrol-device, seed, ...",
        add_help=False,
    )
    registry.add_argument("registry_args", nargs=argparse.REMAINDER)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # In a frozen bundle a spawned worker process (coverage, search index) re-enters here:
    # this turns it into the worker instead of a second copy of the app.
    multiprocessing.freeze_support()
    parser = build_parser()
    args = parser.parse_args(argv)
    command = "self-test" if args.self_test else args.command or "app"
    if command == "self-test":
        from desktop.selftest import run_self_test  # noqa: PLC0415 - Qt only when needed

        return run_self_test()
    if command == "bench":
        from sync.bench import run_bench  # noqa: PLC0415 - keep start-up light

        return run_bench(
            persons=args.persons,
            queries=args.queries,
            json_path=args.json,
            workdir=args.workdir,
            seed=args.seed,
            postgres=args.postgres,
            sync=not args.skip_sync,
        )
    if command == "registry":
        from sync.server.cli import main as registry_main  # noqa: PLC0415 - server deps

        return registry_main(list(args.registry_args))
    if command == "audit":
        return _audit_verify(args)
    if command in ("demo-setup", "demo"):
        return _demo(args, open_app=command == "demo")
    from desktop.app import run  # noqa: PLC0415 - Qt only when the app is opened

    return int(run(args.data_dir, args.language))


def _audit_verify(args: argparse.Namespace) -> int:
    """0 when the chain is whole, 1 with the first broken entry, 2 when the cache won't open."""
    import getpass  # noqa: PLC0415

    from desktop.settings import default_data_dir  # noqa: PLC0415
    from sync.replica import audit  # noqa: PLC0415
    from sync.replica.cache import Replica  # noqa: PLC0415
    from sync.replica.errors import ReplicaError  # noqa: PLC0415

    password = (
        sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
    )
    try:
        replica = Replica.open(args.data_dir or default_data_dir(), args.username, password)
    except ReplicaError as exc:
        sys.stderr.write(f"{exc.user_message}\n")
        return 2
    try:
        report = audit.verify(replica.db)
    finally:
        replica.close()
    if report.whole:
        sys.stdout.write(f"audit trail whole: {report.entries} entries\n")
        return 0
    sys.stdout.write(
        f"audit trail broken at entry {report.broken_at}: {report.reason}"
        f" ({report.entries} entries before it are intact)\n"
    )
    return 1


def _demo(args: argparse.Namespace, *, open_app: bool) -> int:
    from sync.demo import registry_for_demo, setup_demo  # noqa: PLC0415

    done = setup_demo(root=args.root, persons=args.persons, force=args.force)
    if done != 0 or not open_app:
        return done
    from desktop.app import run  # noqa: PLC0415 - Qt only when the app is opened

    registry, cache = registry_for_demo(args.root)
    with registry:
        return int(run(cache, args.language))


if __name__ == "__main__":
    sys.exit(main())
