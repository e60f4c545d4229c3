"""Sync bundles: changes carried on a USB stick by laptops that never see coverage.

A field laptop writes its pending changes to a bundle file; any enrolled counter that is
online relays it to the registry (or an operator runs `onestop registry import-bundle FILE`),
and the registry's answer comes back as a *results* bundle the laptop imports. Either way the
mutations enter the registry through the ordinary push path, so importing a bundle twice
changes nothing.

A bundle is readable only by its recipient and provably from its sender:

* the payload is gzip'd JSON, encrypted with AES-256-GCM under a key derived (HKDF-SHA256)
  from an ephemeral X25519 key and the recipient's X25519 public key, with the header as
  associated data, so the header cannot be altered without the decryption failing;
* the whole file before the signature is signed with the sender's Ed25519 key, so a bundle
  from another device, or a copy with any byte changed, is refused before anything is
  decrypted.

Layout (integers big-endian)::

    MAGIC (15 bytes) | u32 header length | header (canonical JSON, UTF-8)
    | u64 ciphertext length | ciphertext | u16 signature length | Ed25519 signature

The header is readable without keys (who sent it, to whom, what it holds — counts and
hashes, never personal data), so a relaying counter can route it and a clerk can be told
what a file is before it is opened.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import secrets
import struct
import zlib
from dataclasses import dataclass
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.protocol import canonical_json

MAGIC = b"ONESTOP-BUNDLE\n"
FORMAT = 1
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
MAX_PAYLOAD_BYTES = 256 * 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024
BundleKind = Literal["changes", "results"]
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_INFO = b"onestop-bundle-v1"


class BundleRefused(Exception):
    """The file is not a bundle this recipient can accept. `reason` is a stable code:
    not_a_bundle, truncated, too_large, tampered (signature or encryption check failed),
    unknown_sender, wrong_recipient, damaged (decrypted but not a valid payload)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


@dataclass(frozen=True)
class BundleHeader:
    kind: BundleKind
    bundle_id: str
    sender: str  # "device:<id>" or "registry"
    sender_key_id: str
    recipient_key_id: str
    district: str
    created_at: str
    manifest: dict[str, Any]
    raw: bytes  # the exact header bytes (associated data for decryption)

    @property
    def device_id(self) -> str | None:
        return self.sender.removeprefix("device:") if self.sender.startswith("device:") else None


@dataclass(frozen=True)
class _Parts:
    header: bytes
    ciphertext: bytes
    signed: bytes
    signature: bytes


# -- keys --------------------------------------------------------------------------------------


def key_id(public: Ed25519PublicKey | X25519PublicKey) -> str:
    """A short, stable name for a public key: the first 8 bytes of its SHA-256, in hex."""
    return hashlib.sha256(public.public_bytes(_RAW, _RAW_PUBLIC)).hexdigest()[:16]


def public_text(public: Ed25519PublicKey | X25519PublicKey) -> str:
    return base64.b64encode(public.public_bytes(_RAW, _RAW_PUBLIC)).decode("ascii")


def private_text(private: Ed25519PrivateKey | X25519PrivateKey) -> str:
    raw = private.private_bytes(_RAW, _RAW_PRIVATE, serialization.NoEncryption())
    return base64.b64encode(raw).decode("ascii")


def signing_public(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))


def signing_private(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text, validate=True))


def box_public(text: str) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))


def box_private(text: str) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(base64.b64decode(text, validate=True))


# -- writing -----------------------------------------------------------------------------------


