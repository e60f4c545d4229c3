"""The registry's own keys and the devices' public keys.

Three key pairs, made once (at `registry init` or first use) and kept in `registry_meta`:
Ed25519 to sign results bundles, X25519 that bundles are encrypted to, and Ed25519 to issue
cards (`sync.credentials`). Their public halves go to every device through `GET /keys`,
with the card revocations, so a counter can check a bundle or a card with no connection.

The private keys live in the registry's database, which is the registry's trust store: the
same backups and access rules protect both. A deployment that keeps keys in a hardware module
replaces `private_key` here and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Connection, select, update

from sync import bundle
from sync.protocol import DeviceKeys, IssuerKey, KeysResponse
from sync.server import store
from sync.server import tables as t

SIGNING = "bundle_signing_key"
BOX = "bundle_box_key"
ISSUER = "card_issuer_key"


class KeysDiffer(Exception):
    """A device tried to replace the public keys it registered earlier."""


@dataclass(frozen=True)
class Keyring:
    signing: Ed25519PrivateKey
    box: X25519PrivateKey
    issuer: Ed25519PrivateKey

    @property
    def issuer_key_id(self) -> str:
        return bundle.key_id(self.issuer.public_key())


def load(conn: Connection) -> Keyring:
    """The registry's keys. `registry init` (and `serve`, which runs it) makes them; a
    database that somehow lacks them gets them here, inside the caller's write transaction."""
    makers: dict[str, Callable[[], str]] = {
        SIGNING: lambda: bundle.private_text(Ed25519PrivateKey.generate()),
        BOX: lambda: bundle.private_text(X25519PrivateKey.generate()),
        ISSUER: lambda: bundle.private_text(Ed25519PrivateKey.generate()),
    }
    texts: dict[str, str] = {}
    for name, make in makers.items():
        found = store.get_meta(conn, name)
        if found is None:
            found = make()
            store.set_meta(conn, name, found)
        texts[name] = found
    return Keyring(
        signing=bundle.signing_private(texts[SIGNING]),
        box=bundle.box_private(texts[BOX]),
        issuer=bundle.signing_private(texts[ISSUER]),
    )


def public_keys(conn: Connection, district: str, revoked_after: int) -> KeysResponse:
    ring = load(conn)
    rows = conn.execute(
        select(t.card.c.card_id, t.card.c.revocation_serial)
        .where(t.card.c.district == district)
        .where(t.card.c.revocation_serial > revoked_after)
        .order_by(t.card.c.revocation_serial)
    ).all()
    through = max([revoked_after, *(int(r.revocation_serial) for r in rows)])
    return KeysResponse(
        registry_signing_key=bundle.public_text(ring.signing.public_key()),
        registry_box_key=bundle.public_text(ring.box.public_key()),
        issuer_keys=[
            IssuerKey(
                key_id=ring.issuer_key_id, public_key=bundle.public_text(ring.issuer.public_key())
            )
        ],
        revoked_cards=[str(r.card_id) for r in rows],
        revocations_through=through,
    )


def register_device_keys(conn: Connection, device_id: str, keys: DeviceKeys) -> None:
    """Record a device's public keys once; the same keys again is fine, others refused."""
    bundle.signing_public(keys.signing_key)  # refuse what is not a key before storing it
    bundle.box_public(keys.box_key)
    row = conn.execute(
        select(t.device.c.signing_key, t.device.c.box_key).where(t.device.c.id == device_id)
    ).one()
    if row.signing_key is not None:
        if (row.signing_key, row.box_key) != (keys.signing_key, keys.box_key):
            raise KeysDiffer(device_id)
        return
    conn.execute(
        update(t.device)
        .where(t.device.c.id == device_id)
        .values(signing_key=keys.signing_key, box_key=keys.box_key)
    )
