"""A synthetic district: made-up households and persons for the demo, tests and benchmarks.

Everything here is generated from shipped name pools and a seeded random generator; no real
person's data is involved. Households follow a plausible shape (a head, often a spouse,
children, sometimes a parent), ID numbers are valid in form but made up, and a share of the
population has phones, disabilities and low poverty scores, so that search, duplicate checks
and (later) entitlement rules meet realistic variety.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from forms.definition import FormDefinition
from forms.names import NameEntry, load_name_pools
from forms.regno import make_registry_no

REGISTERED_AT = "2026-01-15T09:00:00+05:00"
EMPLOYERS = (
    "Textile mill (synthetic)",
    "Brick kiln (synthetic)",
    "Sugar mill (synthetic)",
    "District council (synthetic)",
    "Cotton ginning (synthetic)",
)
SYSTEM_USER = "registry-import"
# The demo district; the seeded streams of existing tests and benchmarks depend on using only
# its villages, so it stays the default.
DEFAULT_DISTRICT = "PB-MUL"


@dataclass
class District:
    """Generated rows, each list sorted by primary key (UUIDv7 ids are time-ordered)."""

    households: list[dict[str, Any]] = field(default_factory=list)
    persons: list[dict[str, Any]] = field(default_factory=list)
    identifiers: list[tuple[str, str, str]] = field(default_factory=list)
    contributions: list[tuple[str, str, int, str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Place:
    province: str
    district: str
    tehsil: str
    union_council: str
    village: str


def places_of(form: FormDefinition, district: str | None = None) -> list[Place]:
    """Every village of the household form's admin-area lists (of one district), with parents."""
    parents: dict[str, str] = {}
    for name in ("district", "tehsil", "union_council", "village"):
        for choice in form.field(name).choices:
            if choice.parent is not None:
                parents[choice.value] = choice.parent
    out = []
    for village in form.field("village").choices:
        uc = parents[village.value]
        tehsil = parents[uc]
        code = parents[tehsil]
        if district is None or code == district:
            out.append(Place(parents[code], code, tehsil, uc, village.value))
    return out


