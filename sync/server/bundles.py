"""Bundles at the registry: a field laptop's changes, carried on a USB stick.

Whether an online counter relays the file (`POST /bundles`) or an operator runs
`onestop registry import-bundle FILE`, the bundle is checked (signed by the device it names,
with the keys that device registered; device not revoked; same district; encrypted to this
registry) before anything is decrypted, and its mutations then go through the ordinary push
path as that device, in device order. The push path is idempotent by mutation id and payload
hash, so a bundle imported twice, or whose changes the laptop later sent directly, changes
nothing the second time. The answer is a results bundle signed by the registry and encrypted
to the laptop.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass

from pydantic import ValidationError
from sqlalchemy import Engine, select

from sync import bundle
from sync.bundle import BundleRefused
from sync.protocol import MAX_PUSH_MUTATIONS, MutationResult, PushRequest
from sync.server import keyring, registry_audit, store
from sync.server import tables as t
from sync.server.apply import DeviceScope
from sync.server.db import reading, writing
from sync.server.push import PushService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Imported:
    bundle_id: str
    device_id: str
    statuses: dict[str, int]
    reply: bytes  # the results bundle for the laptop


def import_bundle(
    engine: Engine, pushes: PushService, data: bytes, *, by: str, district: str | None = None
) -> Imported:
    """Check, decrypt and apply one changes bundle. Raises `BundleRefused` with the reason;
    nothing is applied unless every check passed. `by` names who brought it (a relaying
    device or the operator's command); a relaying device may only bring its own district's."""
    header = bundle.read_header(data)
    device_id = header.device_id
    if header.kind != "changes" or device_id is None:
        raise BundleRefused("not_a_bundle", "not a device's changes bundle")
    with reading(engine) as conn:
        device = conn.execute(
            select(
                t.device.c.district,
                t.device.c.office,
                t.device.c.revoked_at,
                t.device.c.signing_key,
                t.device.c.box_key,
            ).where(t.device.c.id == device_id)
        ).first()
    if device is None or device.signing_key is None or device.box_key is None:
        raise BundleRefused("unknown_sender", "no keys on record for the device")
    if device.revoked_at is not None:
        raise BundleRefused("device_revoked", "the device that wrote the bundle is revoked")
    if header.district != device.district or (district is not None and district != device.district):
        raise BundleRefused("wrong_district", "the bundle belongs to another district")
    with reading(engine) as conn:
        ring = keyring.load(conn)
    opened, payload = bundle.open_bundle(
        data, sender_key=bundle.signing_public(device.signing_key), recipient=ring.box
    )
    try:
        mutations = PushRequest.model_validate(
            {"mutations": payload.get("mutations") if isinstance(payload, dict) else None}
        ).mutations
    except ValidationError:
        raise BundleRefused("damaged", "the bundle's changes are not valid mutations") from None
    except ValueError:
        raise BundleRefused("damaged", "the bundle's changes are not valid mutations") from None
    scope = DeviceScope(device_id, device.district, device.office)
    ordered = sorted(mutations, key=lambda m: m.device_seq)
    results: list[MutationResult] = []
    for start in range(0, len(ordered), MAX_PUSH_MUTATIONS):
        batch = ordered[start : start + MAX_PUSH_MUTATIONS]
        response = pushes.push(scope, PushRequest(mutations=batch), len(data))
        results.extend(response.results)
    statuses: dict[str, int] = dict(Counter(str(r.status) for r in results))
    reply = bundle.seal(
        "results",
        {"results": [r.model_dump(mode="json") for r in results]},
        sender="registry",
        district=device.district,
        created_at=store.now_iso(),
        manifest={"device_id": device_id, "count": len(results), "for_bundle": opened.bundle_id},
        signing_key=ring.signing,
        recipient=bundle.box_public(device.box_key),
    )
    with writing(engine) as conn:
        registry_audit.append(
            conn,
            actor=by,
            action="import_bundle",
            entity="bundle",
            entity_id=opened.bundle_id,
            detail={"device_id": device_id, "statuses": statuses},
        )
    log.info("bundle %s from device %s imported: %s", opened.bundle_id, device_id, statuses)
    return Imported(opened.bundle_id, device_id, statuses, reply)
