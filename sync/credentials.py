"""Signed QR credentials on beneficiary cards: MOSIP "Claim 169" (CWT, COSE_Sign1, zlib, Base45).

A card's QR code carries only what identifies the person, never scheme or benefit data, in
the layout of the Claim 169 QR specification (v1.2.x) so other social-registry tools can read
and verify it:

    Base45( zlib( COSE_Sign1 [tag 18]( protected {1 alg: -8 EdDSA, 4 kid}, {}, CWT, sig ) ) )

    CWT (RFC 8392)         1 iss      issuer, e.g. "onestop:PK"
                           4 exp      first second (UTC) after the last valid day
                           6 iat      issue day, 00:00 UTC
                           7 cti      card id (UTF-8 bytes): one per printed card, so a
                                      reprint revokes the lost card and not the person
                      -65537 office   issuing office (a private-use CWT claim: Claim 169 has no
                                      field for it, and its unassigned keys are reserved)
                         169 identity data:
    Claim 169 map          1 id                 registry number (11 digits)
                           3 language           "eng" (the Latin-script name)
                           4 fullName           name in Latin script
                           8 dateOfBirth        YYYYMMDD
                           9 gender             1 male, 2 female, 3 other (absent: unknown)
                          19 secondaryFullName  name in the native script (Urdu, Khmer)
                          20 secondaryLanguage  its ISO 639-3 code ("urd", "khm")

Keys: the registry's issuing key is Ed25519; its key id (`kid`, UTF-8 of the hex id, first 8
bytes of the SHA-256 of the raw public key as in `sync.bundle`) selects the public key a
counter trusts. Public keys and the revocation list (card ids) come down with sync, so every
counter verifies offline with `verify`.

Statuses (`Verification.status`), checked in this order:

* ``unreadable`` - not Base45, not zlib, too long, not CBOR, not a COSE_Sign1 message.
* ``forged`` - no key id, a key id this counter does not trust, another algorithm, or a
  signature that does not verify over something that is not a card.
* ``altered`` - the key id is trusted and the payload reads as a card, but the signature does
  not match it. Cryptography cannot tell a genuine card whose details were edited from a card
  signed with another key under our key id; the first is the likely case at a counter, and
  both mean the same to the clerk: do not trust the printed details.
* ``unreadable`` (again) - correctly signed, but not a card this program understands.
* ``revoked`` - the card id is on the revocation list (a reprint after loss revokes it).
* ``expired`` - `today` is after the card's last valid day.
* ``verified``.

`verify` never raises, whatever text it is given (input is capped at `MAX_TEXT_CHARS`, the
inflated message at `MAX_INFLATED_BYTES`), and logs no personal data.

pycose signs and verifies the COSE_Sign1 messages. Its own `CoseMessage.decode` cannot read
what it writes with cbor2 6 (tagged arrays decode to tuples, pycose expects lists), so the
outer CBOR array is unpacked here, with cbor2's depth limit, and handed to
`Sign1Message.from_cose_obj`; the signature structure and the EdDSA check stay pycose's.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

import base45  # type: ignore[import-untyped]  # the package ships no type information
import cbor2
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pycose.algorithms import EdDSA
from pycose.headers import KID, Algorithm
from pycose.keys.curves import Ed25519
from pycose.keys.okp import OKPKey
from pycose.messages.sign1message import Sign1Message

from sync.bundle import key_id as _key_id
from sync.bundle import public_text, signing_public

log = logging.getLogger(__name__)

Sex = Literal["male", "female", "other", "unknown"]
Status = Literal["verified", "forged", "altered", "expired", "revoked", "unreadable"]

BASE45_ALPHABET = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
MAX_TEXT_CHARS = 4296  # the most a QR code holds in alphanumeric mode
MIN_TEXT_CHARS = 100  # a signature alone is 64 bytes: no credential is shorter
MAX_INFLATED_BYTES = 64 * 1024  # as the claim169 reference decoder
MAX_FIELD_CHARS = 200
MAX_CBOR_DEPTH = 16

COSE_SIGN1_TAG = 18
CWT_TAG = 61
EDDSA = -8
HEADER_ALG, HEADER_KID = 1, 4
CWT_ISS, CWT_EXP, CWT_IAT, CWT_CTI, CWT_OFFICE, CWT_IDENTITY = 1, 4, 6, 7, -65537, 169
ID, LANGUAGE, FULL_NAME, BIRTH_DATE, GENDER, NATIVE_NAME, NATIVE_LANGUAGE = 1, 3, 4, 8, 9, 19, 20
GENDER_CODES: Mapping[str, int] = {"male": 1, "female": 2, "other": 3}
SEXES: Mapping[int, Sex] = {1: "male", 2: "female", 3: "other"}
_ZLIB_DEFLATE = 0x78
_SCANNER_ENDINGS = "\r\n\t\x00"
_SCANNER_EXTRA = 8  # room for a symbology prefix and line endings around a full QR code
_DAY = timedelta(days=1)
# First CBOR byte of a COSE_Sign1 message: tag 18, tag 61 (CWT) around it, or untagged array.
_MESSAGE_STARTS = (bytes([0xC0 | COSE_SIGN1_TAG]), b"\xd8", b"\x84")


@dataclass(frozen=True)
class CardClaims:
    """What a card says about its holder. No scheme or benefit data, by design.

    `native_language` is the ISO 639-3 code of `full_name_native`; left empty it is taken
    from the script (Arabic script: Urdu, Khmer script: Khmer).
    """

    card_id: str
    registry_number: str
    full_name: str
    birth_date: date
    sex: Sex
    issuing_office: str
    issued_on: date
    expires_on: date
    issuer: str
    full_name_native: str | None = None
    native_language: str = ""

    def __post_init__(self) -> None:
        if self.full_name_native and not self.native_language:
            object.__setattr__(self, "native_language", language_of(self.full_name_native))
        if not self.full_name_native:
            object.__setattr__(self, "full_name_native", None)
            object.__setattr__(self, "native_language", "")


def language_of(text: str) -> str:
    """ISO 639-3 code for a native-script name: Khmer or (any Arabic script) Urdu."""
    if any("\u1780" <= char <= "\u17ff" for char in text):
        return "khm"
    return "urd"


@dataclass(frozen=True)
class Verification:
    """The outcome of reading a card. `claims` is what the card says whenever it could be
    read (also for a forged or altered card, to show next to the warning); only
    `trusted` claims (verified, expired, revoked) were signed by the registry."""

    status: Status
    reason: str
    claims: CardClaims | None = None

    @property
    def verified(self) -> bool:
        return self.status == "verified"

    @property
    def trusted(self) -> bool:
        """The registry signed these claims (the card may still be expired or revoked)."""
        return self.status in ("verified", "expired", "revoked")


@dataclass(frozen=True)
class Trust:
    """What a counter needs to verify cards offline: the registry's issuing public keys by
    key id, and the ids of revoked cards. Built from what sync delivers (`from_texts`)."""

    keys: Mapping[str, Ed25519PublicKey]
    revoked: frozenset[str] = frozenset()

    @classmethod
    def from_texts(cls, public_keys: Iterable[str], revoked: Iterable[str] = ()) -> Trust:
        """From public keys as `public_key_text` writes them; raises ValueError on a bad one."""
        loaded = [public_key_from_text(text) for text in public_keys]
        return cls({key_id(key): key for key in loaded}, frozenset(revoked))

    def verify(self, text: str, today: date) -> Verification:
        return verify(text, self.keys, self.revoked, today)


# -- keys ----------------------------------------------------------------------------------


def key_id(public: Ed25519PublicKey) -> str:
    """First 8 bytes of the SHA-256 of the raw public key, in hex (as sync bundles)."""
    return _key_id(public)


def new_issuing_key() -> tuple[Ed25519PrivateKey, str]:
    private = Ed25519PrivateKey.generate()
    return private, key_id(private.public_key())


def public_key_text(public: Ed25519PublicKey) -> str:
    """The raw public key in Base64, for shipping through sync."""
    return public_text(public)


def public_key_from_text(text: str) -> Ed25519PublicKey:
    """The inverse of `public_key_text`; raises ValueError when `text` is not such a key."""
    try:
        return signing_public(text.strip())
    except Exception as error:  # binascii and cryptography raise several types
        raise ValueError("not an Ed25519 public key") from error


# -- issuing -------------------------------------------------------------------------------


def _midnight(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def _day_of(timestamp: int) -> date:
    return datetime.fromtimestamp(timestamp, UTC).date()


def cwt_payload(claims: CardClaims) -> dict[int, Any]:
    """The CWT claims set of a card (what the signature covers)."""
    identity: dict[int, Any] = {
        ID: claims.registry_number,
        LANGUAGE: "eng",
        FULL_NAME: claims.full_name,
        BIRTH_DATE: claims.birth_date.strftime("%Y%m%d"),
    }
    if claims.sex in GENDER_CODES:
        identity[GENDER] = GENDER_CODES[claims.sex]
    if claims.full_name_native:
        identity[NATIVE_NAME] = claims.full_name_native
        identity[NATIVE_LANGUAGE] = claims.native_language
    return {
        CWT_ISS: claims.issuer,
        CWT_EXP: _midnight(claims.expires_on + _DAY),
        CWT_IAT: _midnight(claims.issued_on),
        CWT_CTI: claims.card_id.encode("utf-8"),
        CWT_OFFICE: claims.issuing_office,
        CWT_IDENTITY: identity,
    }


def _check_issuable(claims: CardClaims) -> None:
    texts = (claims.card_id, claims.registry_number, claims.full_name, claims.issuer)
    if not all(text.strip() for text in texts):
        raise ValueError("card id, registry number, name and issuer are required")
    if claims.expires_on < claims.issued_on:
        raise ValueError("a card cannot expire before it is issued")
    if claims.sex not in (*GENDER_CODES, "unknown"):
        raise ValueError("sex must be male, female, other or unknown")


def issue(claims: CardClaims, private_key: Ed25519PrivateKey, key_id: str) -> str:
    """The card's credential as Base45 text, ready for a QR code. Raises ValueError for
    claims that cannot make a card (missing name or number, expiry before issue)."""
    _check_issuable(claims)
    message = Sign1Message(
        phdr={Algorithm: EdDSA, KID: key_id.encode("utf-8")},
        payload=cbor2.dumps(cwt_payload(claims)),
    )
    raw = private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    message.key = OKPKey(crv=Ed25519, d=raw, x=public)
    encoded: bytes = message.encode()
    text: bytes = base45.b45encode(zlib.compress(encoded, 9))
    return text.decode("ascii")


# -- reading -------------------------------------------------------------------------------


class _Unreadable(Exception):
    """The text is not a signed Claim 169 message; `args[0]` says why, in English."""


@dataclass(frozen=True)
class _Envelope:
    protected: Mapping[Any, Any]
    unprotected: Mapping[Any, Any]
    message: Sign1Message
    payload: bytes


def _clean(text: str) -> str:
    """Undo what keyboard-wedge scanners add: a line ending, an AIM symbology prefix
    (``]Q1``), or lower case (Caps Lock; Base45 has no lower-case letters)."""
    text = text.strip(_SCANNER_ENDINGS)
    if text.startswith("]Q") and len(text) > 3:
        text = text[3:]
    if not BASE45_ALPHABET.issuperset(text):
        upper = text.upper()
        if BASE45_ALPHABET.issuperset(upper):
            text = upper
    return text


def _base45_text(text: str) -> str:
    if not isinstance(text, str):
        raise _Unreadable("not text")
    if len(text) > MAX_TEXT_CHARS + _SCANNER_EXTRA:
        raise _Unreadable("too long for a QR code")
    text = _clean(text)
    if len(text) > MAX_TEXT_CHARS:
        raise _Unreadable("too long for a QR code")
    if len(text) < MIN_TEXT_CHARS or not BASE45_ALPHABET.issuperset(text):
        raise _Unreadable("not Base45 text")
    return text


def _zlib_data(text: str) -> bytes:
    try:
        data: bytes = base45.b45decode(text)
    except ValueError as error:
        raise _Unreadable("not Base45 text") from error
    if len(data) < 2 or data[0] != _ZLIB_DEFLATE or (data[0] << 8 | data[1]) % 31:
        raise _Unreadable("not zlib-compressed")
    return data


def _compressed(text: str) -> bytes:
    return _zlib_data(_base45_text(text))


def _inflate(data: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, MAX_INFLATED_BYTES)
    except zlib.error as error:
        raise _Unreadable("damaged zlib data") from error
    if inflater.unconsumed_tail:
        raise _Unreadable("inflates to more than a card can hold")
    if not inflater.eof:
        raise _Unreadable("zlib data cut short")
    if inflater.unused_data:
        raise _Unreadable("more data after the end of the zlib stream")
    return out


def _cose_array(message: object) -> list[Any]:
    while isinstance(message, cbor2.CBORTag) and message.tag == CWT_TAG:
        message = message.value  # 61(18(...)) as in the specification's example
    if isinstance(message, cbor2.CBORTag):
        if message.tag != COSE_SIGN1_TAG:
            raise _Unreadable("not a COSE_Sign1 message")
        message = message.value
    if not isinstance(message, list | tuple) or len(message) != 4:
        raise _Unreadable("not a COSE_Sign1 message")
    protected, unprotected, payload, signature = message
    if not (
        isinstance(protected, bytes)
        and isinstance(unprotected, Mapping)
        and isinstance(payload, bytes)
        and isinstance(signature, bytes)
    ):
        raise _Unreadable("not a COSE_Sign1 message")
    return [protected, dict(unprotected), payload, signature]


def _envelope(text: str) -> _Envelope:
    inflated = _inflate(_compressed(text))
    try:
        parts = _cose_array(cbor2.loads(inflated, max_depth=MAX_CBOR_DEPTH))
        protected = cbor2.loads(parts[0], max_depth=MAX_CBOR_DEPTH) if parts[0] else {}
    except _Unreadable:
        raise
    except Exception as error:  # cbor2 raises several types on hostile input
        raise _Unreadable("not CBOR") from error
    if not isinstance(protected, Mapping):
        raise _Unreadable("not a COSE_Sign1 message")
    unprotected = parts[1]
    payload = parts[2]
    try:
        message = Sign1Message.from_cose_obj(parts, True)
    except Exception as error:  # pycose rejects malformed header values with many types
        raise _Unreadable("COSE headers not readable") from error
    return _Envelope(protected, unprotected, message, payload)


def _text(claims: Mapping[Any, Any], key: int) -> str:
    value = claims.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_FIELD_CHARS:
        raise ValueError(f"claim {key} missing or not text")
    return value


def _optional_text(claims: Mapping[Any, Any], key: int) -> str | None:
    return None if claims.get(key) is None else _text(claims, key)


def _birth_date(value: str) -> date:
    digits = value.replace("-", "")
    if len(digits) != 8 or not digits.isdigit() or not value.isascii():
        raise ValueError("dateOfBirth is not YYYYMMDD")
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))


def _timestamp(cwt: Mapping[Any, Any], key: int) -> int:
    value = cwt.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"CWT claim {key} is not a time")
    return int(value)


def claims_from_payload(payload: bytes) -> CardClaims | None:
    """The card a CWT payload describes, or None when it does not describe one fully."""
    try:
        cwt = cbor2.loads(payload, max_depth=MAX_CBOR_DEPTH)
        if not isinstance(cwt, Mapping):
            return None
        identity = cwt.get(CWT_IDENTITY)
        cti = cwt.get(CWT_CTI)
        if not isinstance(identity, Mapping) or not isinstance(cti, bytes):
            return None
        gender = identity.get(GENDER)
        sex: Sex = SEXES.get(gender, "unknown") if isinstance(gender, int) else "unknown"
        native = _optional_text(identity, NATIVE_NAME)
        language = _optional_text(identity, NATIVE_LANGUAGE) if native else None
        return CardClaims(
            card_id=cti.decode("utf-8"),
            registry_number=_text(identity, ID),
            full_name=_text(identity, FULL_NAME),
            birth_date=_birth_date(_text(identity, BIRTH_DATE)),
            sex=sex,
            issuing_office=_optional_text(cwt, CWT_OFFICE) or "",
            issued_on=_day_of(_timestamp(cwt, CWT_IAT)),
            expires_on=_day_of(_timestamp(cwt, CWT_EXP) - 1),
            issuer=_text(cwt, CWT_ISS),
            full_name_native=native,
            native_language=language or "",
        )
    except Exception:  # hostile payloads: wrong types, impossible dates, bad UTF-8
        return None


def read_claims(text: str) -> CardClaims | None:
    """What a credential says, WITHOUT checking its signature (to print a card the registry
    just issued, never to trust a scanned one). None when it cannot be read."""
    try:
        return claims_from_payload(_envelope(text).payload)
    except Exception:
        return None


def _kid(envelope: _Envelope) -> str | None:
    kid = envelope.protected.get(HEADER_KID, envelope.unprotected.get(HEADER_KID))
    if not isinstance(kid, bytes):
        return None
    try:
        return kid.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _signature_holds(envelope: _Envelope, public: Ed25519PublicKey) -> bool:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    envelope.message.key = OKPKey(crv=Ed25519, x=raw)
    try:
        return bool(envelope.message.verify_signature())
    except Exception:  # a malformed signature is a signature that does not hold
        return False


def _signature_problem(
    envelope: _Envelope, trusted: Mapping[str, Ed25519PublicKey], claims: CardClaims | None
) -> Verification | None:
    """Forged or altered, or None when the registry's key signed the payload."""
    kid = _kid(envelope)
    if envelope.protected.get(HEADER_ALG) != EDDSA or HEADER_ALG in envelope.unprotected:
        return Verification("forged", "Not signed the way the registry signs cards.", claims)
    if kid is None or kid not in trusted:
        return Verification("forged", "Signed with a key this counter does not trust.", claims)
    if _signature_holds(envelope, trusted[kid]):
        return None
    if claims is None:
        return Verification("forged", "The signature does not match.")
    return Verification(
        "altered", "The card's details do not match its signature: changed or fake.", claims
    )