class Generator:
    """Seeded generator of a Pakistani-shaped synthetic district."""

    def __init__(
        self,
        form: FormDefinition,
        seed: int,
        today: date,
        first_serial: int,
        district: str = DEFAULT_DISTRICT,
    ) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.places = places_of(form, district)
        if not self.places:
            raise ValueError(f"the household form has no villages in district {district!r}")
        self.office = f"{district}-REG"
        pools = load_name_pools().pakistan
        self.male, self.female, self.family = pools.male, pools.female, pools.family
        self.serial = first_serial
        self.id_counter = self.rng.randrange(10**6)
        # Ids draw on their own generator: the seeded stream of names and ages stays as it was.
        self._id_rng = random.Random(seed ^ 0x5EED)
        self._id_ms = 0
        self._id_count = 0

    def district(self, persons: int) -> District:
        out = District()
        while len(out.persons) < persons:
            self._household(out, min(persons - len(out.persons), self._household_size()))
        return out

    def batches(self, persons: int, batch: int) -> Iterator[District]:
        """The same stream as `district(persons)`, cut into parts of about `batch` persons
        (whole households), so a large district never has to sit in memory at once."""
        made = 0
        while made < persons:
            out = District()
            while len(out.persons) < batch and made + len(out.persons) < persons:
                left = persons - made - len(out.persons)
                self._household(out, min(left, self._household_size()))
            made += len(out.persons)
            yield out

    @property
    def last_serial(self) -> int:
        """The last registry serial handed out so far."""
        return self.serial

    def _new_id(self) -> str:
        """A UUIDv7, increasing within the millisecond (RFC 9562, method 1: `rand_a` counts);
        the `uuid6` package's is four times slower, which a million-person seed notices."""
        ms = time.time_ns() // 1_000_000
        if ms > self._id_ms:
            self._id_ms, self._id_count = ms, self._id_rng.getrandbits(10)
        else:
            self._id_count += 1
            if self._id_count > 0xFFF:
                self._id_ms, self._id_count = self._id_ms + 1, 0
        value = (self._id_ms << 80) | (0x7000 | self._id_count) << 64
        value |= 0x8000000000000000 | self._id_rng.getrandbits(62)
        text = f"{value:032x}"
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"

    def _household_size(self) -> int:
        return self.rng.choices((1, 2, 3, 4, 5, 6, 7, 8, 9), (4, 8, 12, 16, 18, 16, 12, 8, 6))[0]

    def _next_regno(self) -> str:
        self.serial += 1
        return make_registry_no(self.serial)

    def _household(self, out: District, size: int) -> None:
        rng = self.rng
        place = rng.choice(self.places)
        household_id = self._new_id()
        family = rng.choice(self.family)
        head_male = rng.random() < 0.85
        head = self._person(household_id, place, "head", head_male, family, self._age(25, 80))
        members = [head]
        if size > 1 and rng.random() < 0.85:
            members.append(
                self._person(
                    household_id,
                    place,
                    "spouse",
                    not head_male,
                    family,
                    max(18, _age_of(head, self.today) + rng.randint(-8, 3)),
                )
            )
        parent_name = head if head_male else (members[1] if len(members) > 1 else head)
        while len(members) < size:
            relationship = "parent" if rng.random() < 0.07 else rng.choice(("son", "daughter"))
            is_male = relationship == "son" or (relationship == "parent" and rng.random() < 0.4)
            age = self._age(60, 95) if relationship == "parent" else self._age(0, 25)
            child = self._person(household_id, place, relationship, is_male, family, age)
            if relationship != "parent":
                child["father_name"] = f"{parent_name['given_name']} {parent_name['family_name']}"
            members.append(child)
        poverty = round(rng.betavariate(2.2, 3.0) * 100, 1)
        out.households.append(
            {
                "id": household_id,
                "registry_no": self._next_regno(),
                "head_person_id": head["id"],
                **place.__dict__,
                "address_line": f"House {rng.randint(1, 400)}, Street {rng.randint(1, 30)}",
                "poverty_score": poverty,
                "poverty_level": None,
                **_provenance(self.office),
            }
        )
        for person in members:
            out.persons.append(person)
            age = _age_of(person, self.today)
            id_type = "cnic" if age >= 18 else "bform"
            if rng.random() < 0.93:
                out.identifiers.append((person["id"], id_type, self._id_number(person)))
            out.contributions.extend(self._contributions(person, age))

    def _contributions(
        self, person: dict[str, Any], age: int
    ) -> list[tuple[str, str, int, str, str]]:
        # Formal employment is the exception: about one adult in six has a contribution
        # record (old-age insurance, and employment-injury cover while still working).
        if age < 20 or self.rng.random() > 0.16:
            return []
        months = min((age - 18) * 12, int(self.rng.triangular(6, 420, 120)))
        employer = self.rng.choice(EMPLOYERS)
        last = (self.today - timedelta(days=self.rng.randint(20, 900))).isoformat()
        rows = [(person["id"], "eobi_old_age", months, last, employer)]
        if age < 60:
            rows.append((person["id"], "employment_injury", min(months, 36), last, employer))
        return rows

    def _age(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def _person(
        self,
        household_id: str,
        place: Place,
        relationship: str,
        male: bool,
        family: NameEntry,
        age: int,
    ) -> dict[str, Any]:
        rng = self.rng
        given = rng.choice(self.male if male else self.female)
        birth = self.today - timedelta(days=age * 365 + rng.randint(0, 364))
        disabled = rng.random() < 0.06
        return {
            "id": self._new_id(),
            "registry_no": self._next_regno(),
            "given_name": given.latin,
            "family_name": family.latin,
            "father_name": f"{rng.choice(self.male).latin} {family.latin}",
            "native_name": f"{given.native} {family.native}",
            "sex": "male" if male else "female",
            "birth_date": birth.isoformat(),
            "birth_date_estimated": int(rng.random() < 0.1),
            "pregnant": int(rng.random() < 0.12) if not male and 18 <= age <= 45 else None,
            "marital_status": ("married" if relationship in {"head", "spouse"} else None),
            "wg_seeing": rng.choice((2, 3, 4)) if disabled else 1,
            "wg_hearing": 1,
            "wg_walking": rng.choice((1, 2, 3)) if disabled else 1,
            "wg_cognition": 1,
            "wg_selfcare": 1,
            "wg_communication": 1,
            "phone": f"03{rng.randrange(10**9):09d}" if age >= 18 and rng.random() < 0.6 else None,
            **place.__dict__,
            "address_line": None,
            "household_id": household_id,
            "relationship": relationship,
            "consent_given": 1,
            "consent_method": "verbal",
            "consent_at": REGISTERED_AT,
            "consent_recorded_by": SYSTEM_USER,
            **_provenance(self.office),
        }

    def _id_number(self, person: dict[str, Any]) -> str:
        # Made-up numbers in CNIC form: Punjab region digit 3, a running middle part, and
        # the last digit odd for men and even for women as on real cards.
        self.id_counter += 1
        last = self.rng.choice("13579" if person["sex"] == "male" else "2468")
        return f"36{self.rng.randint(100, 399)}{self.id_counter % 10**7:07d}{last}"


def _age_of(person: dict[str, Any], today: date) -> int:
    birth = date.fromisoformat(person["birth_date"])
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _provenance(office: str) -> dict[str, Any]:
    return {
        "registered_by": SYSTEM_USER,
        "registered_office": office,
        "registered_at": REGISTERED_AT,
        "updated_at": REGISTERED_AT,
        "version": 1,
    }


def iter_sorted(rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    return iter(sorted(rows, key=lambda row: row["id"]))
