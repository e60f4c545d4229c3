"""Keys this device holds and the registry's public keys it keeps, exchanged every sync.

The device has two key pairs of its own, made the first time they are needed and kept in the
encrypted cache: Ed25519 to sign the bundles it writes, X25519 so the registry can encrypt
results bundles to it. Their public halves are registered with the registry once. In return
the device keeps the registry's public keys (results-bundle signing, bundle encryption, card
issuing) and the list of revoked cards, so a counter verifies a card with no connection.
"""

from __future__ import annotations

import json
import logging

import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync import bundle
from sync.client import state
from sync.client.errors import ProtocolError
from sync.client.transport import Transport
from sync.protocol import DeviceKeys, KeysResponse
from sync.replica.connection import translate_errors

log = logging.getLogger(__name__)


def device_keys(db: sqlite_utils.Database) -> tuple[Ed25519PrivateKey, X25519PrivateKey]:
    """This device's signing and box keys, made and stored on first use."""
    signing_text = state.get(db, "device_signing_key")
    box_text = state.get(db, "device_box_key")
    if signing_text and box_text:
        return bundle.signing_private(signing_text), bundle.box_private(box_text)
    signing, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    with translate_errors(), db.atomic():
        state.put(db, "device_signing_key", bundle.private_text(signing))
        state.put(db, "device_box_key", bundle.private_text(box))
        state.put(db, "device_keys_registered", None)
    return signing, box


def exchange(db: sqlite_utils.Database, transport: Transport) -> int:
    """Register our public keys (once) and take the registry's keys and new revocations.
    Returns how many revocations arrived. A registry without these endpoints is logged."""
    try:
        if state.get(db, "device_keys_registered") != "1":
            signing, box = device_keys(db)
            ours = DeviceKeys(
                signing_key=bundle.public_text(signing.public_key()),
                box_key=bundle.public_text(box.public_key()),
            )
            transport.post("/device-keys", ours, DeviceKeys, method="PUT")
            with translate_errors(), db.atomic():
                state.put(db, "device_keys_registered", "1")
        after = int(state.get(db, "card_revocations_through") or 0)
        keys = transport.get("/keys", KeysResponse, {"revoked_after": after})
    except ProtocolError as exc:
        log.warning("registry did not exchange keys: %s", exc)
        return 0
    with translate_errors(), db.atomic():
        state.put(db, "registry_signing_key", keys.registry_signing_key)
        state.put(db, "registry_box_key", keys.registry_box_key)
        issuers = {k.key_id: k.public_key for k in keys.issuer_keys}
        state.put(db, "card_issuer_keys", json.dumps(issuers, sort_keys=True))
        db.conn.executemany(
            "INSERT OR IGNORE INTO card_revocation (card_id, serial) VALUES (?, ?)",
            [(card_id, keys.revocations_through) for card_id in keys.revoked_cards],
        )
        state.put(db, "card_revocations_through", keys.revocations_through)
    return len(keys.revoked_cards)
