"""The bundle file format: round trip, and every way a file can be wrong is refused by name."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from sync import bundle
from sync.bundle import BundleRefused

DEVICE = Ed25519PrivateKey.generate()
OTHER_DEVICE = Ed25519PrivateKey.generate()
REGISTRY = X25519PrivateKey.generate()
OTHER_REGISTRY = X25519PrivateKey.generate()
PAYLOAD = {"mutations": [{"mutation_id": "m1", "changes": {"phone": [None, "03001234567"]}}]}


def _sealed(signing_key: Ed25519PrivateKey = DEVICE) -> bytes:
    return bundle.seal(
        "changes",
        PAYLOAD,
        sender="device:dev-1",
        district="PB-MUL",
        created_at="2026-11-22T10:00:00+00:00",
        manifest={"count": 1, "first_seq": 1, "last_seq": 1},
        signing_key=signing_key,
        recipient=REGISTRY.public_key(),
    )


def _open(data: bytes) -> object:
    return bundle.open_bundle(data, sender_key=DEVICE.public_key(), recipient=REGISTRY)


def test_round_trip_and_readable_header() -> None:
    data = _sealed()
    header = bundle.read_header(data)
    assert header.kind == "changes" and header.device_id == "dev-1"
    assert header.manifest["count"] == 1 and header.district == "PB-MUL"
    assert b"03001234567" not in data  # the payload is encrypted, the header has counts only
    opened_header, payload = bundle.open_bundle(
        data, sender_key=DEVICE.public_key(), recipient=REGISTRY
    )
    assert payload == PAYLOAD and opened_header.bundle_id == header.bundle_id


@pytest.mark.parametrize("where", ["header", "ciphertext", "signature"])
def test_any_changed_byte_is_refused(where: str) -> None:
    data = bytearray(_sealed())
    header_len = int.from_bytes(data[15:19], "big")
    offsets = {
        "header": 19 + header_len // 2,
        "ciphertext": 19 + header_len + 8 + 5,
        "signature": len(data) - 3,
    }
    data[offsets[where]] ^= 0x01
    with pytest.raises(BundleRefused) as refused:
        _open(bytes(data))
    assert refused.value.reason in {"tampered", "damaged"}


def test_truncated_anywhere_is_refused() -> None:
    data = _sealed()
    for cut in range(0, len(data), max(1, len(data) // 97)):
        with pytest.raises(BundleRefused) as refused:
            _open(data[:cut])
        assert refused.value.reason in {"truncated", "not_a_bundle"}, cut


def test_foreign_bundle_signed_by_another_device_is_refused() -> None:
    with pytest.raises(BundleRefused) as refused:
        _open(_sealed(OTHER_DEVICE))
    assert refused.value.reason == "unknown_sender"


def test_bundle_for_another_registry_is_refused() -> None:
    with pytest.raises(BundleRefused) as refused:
        bundle.open_bundle(_sealed(), sender_key=DEVICE.public_key(), recipient=OTHER_REGISTRY)
    assert refused.value.reason == "wrong_recipient"


def test_unknown_sender_is_refused() -> None:
    with pytest.raises(BundleRefused) as refused:
        bundle.open_bundle(_sealed(), sender_key=None, recipient=REGISTRY)
    assert refused.value.reason == "unknown_sender"


def test_extra_bytes_after_the_signature_are_refused() -> None:
    with pytest.raises(BundleRefused) as refused:
        _open(_sealed() + b"\x00")
    assert refused.value.reason == "tampered"


def test_keys_travel_as_text() -> None:
    text = bundle.public_text(DEVICE.public_key())
    assert bundle.key_id(bundle.signing_public(text)) == bundle.key_id(DEVICE.public_key())
    again = bundle.box_private(bundle.private_text(REGISTRY))
    assert bundle.key_id(again.public_key()) == bundle.key_id(REGISTRY.public_key())


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_escape_as_anything_but_refusal(data: bytes) -> None:
    with pytest.raises(BundleRefused):
        _open(data)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_bundles_are_refused(data: st.DataObject) -> None:
    original = bytearray(_sealed())
    position = data.draw(st.integers(0, len(original) - 1))
    value = data.draw(st.integers(0, 255).filter(lambda v: v != original[position]))
    original[position] = value
    with pytest.raises(BundleRefused):
        _open(bytes(original))
