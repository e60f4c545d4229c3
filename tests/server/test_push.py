"""Push: applying, idempotent replays, sequence gaps, poison mutations, three-way merges."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from sync.protocol import Mutation, TableDigest, row_digest
from sync.server import admin
from tests.registry_process import RegistryClient, mutation
from tests.server.conftest import Registry


def _push_twice_at_once(device: RegistryClient, *mutations: Mutation) -> list[list[str]]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        answers = list(pool.map(lambda _: device.push(*mutations), range(2)))
    return [[r.model_dump_json() for r in answer.results] for answer in answers]


def test_a_registration_is_applied_and_logged(registry: Registry) -> None:
    device = registry.device()
    household = device.new_household()
    person = device.new_person(
        household.entity_id, identifiers=[["cnic", "3630212345671"]], native_name="رشید خان"
    )
    answer = device.push(household, person)
    assert [(r.status, r.version) for r in answer.results] == [("applied", 1), ("applied", 1)]
    assert answer.next_device_seq == 3
    row = registry.all(
        "SELECT given_name, native_name, sex, birth_date, registered_office, version, status"
        " FROM person WHERE id = :id",
        id=person.entity_id,
    )[0]
    assert tuple(row) == ("Rashid", "رشید خان", "male", "1970-05-01", "OFFICE-1", 1, "active")
    assert registry.all(
        "SELECT type, value FROM identifier WHERE person_id = :id", id=person.entity_id
    ) == [("cnic", "3630212345671")]
    assert (
        registry.scalar(
            "SELECT head_person_id FROM household WHERE id = :id", id=household.entity_id
        )
        == person.entity_id
    )
    logged = registry.all(
        "SELECT entity, entity_id FROM change_log WHERE district = 'PB-MUL' ORDER BY seq DESC"
        " LIMIT 2"
    )
    assert [tuple(r) for r in logged] == [
        ("person", person.entity_id),
        ("household", household.entity_id),
    ]
    sessions = registry.scalar(
        "SELECT counts FROM sync_session WHERE device_id = :d AND kind = 'push'",
        d=device.enrolment.device_id,
    )
    assert json.loads(sessions) == {"applied": 2}


def test_replays_return_the_same_results_and_apply_once(registry: Registry) -> None:
    device = registry.device()
    household = device.new_household()
    person = device.new_person(household.entity_id)
    first = [r.model_dump_json() for r in device.push(household, person).results]
    for _ in range(2):
        assert [r.model_dump_json() for r in device.push(household, person).results] == first
    assert _push_twice_at_once(device, household, person) == [first, first]
    assert registry.scalar("SELECT version FROM person WHERE id = :id", id=person.entity_id) == 1
    assert (
        registry.scalar(
            "SELECT count(*) FROM mutation WHERE entity_id IN (:a, :b)",
            a=household.entity_id,
            b=person.entity_id,
        )
        == 2
    )
    edit = device.update("person", person.entity_id, 1, phone=("03001234567", "03211111111"))
    results = _push_twice_at_once(device, edit)
    assert results[0] == results[1]
    assert registry.scalar("SELECT version FROM person WHERE id = :id", id=person.entity_id) == 2


def test_same_id_with_another_payload_is_409_and_an_incident(registry: Registry) -> None:
    device = registry.device()
    household = device.new_household()
    assert device.push(household).results[0].status == "applied"
    forged = mutation(
        household.device_seq,
        "household",
        household.entity_id,
        "create",
        0,
        {**household.changes, "address_line": [None, "Somewhere else"]},
        mutation_id=household.mutation_id,
    )
    result = device.push(forged).results[0]
    assert (result.status, result.reason, result.http_status) == (
        "rejected",
        "payload_mismatch",
        409,
    )
    assert (
        registry.scalar(
            "SELECT count(*) FROM incident WHERE kind = 'payload_mismatch' AND mutation_id = :m",
            m=household.mutation_id,
        )
        == 1
    )
    assert (
        registry.scalar("SELECT address_line FROM household WHERE id = :id", id=household.entity_id)
        == "House 1, Street 2"
    )


def test_a_hash_mismatch_is_rejected_and_the_queue_moves_on(registry: Registry) -> None:
    device = registry.device()
    household = device.new_household()
    tampered = household.model_copy(
        update={"changes": {**household.changes, "address_line": [None, "Tampered"]}}
    )
    follower = device.new_household()
    results = device.push(tampered, follower).results
    assert (results[0].status, results[0].reason) == ("rejected", "hash_mismatch")
    assert results[1].status == "applied"
    assert (
        registry.scalar("SELECT count(*) FROM household WHERE id = :id", id=household.entity_id)
        == 0
    )


def test_a_sequence_gap_holds_until_filled(registry: Registry) -> None:
    device = registry.device()
    first, second, third = device.new_household(), device.new_household(), device.new_household()
    held = device.push(second, third)
    assert [r.status for r in held.results] == ["held", "held"] and held.next_device_seq == 1
    assert (
        registry.scalar(
            "SELECT count(*) FROM mutation WHERE device_id = :d", d=device.enrolment.device_id
        )
        == 0
    )
    done = device.push(third, first, second)
    assert [r.status for r in done.results] == ["applied"] * 3 and done.next_device_seq == 4
    reused = mutation(2, "household", second.entity_id, "update", 1, {"poverty_score": [30.5, 1.0]})
    result = device.push(reused).results[0]
    assert (result.status, result.reason) == ("rejected", "seq_reused")


def test_one_poison_mutation_never_blocks_the_rest(registry: Registry) -> None:
    device = registry.device()
    household = device.new_household()
    persons = [
        device.new_person(
            household.entity_id, relationship="son", sex="alien" if i == 41 else "male"
        )
        for i in range(99)
    ]
    results = device.push(household, *persons).results
    statuses = [r.status for r in results]
    assert statuses.count("applied") == 99 and statuses[42] == "rejected"
    assert results[42].reason == "invalid" and "Sex" in (results[42].message or "")
    assert (
        registry.scalar(
            "SELECT count(*) FROM person WHERE household_id = :h", h=household.entity_id
        )
        == 98
    )


def test_three_way_merge_of_concurrent_edits(registry: Registry) -> None:
    office_a, office_b = registry.device(name="a"), registry.device(name="b")
    _, pid = office_a.register()
    changed = office_a.push(
        office_a.update("person", pid, 1, phone=("03001234567", "03330000001")),
        office_a.update("person", pid, 2, given_name=("Rashid", "Rasheed")),
    ).results
    assert [(r.status, r.version) for r in changed] == [("applied", 2), ("applied", 3)]
    merged = office_b.push(
        office_b.update("person", pid, 1, address_line=(None, "Near the mosque")),
        office_b.update("person", pid, 1, phone=("03001234567", "03440000002")),
        office_b.update(
            "person", pid, 1, given_name=("Rashid", "Rashida"), marital_status=(None, "married")
        ),
        office_b.update("person", pid, 1, given_name=("Rashid", "Rasheed")),
    ).results
    assert [(r.status, r.version) for r in merged[:2]] == [("merged", 4), ("merged", 5)]
    assert (merged[2].status, merged[2].conflict_fields, merged[2].version) == (
        "conflict",
        ["given_name"],
        6,
    )
    assert (merged[3].status, merged[3].version) == ("merged", 6)
    row = registry.all(
        "SELECT given_name, phone, address_line, marital_status, version FROM person"
        " WHERE id = :id",
        id=pid,
    )[0]
    assert tuple(row) == ("Rasheed", "03440000002", "Near the mosque", "married", 6)
    history = registry.all(
        "SELECT field, previous_value, new_value FROM field_history WHERE entity_id = :id", id=pid
    )
    assert [tuple(h) for h in history] == [("phone", '"03330000001"', '"03440000002"')]
    proposal = registry.all(
        "SELECT field, live_value, proposed_value, base_value, status, device_id FROM conflict"
        " WHERE entity_id = :id",
        id=pid,
    )
    assert [tuple(p) for p in proposal] == [
        ("given_name", '"Rasheed"', '"Rashida"', '"Rashid"', "open", office_b.enrolment.device_id)
    ]


def test_edits_to_merged_or_deleted_persons_are_refused(registry: Registry) -> None:
    device = registry.device()
    _, survivor = device.register()
    _, merged = device.register(given_name="Rashidd")
    _, deleted = device.register(given_name="Nadia", sex="female")
    admin.merge_person(registry.engine, merged, survivor)
    removal = mutation(device.seq(), "person", deleted, "delete", 1, {})
    assert device.push(removal).results[0].status == "applied"
    edits = [
        device.update("person", merged, 1, phone=("03001234567", "03000000000")),
        device.update("person", deleted, 1, phone=("03001234567", "03000000000")),
    ]
    results = device.push(*edits).results
    assert [(r.status, r.reason, r.redirect) for r in results] == [
        ("rejected", "merged_into", survivor),
        ("rejected", "deleted", None),
    ]
    kept = registry.all(
        "SELECT status FROM mutation WHERE mutation_id IN (:a, :b)",
        a=edits[0].mutation_id,
        b=edits[1].mutation_id,
    )
    assert [k[0] for k in kept] == ["rejected", "rejected"]
    assert registry.scalar("SELECT phone FROM person WHERE id = :id", id=merged) == "03001234567"
    assert registry.scalar("SELECT status FROM person WHERE id = :id", id=deleted) == "deleted"


def test_duplicates_across_districts_are_flagged_never_merged(registry: Registry) -> None:
    multan, lahore = registry.device("PB-MUL"), registry.device("PB-LHR")
    _, original = multan.register(
        given_name="Muhammad",
        family_name="Aslam",
        father_name="Rashid Ahmed",
        birth_date="1961-03-14",
        identifiers=[["cnic", "3630299999991"]],
    )
    _, same_id = lahore.register(given_name="Bilal", identifiers=[["cnic", "3630299999991"]])
    _, similar = lahore.register(
        given_name="Mohammad",
        family_name="Aslam",
        father_name="Rasheed Ahmad",
        birth_date="1961-03-14",
    )
    flags = registry.all(
        "SELECT person_id, other_person_id, reasons FROM duplicate_flag WHERE other_person_id = :o"
        " ORDER BY id",
        o=original,
    )
    assert [(f[0], json.loads(f[2])[0]) for f in flags] == [
        (same_id, "same_id"),
        (similar, "similar_name"),
    ]
    statuses = registry.all(
        "SELECT status, district FROM person WHERE id IN (:a, :b, :c) ORDER BY district",
        a=original,
        b=same_id,
        c=similar,
    )
    assert [tuple(s) for s in statuses] == [
        ("active", "PB-LHR"),
        ("active", "PB-LHR"),
        ("active", "PB-MUL"),
    ]


def test_enrolments_are_created_and_scoped(registry: Registry) -> None:
    device = registry.device()
    household_id, pid = device.register()
    values = {
        "reference": "APP-TEST-0001",
        "scheme_id": "bisp_kafaalat",
        "person_id": pid,
        "household_id": household_id,
        "status": "applied",
        "applied_at": "2026-11-22T10:00:00+05:00",
        "applied_office": "OFFICE-1",
        "applied_by": "user-1",
        "catalog_version": 1,
    }
    create = mutation(
        device.seq(),
        "enrolment",
        "0" * 8 + pid[8:],
        "create",
        0,
        {k: [None, v] for k, v in values.items()},
    )
    approve = device.update("enrolment", create.entity_id, 1, status=("applied", "approved"))
    results = device.push(create, approve).results
    assert [(r.status, r.version) for r in results] == [("applied", 1), ("applied", 2)]
    assert registry.all(
        "SELECT status, district, version FROM enrolment WHERE id = :id", id=create.entity_id
    ) == [("approved", "PB-MUL", 2)]
    row = device.rows("enrolment", [create.entity_id]).rows[0]
    assert row["status"] == "approved" and "district" not in row and "seq" not in row


def _digest(registry: Registry, table: str) -> TableDigest:
    """The digest recomputed from the rows, to check the one kept incrementally."""
    rows = registry.all(f"SELECT id, version FROM {table} WHERE district = 'PB-MUL'")  # noqa: S608
    xor = 0
    for entity_id, version in rows:
        xor ^= row_digest(entity_id, int(version))
    return TableDigest(count=len(rows), xor=f"{xor:016x}")


def test_a_mutation_the_database_refuses_leaves_the_rest_of_the_batch_applied(
    registry: Registry,
) -> None:
    """The batch is written at once; when the database refuses the write (here: two values
    of one identifier type break the identifier key), the push is applied again one mutation
    per savepoint, so only the offender is refused and the results keep their order."""
    device = registry.device()
    _, pid = device.register(identifiers=[["cnic", "3630212345671"]])
    mutations = [device.new_household() for _ in range(249)]
    twice = [["cnic", "3630212345671"], ["cnic", "3630212345671"]]
    mutations.append(
        device.update("person", pid, 1, identifiers=([["cnic", "3630212345671"]], twice))
    )
    mutations += [device.new_household() for _ in range(249)]
    mutations.append(
        device.update("household", mutations[0].entity_id, 1, poverty_score=(30.5, 7.0))
    )
    answer = device.push(*mutations)
    assert [r.mutation_id for r in answer.results] == [m.mutation_id for m in mutations]
    statuses = [r.status for r in answer.results]
    assert statuses[249] == "rejected" and answer.results[249].reason == "invalid"
    assert answer.results[249].message == "the record breaks a registry constraint"
    assert statuses.count("applied") == 499 and answer.next_device_seq == device.next_seq
    assert answer.results[-1].version == 2
    assert registry.all("SELECT type, value FROM identifier WHERE person_id = :p", p=pid) == [
        ("cnic", "3630212345671")
    ]
    assert registry.scalar("SELECT version FROM person WHERE id = :p", p=pid) == 1
    # The change log holds one entry per row and the digests match the rows.
    assert registry.scalar(
        "SELECT count(*) FROM change_log WHERE district = 'PB-MUL' AND entity = 'household'"
    ) == registry.scalar("SELECT count(*) FROM household WHERE district = 'PB-MUL'")
    assert device.digest().tables["household"] == _digest(registry, "household")
    assert device.digest().tables["person"] == _digest(registry, "person")
    # A replay returns the same results, stored while applying one by one.
    again = device.push(*mutations)
    assert [r.model_dump_json() for r in again.results] == [
        r.model_dump_json() for r in answer.results
    ]


def test_later_mutations_of_a_batch_see_the_earlier_ones(registry: Registry) -> None:
    device = registry.device()
    household = device.new_household()
    head = device.new_person(
        household.entity_id, identifiers=[["cnic", "3630288888881"]], birth_date="1955-02-03"
    )
    taken = device.new_person(
        household.entity_id, relationship="son", registry_no=head.changes["registry_no"][1]
    )
    brother = device.new_person(
        household.entity_id, relationship="son", identifiers=[["cnic", "3630288888881"]]
    )
    edit = device.update("person", head.entity_id, 1, phone=("03001234567", "03009999999"))
    again = device.update("person", head.entity_id, 2, phone=("03009999999", "03008888888"))
    removal = mutation(device.seq(), "person", brother.entity_id, "delete", 1, {})
    results = device.push(household, head, taken, brother, edit, again, removal).results
    assert [(r.status, r.reason, r.version) for r in results] == [
        ("applied", None, 1),
        ("applied", None, 1),
        ("rejected", "registry_no_taken", None),
        ("applied", None, 1),
        ("applied", None, 2),
        ("applied", None, 3),
        ("applied", None, 2),
    ]
    assert (
        registry.scalar("SELECT head_person_id FROM household WHERE id = :h", h=household.entity_id)
        == head.entity_id
    )
    flags = registry.all(
        "SELECT person_id, other_person_id FROM duplicate_flag WHERE person_id = :p"
        " AND reasons LIKE '%same_id%'",
        p=brother.entity_id,
    )
    assert [tuple(f) for f in flags] == [(brother.entity_id, head.entity_id)]
    logged = registry.all(
        "SELECT entity_id, version FROM change_log WHERE entity_id IN (:a, :b) ORDER BY seq",
        a=head.entity_id,
        b=brother.entity_id,
    )
    assert [tuple(e) for e in logged] == [(head.entity_id, 3), (brother.entity_id, 2)]
    assert device.digest().tables["person"] == _digest(registry, "person")