def seal(
    kind: BundleKind,
    payload: Any,
    *,
    sender: str,
    district: str,
    created_at: str,
    manifest: dict[str, Any],
    signing_key: Ed25519PrivateKey,
    recipient: X25519PublicKey,
) -> bytes:
    """The bundle file's bytes: `payload` (JSON-able) encrypted to `recipient`, signed."""
    plain = canonical_json(payload).encode("utf-8")
    ephemeral = X25519PrivateKey.generate()
    nonce = secrets.token_bytes(12)
    header = {
        "format": FORMAT,
        "kind": kind,
        "bundle_id": secrets.token_hex(16),
        "sender": sender,
        "sender_key_id": key_id(signing_key.public_key()),
        "recipient_key_id": key_id(recipient),
        "district": district,
        "created_at": created_at,
        "manifest": {
            **manifest,
            "payload_bytes": len(plain),
            "payload_sha256": hashlib.sha256(plain).hexdigest(),
        },
        "ephemeral": public_text(ephemeral.public_key()),
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    header_bytes = canonical_json(header).encode("utf-8")
    key = _box_key(ephemeral.exchange(recipient), header_bytes)
    ciphertext = AESGCM(key).encrypt(nonce, gzip.compress(plain, 6), header_bytes)
    signed = b"".join(
        (
            MAGIC,
            struct.pack(">I", len(header_bytes)),
            header_bytes,
            struct.pack(">Q", len(ciphertext)),
            ciphertext,
        )
    )
    signature = signing_key.sign(signed)
    return signed + struct.pack(">H", len(signature)) + signature


# -- reading -----------------------------------------------------------------------------------


def read_header(data: bytes) -> BundleHeader:
    """Who sent the bundle, to whom and what it holds — not yet proven; `open_bundle` proves."""
    return _header(_split(data).header)


def open_bundle(
    data: bytes,
    *,
    sender_key: Ed25519PublicKey | None,
    recipient: X25519PrivateKey,
) -> tuple[BundleHeader, Any]:
    """Check the signature, then decrypt and parse. Raises `BundleRefused`, never more.

    `sender_key` is the public key the recipient holds for the header's sender (None: the
    sender is unknown to the recipient, refused)."""
    parts = _split(data)
    header = _header(parts.header)
    if sender_key is None or key_id(sender_key) != header.sender_key_id:
        raise BundleRefused("unknown_sender", "no key on record for the bundle's sender")
    try:
        sender_key.verify(parts.signature, parts.signed)
    except InvalidSignature:
        raise BundleRefused("tampered", "the signature does not match the contents") from None
    if key_id(recipient.public_key()) != header.recipient_key_id:
        raise BundleRefused("wrong_recipient", "the bundle is addressed to another key")
    fields = json.loads(parts.header)
    try:
        ephemeral = box_public(str(fields["ephemeral"]))
        nonce = base64.b64decode(str(fields["nonce"]), validate=True)
        key = _box_key(recipient.exchange(ephemeral), parts.header)
        packed = AESGCM(key).decrypt(nonce, parts.ciphertext, parts.header)
    except (InvalidTag, ValueError, KeyError):
        raise BundleRefused("tampered", "the contents do not decrypt") from None
    plain = _gunzip(packed)
    if hashlib.sha256(plain).hexdigest() != header.manifest.get("payload_sha256"):
        raise BundleRefused("damaged", "the contents do not match the manifest")
    try:
        return header, json.loads(plain)
    except ValueError:
        raise BundleRefused("damaged", "the contents are not JSON") from None


def _split(data: bytes) -> _Parts:
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleRefused("too_large", f"more than {MAX_BUNDLE_BYTES} bytes")
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data[: len(MAGIC)]) and len(data) < len(MAGIC):
            raise BundleRefused("truncated", "the file ends inside its first line")
        raise BundleRefused("not_a_bundle", "the file does not start like a bundle")
    at = len(MAGIC)
    header_len, at = _unpack(">I", data, at)
    if header_len > MAX_HEADER_BYTES:
        raise BundleRefused("damaged", "the header is implausibly long")
    header, at = _take(data, at, header_len)
    body_len, at = _unpack(">Q", data, at)
    ciphertext, at = _take(data, at, body_len)
    signed_end = at
    signature_len, at = _unpack(">H", data, at)
    signature, at = _take(data, at, signature_len)
    if at != len(data):
        raise BundleRefused("tampered", "there are extra bytes after the signature")
    return _Parts(header, ciphertext, data[:signed_end], signature)


def _unpack(fmt: str, data: bytes, at: int) -> tuple[int, int]:
    size = struct.calcsize(fmt)
    if at + size > len(data):
        raise BundleRefused("truncated", "the file is cut short")
    return int(struct.unpack_from(fmt, data, at)[0]), at + size


def _take(data: bytes, at: int, size: int) -> tuple[bytes, int]:
    if at + size > len(data):
        raise BundleRefused("truncated", "the file is cut short")
    return data[at : at + size], at + size


def _header(raw: bytes) -> BundleHeader:
    try:
        fields = json.loads(raw)
        if not isinstance(fields, dict) or fields.get("format") != FORMAT:
            raise BundleRefused("not_a_bundle", "unknown bundle format")
        kind = fields["kind"]
        if kind not in ("changes", "results"):
            raise BundleRefused("damaged", "unknown bundle kind")
        manifest = fields["manifest"]
        if not isinstance(manifest, dict):
            raise BundleRefused("damaged", "the manifest is not a table")
        return BundleHeader(
            kind=kind,
            bundle_id=str(fields["bundle_id"]),
            sender=str(fields["sender"]),
            sender_key_id=str(fields["sender_key_id"]),
            recipient_key_id=str(fields["recipient_key_id"]),
            district=str(fields["district"]),
            created_at=str(fields["created_at"]),
            manifest=manifest,
            raw=raw,
        )
    except (ValueError, KeyError, TypeError):
        raise BundleRefused("damaged", "the header cannot be read") from None


def _box_key(shared: bytes, header: bytes) -> bytes:
    salt = hashlib.sha256(header).digest()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO).derive(shared)


def _gunzip(packed: bytes) -> bytes:
    """Decompress with a ceiling, so a crafted bundle cannot fill memory."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        plain = inflater.decompress(packed, MAX_PAYLOAD_BYTES + 1)
    except zlib.error:
        raise BundleRefused("damaged", "the contents are not compressed data") from None
    if len(plain) > MAX_PAYLOAD_BYTES or inflater.unconsumed_tail:
        raise BundleRefused("too_large", "the contents expand beyond the limit")
    return plain
