"""A synthetic district loaded into the encrypted cache (the demo and tests)."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from forms.definition import FormDefinition
from sync.replica.bulk import Progress, load_households, rebuild_search_index
from sync.synthetic import DEFAULT_DISTRICT, District, Generator, iter_sorted


def seed_district(
    db: sqlite_utils.Database,
    form: FormDefinition,
    persons: int,
    *,
    seed: int,
    today: date,
    progress: Progress | None = None,
    district: str = DEFAULT_DISTRICT,
) -> District:
    """Generate a district and bulk-load it (rows sorted by id, search index after)."""
    generated = Generator(form, seed, today, first_serial=0, district=district).district(persons)
    load_households(
        db,
        iter_sorted(generated.households),
        iter_sorted(generated.persons),
        sorted(generated.identifiers),
        progress,
        contributions=sorted(generated.contributions),
    )
    rebuild_search_index(db, progress)
    return generated
