"""Cards at the counter: asking the registry to issue one, and checking one offline.

Issuing needs the registry (only it holds the issuing key); the credential that comes back is
kept in the cache so the card can be printed again without a connection. Checking a card
needs nothing but what sync brought down: the issuing keys and the revoked card ids.
"""

from __future__ import annotations

import json
from datetime import date

import sqlite_utils

from forms.roles import Action, allowed
from sync.client import state
from sync.client.errors import ProtocolError, SyncError
from sync.client.supervision import Supervision, UnknownConflict, ValueRefused
from sync.credentials import Trust, Verification
from sync.protocol import CardIssued, CardRequest
from sync.replica.connection import translate_errors
from sync.replica.entitlements import kept_card
from sync.replica.errors import PermissionDenied


class CardRefused(SyncError):
    """The registry issued no card; `code` says why: not_found (the person has not reached
    the registry), card_exists (a valid card exists; a lost one needs a reprint),
    not_active (the record was merged or deleted), incomplete (e.g. no birth date)."""

    user_message = "The registry did not issue a card for this person."

    def __init__(self, code: str) -> None:
        super().__init__(f"card refused: {code}")
        self.code = code


CARD_REFUSALS = ("not_found", "card_exists", "not_active", "incomplete")


def request_card(link: Supervision, role: str, person_id: str, *, reprint: bool) -> CardIssued:
    """Ask the registry for a card (network; call off the GUI thread)."""
    if not allowed(role, Action.PRINT_CARD):
        raise PermissionDenied(f"{role} may not print cards")
    request = CardRequest(person_id=person_id, reprint=reprint)
    try:
        return link.call(
            lambda: link.transport.post("/cards", request, CardIssued, headers=link.headers)
        )
    except (UnknownConflict, ValueRefused) as exc:  # the generic 404 / 422 mapping
        raise CardRefused(
            "not_found" if isinstance(exc, UnknownConflict) else "incomplete"
        ) from None
    except ProtocolError as exc:
        if exc.code in CARD_REFUSALS:
            raise CardRefused(exc.code) from None
        raise


def keep_card(db: sqlite_utils.Database, card: CardIssued, at: str) -> None:
    """Remember an issued card (for reprinting the same one) and what its issue revoked."""
    with translate_errors(), db.atomic():
        db.execute(
            "INSERT OR REPLACE INTO card (card_id, person_id, credential, issued_on, expires_on,"
            " received_at) VALUES (?, ?, ?, ?, ?, ?)",
            [card.card_id, card.person_id, card.credential, card.issued_on, card.expires_on, at],
        )
        for revoked in card.revoked_cards:
            db.execute(
                "INSERT OR IGNORE INTO card_revocation (card_id, serial) VALUES (?, 0)", [revoked]
            )


def latest_card(db: sqlite_utils.Database, person_id: str, today: date) -> str | None:
    """The credential of the person's newest card kept here that is neither revoked nor
    expired, if any (the same choice the slip makes)."""
    return kept_card(db, person_id, today.isoformat())


def trust(db: sqlite_utils.Database) -> Trust:
    """The issuing keys and revocations this device knows, for offline checks."""
    keys = json.loads(state.get(db, "card_issuer_keys") or "{}")
    revoked = [str(r[0]) for r in db.execute("SELECT card_id FROM card_revocation")]
    return Trust.from_texts(list(keys.values()), revoked)


def check(db: sqlite_utils.Database, text: str, today: date) -> Verification:
    return trust(db).verify(text, today)
