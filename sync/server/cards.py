"""Cards: the registry issues them (only it holds the issuing key) and revokes them.

A card carries what identifies its holder and nothing about schemes or benefits
(`sync.credentials`). Asking for a card when the person already has a valid one is refused
(`card_exists`) so no one holds two working cards by accident; a reprint — the card was lost
or damaged — revokes the person's earlier cards and issues a new one. Revocations are numbered
per district so devices fetch only new ones (`GET /keys?revoked_after=`) and check cards
offline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, select, update

from sync import credentials
from sync.protocol import CardIssued
from sync.server import keyring, registry_audit, store
from sync.server import tables as t

CARD_YEARS = 5
_SEXES: dict[str, credentials.Sex] = {"male": "male", "female": "female", "other": "other"}


class CardRefused(Exception):
    """`code` for the ErrorBody: not_found, card_exists, incomplete (with the field)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Issuer:
    user_id: str
    district: str
    office: str


def issue_card(
    conn: Connection, issuer: Issuer, person_id: str, *, reprint: bool, today: date
) -> CardIssued:
    """Issue one card (inside the caller's write transaction)."""
    person = conn.execute(
        select(
            t.person.c.registry_no,
            t.person.c.given_name,
            t.person.c.family_name,
            t.person.c.native_name,
            t.person.c.birth_date,
            t.person.c.sex,
            t.person.c.district,
            t.person.c.status,
        ).where(t.person.c.id == person_id)
    ).first()
    if person is None or person.district != issuer.district:
        raise CardRefused(404, "not_found", "no such person in this district")
    if person.status != "active":
        raise CardRefused(
            409, "not_active", f"the record is {person.status}; cards need an active one"
        )
    if not person.birth_date:
        raise CardRefused(422, "incomplete", "birth_date: a card needs the birth date")
    active = [
        str(row.card_id)
        for row in conn.execute(
            select(t.card.c.card_id)
            .where(t.card.c.person_id == person_id)
            .where(t.card.c.revoked_at.is_(None))
        )
    ]
    if active and not reprint:
        raise CardRefused(
            409, "card_exists", "the person has a valid card; a lost one needs a reprint"
        )
    ring = keyring.load(conn)
    now = store.now_iso()
    for card_id in active:
        revoke(conn, card_id, reason="reprint", actor=issuer.user_id, at=now)
    card_id = store.new_id()
    expires = _years_later(today, CARD_YEARS) - timedelta(days=1)
    claims = credentials.CardClaims(
        card_id=card_id,
        registry_number=str(person.registry_no),
        full_name=" ".join(p for p in (person.given_name, person.family_name) if p),
        full_name_native=person.native_name or None,
        birth_date=date.fromisoformat(str(person.birth_date)[:10]),
        sex=_SEXES.get(str(person.sex), "unknown"),
        issuing_office=issuer.office,
        issued_on=today,
        expires_on=expires,
        issuer=f"onestop:{store.get_meta(conn, 'country') or 'PK'}",
    )
    text = credentials.issue(claims, ring.issuer, ring.issuer_key_id)
    conn.execute(
        t.card.insert().values(
            card_id=card_id,
            person_id=person_id,
            district=issuer.district,
            office=issuer.office,
            key_id=ring.issuer_key_id,
            issued_at=now,
            issued_on=today.isoformat(),
            expires_on=expires.isoformat(),
            issued_by=issuer.user_id,
        )
    )
    registry_audit.append(
        conn,
        actor=issuer.user_id,
        action="issue_card",
        entity="person",
        entity_id=person_id,
        detail={"card_id": card_id, "reprint": reprint, "revoked": active},
    )
    return CardIssued(
        card_id=card_id,
        person_id=person_id,
        credential=text,
        issued_on=today.isoformat(),
        expires_on=expires.isoformat(),
        revoked_cards=active,
    )


def revoke(conn: Connection, card_id: str, *, reason: str, actor: str, at: str) -> bool:
    """Revoke one card; False when it was unknown or revoked already."""
    store.insert_ignore(conn, t.counter, {"name": "card_revocation", "value": 0})
    serial = conn.execute(
        update(t.counter)
        .where(t.counter.c.name == "card_revocation")
        .values(value=t.counter.c.value + 1)
        .returning(t.counter.c.value)
    ).scalar_one()
    done = conn.execute(
        update(t.card)
        .where(t.card.c.card_id == card_id)
        .where(t.card.c.revoked_at.is_(None))
        .values(revoked_at=at, revoked_reason=reason, revocation_serial=int(serial))
    )
    if done.rowcount:
        registry_audit.append(
            conn,
            actor=actor,
            action="revoke_card",
            entity="card",
            entity_id=card_id,
            detail={"reason": reason},
        )
    return bool(done.rowcount)


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
