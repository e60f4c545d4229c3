"""Keys, cards and bundles at the registry, on both backends, with the registry as a process:
device keys registered once, cards issued and revoked (revocations reach devices through
/keys), bundles relayed and imported by command — twice changing nothing, and tampered,
truncated, foreign, revoked-device and other-district bundles refused with nothing applied."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync import bundle, credentials
from sync.protocol import (
    USER_HEADER,
    CardIssued,
    DeviceKeys,
    ErrorBody,
    KeysResponse,
    Mutation,
)
from sync.server import admin
from sync.server.cli import main
from tests.registry_process import RegistryClient
from tests.server.conftest import Registry


class Laptop:
    """An enrolled device with bundle keys, as a field laptop holds them."""

    def __init__(self, registry: Registry, district: str = "PB-MUL") -> None:
        self.client = registry.device(district, name="laptop")
        self.signing = Ed25519PrivateKey.generate()
        self.box = X25519PrivateKey.generate()
        keys = DeviceKeys(
            signing_key=bundle.public_text(self.signing.public_key()),
            box_key=bundle.public_text(self.box.public_key()),
        )
        answer = self.client.session.put(
            self.client.url("/device-keys"), data=keys.model_dump_json(), timeout=30
        )
        assert answer.status_code == 200, answer.text
        self.keys = KeysResponse.model_validate_json(self.client.get("/keys").content)

    def bundle(self, *mutations: Mutation, signing: Ed25519PrivateKey | None = None) -> bytes:
        return bundle.seal(
            "changes",
            {"mutations": [m.model_dump(mode="json") for m in mutations]},
            sender=f"device:{self.client.enrolment.device_id}",
            district=self.client.district,
            created_at="2026-11-22T10:00:00+05:00",
            manifest={"count": len(mutations)},
            signing_key=signing or self.signing,
            recipient=bundle.box_public(self.keys.registry_box_key),
        )

    def results(self, data: bytes) -> list[dict[str, Any]]:
        header, payload = bundle.open_bundle(
            data,
            sender_key=bundle.signing_public(self.keys.registry_signing_key),
            recipient=self.box,
        )
        assert header.kind == "results"
        assert header.manifest["device_id"] == self.client.enrolment.device_id
        return list(payload["results"])


def _relay(counter: RegistryClient, data: bytes) -> Any:
    return counter.session.post(
        counter.url("/bundles"),
        data=data,
        headers={"Content-Type": "application/octet-stream"},
        timeout=60,
    )


def _count(registry: Registry, table: str, entity_id: str) -> int:
    return int(registry.scalar(f"SELECT count(*) FROM {table} WHERE id = :i", i=entity_id))


# -- keys -----------------------------------------------------------------------------------------


def test_device_keys_are_registered_once(registry: Registry) -> None:
    laptop = Laptop(registry)
    other = DeviceKeys(
        signing_key=bundle.public_text(Ed25519PrivateKey.generate().public_key()),
        box_key=bundle.public_text(X25519PrivateKey.generate().public_key()),
    )
    answer = laptop.client.session.put(
        laptop.client.url("/device-keys"), data=other.model_dump_json(), timeout=30
    )
    assert answer.status_code == 409
    assert ErrorBody.model_validate_json(answer.content).code == "keys_differ"
    garbage = laptop.client.session.put(
        laptop.client.url("/device-keys"),
        data='{"signing_key": "bm90IGEga2V5", "box_key": "bm90IGEga2V5"}',
        timeout=30,
    )
    assert garbage.status_code == 422
    assert laptop.keys.issuer_keys and laptop.keys.registry_box_key


# -- cards ----------------------------------------------------------------------------------------


def test_cards_are_issued_verified_and_revoked_on_reprint(registry: Registry) -> None:
    counter = registry.device(name="card-counter")
    _household, person_id = counter.register(native_name="راشد خان")
    clerk = admin.add_user(
        registry.engine,
        username="card-clerk",
        display_name="Card Clerk",
        role="clerk",
        district="PB-MUL",
        password="a fine password",
    )
    field_officer = admin.add_user(
        registry.engine,
        username="card-field",
        display_name="Field",
        role="field_officer",
        district="PB-MUL",
        password="a fine password",
    )

    def ask(user_id: str, reprint: bool = False) -> Any:
        return counter.session.post(
            counter.url("/cards"),
            json={"person_id": person_id, "reprint": reprint},
            headers={USER_HEADER: user_id},
            timeout=30,
        )

    refused = ask(field_officer)
    assert refused.status_code == 403
    first = ask(clerk)
    assert first.status_code == 201, first.text
    card = CardIssued.model_validate_json(first.content)
    keys = KeysResponse.model_validate_json(counter.get("/keys").content)
    trust = credentials.Trust.from_texts([k.public_key for k in keys.issuer_keys])
    checked = trust.verify(card.credential, date.today())
    assert checked.status == "verified", checked.reason
    assert checked.claims is not None and checked.claims.full_name == "Rashid Khan"
    assert checked.claims.full_name_native == "راشد خان"
    again = ask(clerk)
    assert again.status_code == 409
    assert ErrorBody.model_validate_json(again.content).code == "card_exists"

    reprint = CardIssued.model_validate_json(ask(clerk, reprint=True).content)
    assert reprint.revoked_cards == [card.card_id]
    later = KeysResponse.model_validate_json(
        counter.get("/keys", revoked_after=keys.revocations_through).content
    )
    assert later.revoked_cards == [card.card_id]
    trust = credentials.Trust.from_texts(
        [k.public_key for k in later.issuer_keys], later.revoked_cards
    )
    assert trust.verify(card.credential, date.today()).status == "revoked"
    assert trust.verify(reprint.credential, date.today()).status == "verified"
    nothing_new = KeysResponse.model_validate_json(
        counter.get("/keys", revoked_after=later.revocations_through).content
    )
    assert nothing_new.revoked_cards == []
    actions = [r[0] for r in registry.all("SELECT action FROM registry_audit ORDER BY seq")]
    assert actions.count("issue_card") == 2 and "revoke_card" in actions

    other_district = registry.device("PB-LHR", name="lahore")
    lahore_clerk = admin.add_user(
        registry.engine,
        username="lahore-clerk",
        display_name="L",
        role="clerk",
        district="PB-LHR",
        password="a fine password",
    )
    foreign = other_district.session.post(
        other_district.url("/cards"),
        json={"person_id": person_id},
        headers={USER_HEADER: lahore_clerk},
        timeout=30,
    )
    assert foreign.status_code == 404


# -- bundles --------------------------------------------------------------------------------------


def test_a_relayed_bundle_applies_once_and_returns_results(registry: Registry) -> None:
    laptop = Laptop(registry)
    counter = registry.device(name="relay-counter")
    household = laptop.client.new_household()
    person = laptop.client.new_person(household.entity_id)
    data = laptop.bundle(household, person)

    first = _relay(counter, data)
    assert first.status_code == 200, first.text
    results = laptop.results(first.content)
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert _count(registry, "person", person.entity_id) == 1
    seq = registry.scalar("SELECT seq FROM district_state WHERE district = 'PB-MUL'")

    second = _relay(counter, data)
    assert [r["status"] for r in laptop.results(second.content)] == ["applied", "applied"]
    assert registry.scalar("SELECT seq FROM district_state WHERE district = 'PB-MUL'") == seq
    # The laptop's own sync of the same mutations later is a repeat as well.
    direct = laptop.client.push(household, person)
    assert [r.status for r in direct.results] == ["applied", "applied"]
    assert registry.scalar("SELECT seq FROM district_state WHERE district = 'PB-MUL'") == seq


@pytest.mark.parametrize("damage", ["truncated", "flipped", "foreign", "garbage"])
def test_damaged_or_foreign_bundles_are_refused_and_change_nothing(
    registry: Registry, damage: str
) -> None:
    laptop = Laptop(registry)
    counter = registry.device(name=f"relay-{damage}")
    household = laptop.client.new_household()
    good = laptop.bundle(household)
    data = {
        "truncated": good[: len(good) // 2],
        "flipped": good[:-80] + bytes([good[-80] ^ 1]) + good[-79:],
        "foreign": laptop.bundle(household, signing=Ed25519PrivateKey.generate()),
        "garbage": b"PK\x03\x04 not a bundle at all",
    }[damage]
    answer = _relay(counter, data)
    assert answer.status_code == 422
    code = ErrorBody.model_validate_json(answer.content).code
    expected = {
        "truncated": "bundle_truncated",
        "flipped": "bundle_tampered",
        "foreign": "bundle_unknown_sender",
        "garbage": "bundle_not_a_bundle",
    }[damage]
    assert code == expected
    assert _count(registry, "household", household.entity_id) == 0


def test_bundles_from_revoked_devices_or_other_districts_are_refused(registry: Registry) -> None:
    laptop = Laptop(registry)
    household = laptop.client.new_household()
    data = laptop.bundle(household)
    lahore = registry.device("PB-LHR", name="lahore-relay")
    answer = _relay(lahore, data)
    assert ErrorBody.model_validate_json(answer.content).code == "bundle_wrong_district"
    admin.revoke_device(registry.engine, laptop.client.enrolment.device_id)
    counter = registry.device(name="relay-after-revoke")
    answer = _relay(counter, data)
    assert ErrorBody.model_validate_json(answer.content).code == "bundle_device_revoked"
    assert _count(registry, "household", household.entity_id) == 0


def test_import_bundle_command(registry: Registry, tmp_path: Path, capsys: Any) -> None:
    laptop = Laptop(registry)
    household = laptop.client.new_household()
    path = tmp_path / "field.onestop-bundle"
    path.write_bytes(laptop.bundle(household))
    url = str(registry.engine.url.render_as_string(hide_password=False))
    assert main(["import-bundle", "--db", url, str(path)]) == 0
    results_file = tmp_path / "field.results.onestop-bundle"
    assert [r["status"] for r in laptop.results(results_file.read_bytes())] == ["applied"]
    assert "1 applied" in capsys.readouterr().out
    assert main(["import-bundle", "--db", url, str(path)]) == 0  # again: nothing new
    assert _count(registry, "household", household.entity_id) == 1
    path.write_bytes(path.read_bytes()[:100])
    assert main(["import-bundle", "--db", url, str(path)]) == 1
    assert "truncated" in capsys.readouterr().err