def _check(
    text: str, trusted: Mapping[str, Ed25519PublicKey], revoked: Collection[str], today: date
) -> Verification:
    try:
        envelope = _envelope(text)
    except _Unreadable as unreadable:
        return Verification("unreadable", f"Not a card credential: {unreadable.args[0]}.")
    claims = claims_from_payload(envelope.payload)
    problem = _signature_problem(envelope, trusted, claims)
    if problem is not None:
        return problem
    if claims is None:
        return Verification("unreadable", "Signed, but not a card this program can read.")
    if claims.card_id in revoked:
        return Verification("revoked", "This card was revoked (replaced by a new card).", claims)
    if today > claims.expires_on:
        return Verification("expired", "This card has expired.", claims)
    return Verification("verified", "Signed by the registry and valid.", claims)


def verify(
    text: str, trusted: Mapping[str, Ed25519PublicKey], revoked: Collection[str], today: date
) -> Verification:
    """Read and check a scanned credential. Never raises; see the module docstring for the
    statuses and their order."""
    try:
        return _check(text, trusted, revoked, today)
    except Exception as error:  # the promise to the search box: nothing a scan holds crashes it
        log.warning("credential check failed unexpectedly: %s", type(error).__name__)
        return Verification("unreadable", "Not a card credential: could not be read.")


def looks_like_credential(text: str) -> bool:
    """Cheap test for a search box: is this typed text a scanned card rather than a name,
    an ID number or a registry number? Base45 of plausible length whose first bytes inflate
    (zlib) to the start of a COSE_Sign1 message. Never raises."""
    try:
        # Whole Base45 groups only, and only the start is inflated: a scan cut short still
        # counts as a card (and is reported unreadable) rather than being searched for.
        clean = _base45_text(text)
        head = _zlib_data(clean[: len(clean) - len(clean) % 3])
        start = zlib.decompressobj().decompress(head, 1)
    except Exception:  # _Unreadable, zlib.error, or anything odd: not a card
        return False
    return start in _MESSAGE_STARTS
