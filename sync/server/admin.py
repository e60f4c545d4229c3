"""Operator actions on the registry (the `registry` commands) and device enrolment.

Each action that changes who or what may talk to the registry, or what it hands out, is
also written to the registry's own audit chain (`registry_audit`), in the same transaction.
`actor` names who did it: `cli` for the `registry` commands.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from forms.catalog import parse_catalog
from forms.roles import DEVICE_ROLES
from sync.protocol import EnrolResponse, RegnoBlock
from sync.sealed import seal_user_key
from sync.server import auth, keyring, registry_audit, store
from sync.server import tables as t
from sync.server.db import migrate, writing
from sync.server.snapshots import announce_catalog

REGNO_BLOCK_SIZE = 10_000
DEFAULT_COUNTRY = "PK"
# Central users work on devices; registry operators have tokens of their own (`operators`).
ROLES = tuple(role.value for role in DEVICE_ROLES)
CLI = registry_audit.CLI_ACTOR


class AdminError(Exception):
    """An operator action refused, with the reason for the operator."""


class EnrolRefused(Exception):
    """The enrolment code is unknown, used or expired."""


def init_registry(engine: Engine) -> str:
    """Create or upgrade the schema and make sure there is an epoch and the registry's keys;
    returns the epoch."""
    migrate(engine)
    with writing(engine) as conn:
        keyring.load(conn)
        epoch = store.get_meta(conn, "epoch")
        if epoch is None:
            epoch = store.new_id()
            store.set_meta(conn, "epoch", epoch)
            store.set_meta(conn, "country", DEFAULT_COUNTRY)
        store.insert_ignore(conn, t.counter, {"name": "regno", "value": 0})
        registry_audit.ensure_head(conn)
    return epoch


# A restored registry has forgotten the registry-number blocks it handed out after the backup;
# devices still hold them. Skipping this many serials keeps new blocks clear of those (a
# thousand blocks of 10,000: far more than a district hands out between two backups).
EPOCH_REGNO_GAP = 10_000_000


def new_epoch(engine: Engine) -> str:
    """After restoring a backup: a new epoch, so devices re-push what they had acknowledged,
    and a jump in the registry-number counter past whatever blocks the backup forgot."""
    with writing(engine) as conn:
        epoch = store.new_id()
        store.set_meta(conn, "epoch", epoch)
        conn.execute(
            update(t.counter)
            .where(t.counter.c.name == "regno")
            .values(value=t.counter.c.value + EPOCH_REGNO_GAP)
        )
    return epoch


# -- registry numbers ---------------------------------------------------------------------------


def allocate_serials(
    conn: Connection, count: int, device_id: str | None, purpose: str
) -> RegnoBlock:
    """A fresh range of registry serials from the one global counter (ranges never overlap:
    the counter row's update serialises concurrent allocations)."""
    last = conn.execute(
        update(t.counter)
        .where(t.counter.c.name == "regno")
        .values(value=t.counter.c.value + count)
        .returning(t.counter.c.value)
    ).scalar_one()
    block = RegnoBlock(start=int(last) - count + 1, end=int(last))
    conn.execute(
        insert(t.regno_block).values(
            start=block.start,
            last=block.end,
            device_id=device_id,
            purpose=purpose,
            issued_at=store.now_iso(),
        )
    )
    return block


def regno_block(engine: Engine, device_id: str) -> RegnoBlock:
    with writing(engine) as conn:
        return allocate_serials(conn, REGNO_BLOCK_SIZE, device_id, "device")


# -- devices ------------------------------------------------------------------------------------


def create_enrol_code(
    engine: Engine, district: str, office: str | None, valid_hours: float, actor: str = CLI
) -> str:
    if valid_hours <= 0:
        raise AdminError("--valid-hours must be positive")
    code = auth.new_code()
    now = datetime.now(UTC)
    expires = (now + timedelta(hours=valid_hours)).isoformat()
    with writing(engine) as conn:
        conn.execute(
            insert(t.enrol_code).values(
                code_hash=auth.secret_hash(auth.normalise_code(code)),
                district=district,
                office=office,
                created_at=now.isoformat(),
                expires_at=expires,
            )
        )
        registry_audit.append(
            conn,
            actor=actor,
            action="issue_enrol_code",
            entity="district",
            entity_id=district,
            detail={"office": office, "expires_at": expires},
        )
    return code


def enrol(engine: Engine, code: str, device_name: str, office: str) -> EnrolResponse:
    """Use a one-time code: a new device bound to the code's district, with its token."""
    code_hash = auth.secret_hash(auth.normalise_code(code))
    token, device_id = auth.new_token(), store.new_id()
    now = datetime.now(UTC)
    with writing(engine) as conn:
        found = conn.execute(
            select(t.enrol_code).where(t.enrol_code.c.code_hash == code_hash)
        ).first()
        if found is None or found.used_at is not None:
            raise EnrolRefused("this enrolment code is unknown or was used already")
        if datetime.fromisoformat(found.expires_at) <= now:
            raise EnrolRefused("this enrolment code has expired")
        claimed = conn.execute(
            update(t.enrol_code)
            .where(t.enrol_code.c.code_hash == code_hash, t.enrol_code.c.used_at.is_(None))
            .values(used_at=now.isoformat(), device_id=device_id)
        )
        if claimed.rowcount != 1:  # another enrolment took the code a moment ago
            raise EnrolRefused("this enrolment code is unknown or was used already")
        office = found.office or office
        conn.execute(
            insert(t.device).values(
                id=device_id,
                name=device_name,
                district=found.district,
                office=office,
                token_hash=auth.secret_hash(token),
                enrolled_at=now.isoformat(),
                next_seq=1,
            )
        )
        store.lock_district(conn, found.district)
        _announce_missing_catalogs(conn, found.district)
        block = allocate_serials(conn, REGNO_BLOCK_SIZE, device_id, "device")
        registry_audit.append(
            conn,
            actor=f"device:{device_id}",
            action="enrol_device",
            entity="device",
            entity_id=device_id,
            detail={"district": found.district, "office": office},
        )
        return EnrolResponse(
            device_id=device_id,
            token=token,
            district=found.district,
            country=store.get_meta(conn, "country") or DEFAULT_COUNTRY,
            office=office,
            epoch=store.current_epoch(conn),
            regno_block=block,
        )


def _announce_missing_catalogs(conn: Connection, district: str) -> None:
    announced = set(
        conn.execute(
            select(t.catalog_seq.c.name).where(t.catalog_seq.c.district == district)
        ).scalars()
    )
    newest = conn.execute(
        select(t.catalog.c.name, func.max(t.catalog.c.version)).group_by(t.catalog.c.name)
    ).all()
    for name, version in newest:
        if name not in announced:
            announce_catalog(conn, district, name, int(version))


def revoke_device(engine: Engine, device_id: str, actor: str = CLI) -> None:
    with writing(engine) as conn:
        done = conn.execute(
            update(t.device)
            .where(t.device.c.id == device_id, t.device.c.revoked_at.is_(None))
            .values(revoked_at=store.now_iso())
        )
        if done.rowcount == 0:
            exists = conn.execute(select(t.device.c.id).where(t.device.c.id == device_id)).first()
            if exists is None:
                raise AdminError(f"no device {device_id}")
            return
        registry_audit.append(
            conn, actor=actor, action="revoke_device", entity="device", entity_id=device_id
        )


# -- users --------------------------------------------------------------------------------------


def add_user(  # noqa: PLR0913 - every field of a user, named at the call
    engine: Engine,
    *,
    username: str,
    display_name: str,
    role: str,
    district: str,
    password: str,
    actor: str = CLI,
) -> str:
    """A central user of a district; devices of the district receive it in their next pull."""
    if role not in ROLES:
        raise AdminError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise AdminError("the password must have at least 8 characters")
    user_id = store.new_id()
    sealed = seal_user_key(user_id, password)
    now = store.now_iso()
    with writing(engine) as conn:
        taken = conn.execute(
            select(t.central_user.c.id).where(t.central_user.c.username == username)
        ).first()
        if taken is not None:
            raise AdminError(f"the username {username!r} is taken")
        store.lock_district(conn, district)
        seq = store.record_change(conn, district, "user", user_id, version=1, previous_seq=None)
        conn.execute(
            insert(t.central_user).values(
                id=user_id,
                username=username,
                display_name=display_name,
                role=role,
                district=district,
                active=1,
                version=1,
                sealed=sealed.model_dump_json(),
                created_at=now,
                updated_at=now,
                seq=seq,
            )
        )
        registry_audit.append(
            conn,
            actor=actor,
            action="add_user",
            entity="user",
            entity_id=user_id,
            detail={"role": role, "district": district},
        )
    return user_id


def set_user_active(engine: Engine, username: str, active: bool, actor: str = CLI) -> None:
    with writing(engine) as conn:
        found = conn.execute(
            select(t.central_user).where(t.central_user.c.username == username)
        ).first()
        if found is None:
            raise AdminError(f"no user {username!r}")
        store.lock_district(conn, found.district)
        version = int(found.version) + 1
        seq = store.record_change(
            conn, found.district, "user", found.id, version=version, previous_seq=found.seq
        )
        conn.execute(
            update(t.central_user)
            .where(t.central_user.c.id == found.id)
            .values(active=int(active), version=version, seq=seq, updated_at=store.now_iso())
        )
        registry_audit.append(
            conn,
            actor=actor,
            action="activate_user" if active else "deactivate_user",
            entity="user",
            entity_id=found.id,
        )


# -- catalogs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Published:
    name: str
    version: int
    districts: int


def publish_catalog(engine: Engine, text: str, source: str, actor: str = CLI) -> Published:
    """Validate a scheme catalog (CatalogError says what is wrong) and send it to every district."""
    parsed = parse_catalog(text, source)
    with writing(engine) as conn:
        newest = conn.execute(
            select(func.max(t.catalog.c.version)).where(t.catalog.c.name == parsed.id)
        ).scalar_one_or_none()
        if newest is not None and parsed.version <= int(newest):
            raise AdminError(
                f"catalog {parsed.id!r} version {parsed.version} is not newer than the"
                f" published version {newest}"
            )
        conn.execute(
            insert(t.catalog).values(
                name=parsed.id, version=parsed.version, yaml=text, published_at=store.now_iso()
            )
        )
        # Locks in name order: two writers taking several district locks cannot deadlock.
        names = store.districts(conn)
        for district in names:
            store.lock_district(conn, district)
            announce_catalog(conn, district, parsed.id, parsed.version)
        registry_audit.append(
            conn,
            actor=actor,
            action="publish_catalog",
            entity="catalog",
            entity_id=parsed.id,
            detail={"version": parsed.version, "districts": len(names)},
        )
    return Published(parsed.id, parsed.version, len(names))


# -- change-log retention -------------------------------------------------------------------------


def prune(engine: Engine, keep: int) -> dict[str, int]:
    """Keep the newest `keep` change-log entries per district; returns each new floor."""
    if keep < 0:
        raise AdminError("--keep must be 0 or more")
    floors: dict[str, int] = {}
    with writing(engine) as conn:
        for district in store.districts(conn):
            seq = store.lock_district(conn, district)
            cutoff = seq
            if keep > 0:
                kept = conn.execute(
                    select(t.change_log.c.seq)
                    .where(t.change_log.c.district == district)
                    .order_by(t.change_log.c.seq.desc())
                    .offset(keep - 1)
                    .limit(1)
                ).scalar_one_or_none()
                cutoff = int(kept) - 1 if kept is not None else 0
            _, floor = store.district_seq(conn, district)
            if cutoff > floor:
                conn.execute(
                    delete(t.change_log).where(
                        t.change_log.c.district == district, t.change_log.c.seq <= cutoff
                    )
                )
                conn.execute(
                    update(t.district_state)
                    .where(t.district_state.c.district == district)
                    .values(floor=cutoff)
                )
                floor = cutoff
            floors[district] = floor
    return floors


# -- supervisor actions -------------------------------------------------------------------------


def merge_person(engine: Engine, person_id: str, into: str) -> int:
    """Mark `person_id` as merged into `into` (same district); returns its new version."""
    with writing(engine) as conn:
        district = conn.execute(
            select(t.person.c.district).where(t.person.c.id == person_id)
        ).scalar_one_or_none()
        if district is not None:
            store.lock_district(conn, district)
        found = conn.execute(select(t.person).where(t.person.c.id == person_id)).first()
        target = conn.execute(select(t.person.c.district).where(t.person.c.id == into)).first()
        if found is None or target is None or target.district != found.district:
            raise AdminError("both persons must exist in the same district")
        version = int(found.version) + 1
        seq = store.record_change(
            conn, found.district, "person", person_id, version=version, previous_seq=found.seq
        )
        conn.execute(
            update(t.person)
            .where(t.person.c.id == person_id)
            .values(
                status="merged",
                merged_into=into,
                version=version,
                seq=seq,
                updated_at=store.now_iso(),
            )
        )
        store.adjust_digest(conn, found.district, "person", person_id, int(found.version), version)
        store.record_incident(
            conn,
            "person_merged",
            device_id=None,
            mutation_id=None,
            detail={"person": person_id, "into": into},
        )
    return version
