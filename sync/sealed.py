"""Centrally managed users without central passwords: sealed keys and sealed slots.

When an operator adds a user at the registry, the user gets an X25519 key pair. The private
half is encrypted (AES-256-GCM) under a key derived from the user's password with scrypt; the
registry stores only that sealed private key and the public key (`SealedKey`), never the
password, and sends both to the devices of the user's district.

A device that learns of a user wraps its database key to the user's public key (ephemeral
X25519, HKDF-SHA256, AES-256-GCM): a *sealed slot*. At the user's first login on that
device, the password opens the sealed private key and with it the slot; the device then
writes an ordinary password slot. Anyone holding the registry's copy learns nothing without
the password, and the database key never leaves the device.
"""

from __future__ import annotations

import base64
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from sync.protocol import SealedKey

KEY_BYTES = 32
DEFAULT_LOG2_N = 15
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw


class SealError(Exception):
    """The password does not open the sealed key, or the material is damaged."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _password_key(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p)
    return kdf.derive(password.encode("utf-8"))


def _aad(user_id: str) -> bytes:
    return f"onestop-sealed-user:{user_id}".encode()


def seal_user_key(user_id: str, password: str, log2_n: int = DEFAULT_LOG2_N) -> SealedKey:
    """A new key pair for a user, the private half sealed under their password."""
    private = X25519PrivateKey.generate()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    n, r, p = 2**log2_n, 8, 1
    key = _password_key(password, salt, n, r, p)
    raw = private.private_bytes(_RAW, _RAW_PRIVATE, serialization.NoEncryption())
    ciphertext = AESGCM(key).encrypt(nonce, raw, _aad(user_id))
    public = private.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    return SealedKey(
        public_key=_b64(public),
        salt=_b64(salt),
        n=n,
        r=r,
        p=p,
        nonce=_b64(nonce),
        ciphertext=_b64(ciphertext),
    )


def reseal_user_key(sealed: SealedKey, user_id: str, old: str, new: str) -> SealedKey:
    """The same key pair under a new password (existing sealed slots keep working)."""
    private = open_user_key(sealed, user_id, old)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key = _password_key(new, salt, sealed.n, sealed.r, sealed.p)
    raw = private.private_bytes(_RAW, _RAW_PRIVATE, serialization.NoEncryption())
    return sealed.model_copy(
        update={
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "ciphertext": _b64(AESGCM(key).encrypt(nonce, raw, _aad(user_id))),
        }
    )


def open_user_key(sealed: SealedKey, user_id: str, password: str) -> X25519PrivateKey:
    """The user's private key; SealError for a wrong password or damaged material."""
    try:
        key = _password_key(password, _unb64(sealed.salt), sealed.n, sealed.r, sealed.p)
        raw = AESGCM(key).decrypt(_unb64(sealed.nonce), _unb64(sealed.ciphertext), _aad(user_id))
        return X25519PrivateKey.from_private_bytes(raw)
    except (InvalidTag, ValueError) as exc:
        raise SealError("the password does not open this user's key") from exc


def verify_password(sealed: SealedKey, user_id: str, password: str) -> bool:
    try:
        open_user_key(sealed, user_id, password)
    except SealError:
        return False
    return True


def _slot_key(shared: bytes, context: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=context).derive(shared)


def seal_secret(public_key_b64: str, secret: bytes, context: bytes) -> dict[str, str]:
    """Encrypt `secret` (e.g. a database key) so only the holder of the private key opens it.

    `context` (the slot's identity) is bound into the key derivation and as associated data.
    """
    recipient = X25519PublicKey.from_public_bytes(_unb64(public_key_b64))
    ephemeral = X25519PrivateKey.generate()
    key = _slot_key(ephemeral.exchange(recipient), context)
    nonce = secrets.token_bytes(12)
    return {
        "ephemeral": _b64(ephemeral.public_key().public_bytes(_RAW, _RAW_PUBLIC)),
        "nonce": _b64(nonce),
        "ciphertext": _b64(AESGCM(key).encrypt(nonce, secret, context)),
    }


def open_secret(private: X25519PrivateKey, sealed: dict[str, str], context: bytes) -> bytes:
    try:
        ephemeral = X25519PublicKey.from_public_bytes(_unb64(sealed["ephemeral"]))
        key = _slot_key(private.exchange(ephemeral), context)
        return AESGCM(key).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["ciphertext"]), context)
    except (InvalidTag, ValueError, KeyError) as exc:
        raise SealError("this sealed slot does not open with this key") from exc
