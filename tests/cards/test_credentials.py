"""Signed card credentials (MOSIP Claim 169): issue, verify, tamper, revoke, expire, fuzz.

The independent `claim169` decoder (Rust, dev dependency) reads and verifies what we issue,
so other social-registry tools can.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import fields, replace
from datetime import date, timedelta

import base45  # type: ignore[import-untyped]  # the package ships no type information
import cbor2
import claim169  # type: ignore[import-untyped]  # ships a .pyi but no py.typed marker
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from forms.regno import format_registry_no, make_registry_no
from sync.credentials import (
    BASE45_ALPHABET,
    MAX_TEXT_CHARS,
    CardClaims,
    Trust,
    Verification,
    cwt_payload,
    issue,
    key_id,
    looks_like_credential,
    new_issuing_key,
    public_key_from_text,
    public_key_text,
    read_claims,
    verify,
)

PRIVATE, KID = new_issuing_key()
TRUSTED = {KID: PRIVATE.public_key()}
TODAY = date(2027, 1, 15)
CLAIMS = CardClaims(
    card_id="0190c7a2-7b1e-7cc3-9c1d-2f1e3a4b5c6d",
    registry_number=make_registry_no(36_302_123),
    full_name="Muhammad Aslam",
    full_name_native="محمد اسلم",
    birth_date=date(1961, 3, 14),
    sex="male",
    issuing_office="PB-MUL-OSS1",
    issued_on=date(2026, 11, 22),
    expires_on=date(2031, 11, 21),
    issuer="onestop:PK",
)
VALID = issue(CLAIMS, PRIVATE, KID)


def raw_public(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def check(text: str, revoked: frozenset[str] = frozenset(), today: date = TODAY) -> Verification:
    return verify(text, TRUSTED, revoked, today)


def cose_parts(text: str) -> list[object]:
    message = cbor2.loads(zlib.decompress(base45.b45decode(text)))
    assert isinstance(message, cbor2.CBORTag) and message.tag == 18
    return list(message.value)


def pack(parts: list[object]) -> str:
    encoded = cbor2.dumps(cbor2.CBORTag(18, parts))
    text: bytes = base45.b45encode(zlib.compress(encoded, 9))
    return text.decode("ascii")


# -- round trip and contents ---------------------------------------------------------------


def test_an_issued_card_verifies_with_every_claim_intact() -> None:
    result = check(VALID)
    assert (result.status, result.verified, result.trusted) == ("verified", True, True)
    assert result.claims == CLAIMS
    assert result.claims.native_language == "urd"
    assert set(VALID) <= BASE45_ALPHABET and len(VALID) < 600  # fits a QR code on a card


@pytest.mark.parametrize(
    ("native", "language"), [(None, ""), ("សុខ ចាន់ធី", "khm"), ("محمد اسلم", "urd")]
)
def test_round_trip_with_and_without_a_native_name(native: str | None, language: str) -> None:
    claims = replace(CLAIMS, full_name_native=native, native_language="", sex="other")
    result = check(issue(claims, PRIVATE, KID))
    assert result.status == "verified" and result.claims == claims
    assert claims.native_language == language


def test_a_credential_that_compresses_well_is_recognised_too() -> None:
    """Most credentials do not shrink and zlib stores them; repeated words make it use
    Huffman codes, and the search box must still recognise the scan."""
    repeated = replace(CLAIMS, full_name="Muhammad " * 5 + "Ali", issuing_office="Muhammad " * 3)
    text = issue(repeated, PRIVATE, KID)
    assert base45.b45decode(text)[2] >> 1 & 3 != 0  # not a stored block
    assert looks_like_credential(text) and check(text).claims == repeated


def test_unknown_sex_is_left_out_of_the_credential() -> None:
    claims = replace(CLAIMS, sex="unknown")
    assert 9 not in cwt_payload(claims)[169]
    assert check(issue(claims, PRIVATE, KID)).claims == claims


def test_the_credential_holds_identity_only_in_the_claim_169_layout() -> None:
    """CWT: iss 1, exp 4, iat 6, cti 7 (card id), a private-use office claim, and 169 with
    id 1, language 3, fullName 4, dateOfBirth 8, gender 9, secondary name 19 and language 20.
    Nothing about schemes or benefits, in the claims type or on the wire."""
    protected, unprotected, payload, signature = cose_parts(VALID)
    assert isinstance(protected, bytes)
    assert cbor2.loads(protected) == {1: -8, 4: KID.encode()}
    assert unprotected == {} and isinstance(signature, bytes) and len(signature) == 64
    assert isinstance(payload, bytes)
    cwt = cbor2.loads(payload)
    assert set(cwt) == {1, 4, 6, 7, -65537, 169}
    assert (
        cwt[1] == "onestop:PK"
        and cwt[7] == CLAIMS.card_id.encode()
        and cwt[-65537] == "PB-MUL-OSS1"
    )
    assert cwt[169] == {
        1: CLAIMS.registry_number,
        3: "eng",
        4: "Muhammad Aslam",
        8: "19610314",
        9: 1,
        19: "محمد اسلم",
        20: "urd",
    }
    assert cwt[6] == 1795305600  # 2026-11-22 00:00 UTC
    assert cwt[4] == 1953072000  # 2031-11-22 00:00 UTC: the first moment after the last day
    names = {f.name for f in fields(CardClaims)}
    assert not {n for n in names if any(w in n for w in ("scheme", "benefit", "amount"))}
    assert b"scheme" not in payload and b"benefit" not in payload


def test_the_independent_claim169_decoder_verifies_our_cards() -> None:
    result = claim169.decode_with_ed25519(VALID, raw_public(PRIVATE))
    assert result.is_verified() and result.verification_status == "verified"
    identity = result.claim169
    assert identity.id == CLAIMS.registry_number
    assert identity.full_name == "Muhammad Aslam"
    assert identity.language == "eng"
    assert identity.date_of_birth == "19610314"
    assert identity.gender == claim169.Gender.MALE
    assert identity.secondary_full_name == "محمد اسلم"
    assert identity.secondary_language == "urd"
    assert result.cwt_meta.issuer == "onestop:PK"
    assert result.cwt_meta.issued_at == 1795305600
    assert result.cwt_meta.expires_at == 1953072000
    inspected = claim169.inspect(VALID)
    assert (inspected.key_id, inspected.algorithm) == (KID.encode(), "EdDSA")


def test_the_claim169_decoder_also_rejects_what_we_reject() -> None:
    other = Ed25519PrivateKey.generate()
    with pytest.raises(claim169.SignatureError):
        claim169.decode_with_ed25519(VALID, raw_public(other))
    tampered = _tampered_name()
    with pytest.raises(claim169.SignatureError):
        claim169.decode_with_ed25519(tampered, raw_public(PRIVATE))


def test_a_credential_from_the_claim169_encoder_is_signed_but_not_one_of_our_cards() -> None:
    """Another tool's Claim 169 credential has no card id (cti): we cannot revoke it, so it
    is not taken as a card even when our key signed it; a wrong signature stays forged."""
    claim = claim169.Claim169Input(id=CLAIMS.registry_number, full_name="Muhammad Aslam")
    meta = claim169.CwtMetaInput(issuer="onestop:PK", expires_at=1953072000)

    def sign(_algorithm: str, _kid: bytes | None, data: bytes) -> bytes:
        return PRIVATE.sign(data)

    theirs = claim169.encode_with_signer(claim, meta, sign, "EdDSA", key_id=KID.encode())
    assert check(theirs).status == "unreadable"
    assert read_claims(theirs) is None
    stranger = Ed25519PrivateKey.generate()
    forged = claim169.encode_with_signer(
        claim, meta, lambda _a, _k, data: stranger.sign(data), "EdDSA", key_id=KID.encode()
    )
    assert check(forged).status == "forged"


# -- keys ----------------------------------------------------------------------------------


def test_key_helpers_round_trip_and_name_the_key() -> None:
    public = PRIVATE.public_key()
    text = public_key_text(public)
    assert key_id(public_key_from_text(text)) == KID
    assert hashlib.sha256(raw_public(PRIVATE)).hexdigest()[:16] == KID
    trust = Trust.from_texts([text], revoked=["x"])
    assert trust.keys.keys() == {KID} and trust.revoked == {"x"}
    assert trust.verify(VALID, TODAY).status == "verified"
    for bad in ("", "not base64!", "AAAA", public_key_text(public)[:-4]):
        with pytest.raises(ValueError, match="Ed25519"):
            public_key_from_text(bad)


def test_issue_refuses_claims_that_cannot_make_a_card() -> None:
    with pytest.raises(ValueError, match="required"):
        issue(replace(CLAIMS, full_name=" "), PRIVATE, KID)
    with pytest.raises(ValueError, match="expire"):
        issue(replace(CLAIMS, expires_on=date(2020, 1, 1)), PRIVATE, KID)


# -- what the counter is told --------------------------------------------------------------


def _tampered_name() -> str:
    protected, unprotected, payload, signature = cose_parts(VALID)
    assert isinstance(payload, bytes)
    changed = payload.replace(b"Aslam", b"Aslan")
    assert changed != payload
    return pack([protected, unprotected, changed, signature])


def test_a_changed_name_is_altered_and_says_what_the_card_claims() -> None:
    result = check(_tampered_name())
    assert (result.status, result.trusted) == ("altered", False)
    assert result.claims is not None and result.claims.full_name == "Muhammad Aslan"


@pytest.mark.parametrize("position", [0, 10, 40, 80, 120, -20, -1])
def test_one_flipped_byte_of_the_cose_payload_is_never_verified(position: int) -> None:
    protected, unprotected, payload, signature = cose_parts(VALID)
    assert isinstance(payload, bytes)
    flipped = bytearray(payload)
    flipped[position] ^= 0x01
    result = check(pack([protected, unprotected, bytes(flipped), signature]))
    assert result.status in {"altered", "forged"}


def test_a_changed_signature_is_not_verified() -> None:
    protected, unprotected, payload, signature = cose_parts(VALID)
    assert isinstance(signature, bytes)
    for bad in (signature[:-1] + bytes([signature[-1] ^ 1]), signature[:32], b""):
        assert check(pack([protected, unprotected, payload, bad])).status == "altered"


def test_a_card_signed_with_another_key_is_forged() -> None:
    other, other_kid = new_issuing_key()
    assert check(issue(CLAIMS, other, other_kid)).status == "forged"  # unknown key id
    posing = check(issue(CLAIMS, other, KID))  # our key id, someone else's signature
    assert posing.status == "altered" and not posing.trusted
    assert verify(VALID, {}, (), TODAY).status == "forged"  # this counter trusts no key yet


def test_a_card_without_key_id_or_with_another_algorithm_is_forged() -> None:
    _, unprotected, payload, signature = cose_parts(VALID)
    no_kid = cbor2.dumps({1: -8})
    assert check(pack([no_kid, unprotected, payload, signature])).status == "forged"
    es256 = cbor2.dumps({1: -7, 4: KID.encode()})
    assert check(pack([es256, unprotected, payload, signature])).status == "forged"
    alg_outside = pack([cbor2.dumps({4: KID.encode()}), {1: -8}, payload, signature])
    assert check(alg_outside).status == "forged"


def test_revoked_and_expired() -> None:
    assert check(VALID, revoked=frozenset({CLAIMS.card_id})).status == "revoked"
    assert check(VALID, revoked=frozenset({"another card"})).status == "verified"
    last_day = CLAIMS.expires_on
    assert check(VALID, today=last_day).status == "verified"
    expired = check(VALID, today=last_day + timedelta(days=1))
    assert (expired.status, expired.trusted, expired.claims) == ("expired", True, CLAIMS)
    both = check(VALID, frozenset({CLAIMS.card_id}), last_day + timedelta(days=400))
    assert both.status == "revoked"  # the stronger warning wins


def test_scanner_endings_prefixes_and_caps_lock_are_undone() -> None:
    for scanned in (VALID + "\r\n", VALID + "\t", "]Q1" + VALID, VALID.lower() + "\n"):
        assert looks_like_credential(scanned)
        assert check(scanned).status == "verified"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00",
        "A" * 10_000,
        "😀" * 200,
        VALID[:-3],
        VALID[:150],
        VALID + "00",  # two more bytes after the zlib stream
        base45.b45encode(b"\x78\x9c" + b"junk" * 30).decode(),
        base45.b45encode(zlib.compress(b"not cbor \xff\xfe" * 20)).decode(),
        base45.b45encode(zlib.compress(cbor2.dumps({"a": [1, 2, 3]} | {"b": "x" * 100}))).decode(),
        base45.b45encode(
            zlib.compress(cbor2.dumps(cbor2.CBORTag(18, [b"", {}, b"", b"x" * 80])))
        ).decode(),
        base45.b45encode(
            zlib.compress(cbor2.dumps(cbor2.CBORTag(98, [b"", {}, b"", [], b"x" * 80])))
        ).decode(),
    ],
)
def test_junk_is_unreadable_or_forged_and_never_raises(text: str) -> None:
    result = check(text)
    assert result.status in {"unreadable", "forged"}
    assert result.reason.endswith(".") and not result.verified


def test_a_zip_bomb_is_refused_without_inflating_it() -> None:
    bomb = base45.b45encode(zlib.compress(b"\0" * 2_500_000, 9)).decode()
    assert len(bomb) <= MAX_TEXT_CHARS
    result = check(bomb)
    assert result.status == "unreadable" and "more than" in result.reason


def test_reasons_never_repeat_personal_data() -> None:
    for result in (check(VALID), check(_tampered_name()), check(VALID, today=date(2040, 1, 1))):
        assert "Aslam" not in result.reason and CLAIMS.registry_number not in result.reason


@pytest.mark.parametrize(
    "typed",
    [
        "Muhammad Aslam",
        "MUHAMMAD ASLAM KHAN NIAZI " * 5,
        "محمد اسلم",
        "សុខ ចាន់ធី",
        make_registry_no(36_302_123),
        format_registry_no(make_registry_no(36_302_123)),
        "36302-1234567-1",
        "3630212345671",
        "0300-1234567",
        "+92 300 1234567",
        "AB1234567",
        "0" * 120,
        "HTTPS://EXAMPLE.ORG/" + "A" * 120,
    ],
)
def test_search_text_does_not_look_like_a_credential(typed: str) -> None:
    assert not looks_like_credential(typed)


# -- fuzzing -------------------------------------------------------------------------------

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BASE45_TEXT = st.text(alphabet=sorted(BASE45_ALPHABET), min_size=0, max_size=800)


@FUZZ
@given(
    st.one_of(
        st.text(max_size=6000),
        BASE45_TEXT,
        st.binary(max_size=3000).map(lambda data: base45.b45encode(data).decode()),
    )
)
def test_verify_and_looks_like_never_raise_on_any_text(text: str) -> None:
    result = check(text)
    assert result.status in {"unreadable", "forged"}
    assert isinstance(looks_like_credential(text), bool)


CBOR_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.binary(max_size=80),
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(st.integers(-70000, 200) | st.text(max_size=5), inner, max_size=6)
    ),
    max_leaves=20,
)


@FUZZ
@given(
    protected=st.dictionaries(st.integers(-10, 40), CBOR_VALUES, max_size=4),
    unprotected=st.dictionaries(st.integers(-10, 40), CBOR_VALUES, max_size=4),
    payload=CBOR_VALUES,
    signature=st.binary(max_size=100),
    kid=st.booleans(),
)
def test_well_formed_envelopes_around_hostile_contents_never_raise(
    protected: dict[int, object],
    unprotected: dict[int, object],
    payload: object,
    signature: bytes,
    kid: bool,
) -> None:
    if kid:
        protected = {**protected, 1: -8, 4: KID.encode()}
    text = pack([cbor2.dumps(protected), unprotected, cbor2.dumps(payload), signature])
    assert check(text).status in {"unreadable", "forged", "altered"}
    assert read_claims(text) is None or isinstance(read_claims(text), CardClaims)


def _inflated(text: str) -> bytes | None:
    try:
        return zlib.decompress(base45.b45decode(text.strip("\r\n\t\x00").upper()))
    except Exception:
        return None


MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, len(VALID) - 1), st.characters()),
    st.tuples(st.just("insert"), st.integers(0, len(VALID)), st.characters()),
    st.tuples(st.just("delete"), st.integers(0, len(VALID) - 1), st.just("")),
)


def mutate(text: str, edits: list[tuple[str, int, str]]) -> str:
    for kind, position, char in edits:
        at = min(position, len(text) - (kind != "insert"))
        if kind == "flip":
            text = text[:at] + char + text[at + 1 :]
        elif kind == "insert":
            text = text[:at] + char + text[at:]
        else:
            text = text[:at] + text[at + 1 :]
    return text


@FUZZ
@given(st.lists(MUTATION, min_size=1, max_size=4))
def test_a_mutated_credential_is_never_verified(edits: list[tuple[str, int, str]]) -> None:
    """Changing, adding or removing characters never yields a verified card. Two readings
    count as the same credential and are left out: the Caps-Lock one (lower case, which
    Base45 does not have) and text that still inflates to the very same signed message
    (slack in the transport encodings, e.g. unused bits at the end of the deflate stream)."""
    mutated = mutate(VALID, edits)
    assume(mutated.strip("\r\n\t\x00").upper() != VALID)
    result = check(mutated)
    assert isinstance(looks_like_credential(mutated), bool)
    if result.status == "verified":
        assert _inflated(mutated) == _inflated(VALID)
    else:
        assert result.status in {"unreadable", "forged", "altered"}
