"""Shared fixtures. The offscreen platform is set here, before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")

from collections.abc import Iterator  # noqa: E402 - after the platform is chosen
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from sync.replica.cache import DeviceInfo, NewUser, Replica  # noqa: E402
from sync.replica.keyslots import KdfParams  # noqa: E402

# Real scrypt, cheap cost: tests check behaviour, the production cost is calibrated at setup.
FAST_KDF = KdfParams(log2_n=10, r=8, p=1)
SUPERVISOR = NewUser("supervisor", "Sana Supervisor", "correct horse 1", "supervisor")
CLERK = NewUser("clerk", "Kamran Clerk", "battery staple 2", "clerk")
DEVICE = DeviceInfo(office="PB-MUL-OSS1", district="PB-MUL", country="PK")
FIXED_NOW = datetime.fromisoformat("2026-11-22T10:00:00+05:00")


def fixed_clock() -> datetime:
    return FIXED_NOW


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def replica(cache_dir: Path) -> Iterator[Replica]:
    """A fresh encrypted cache with a supervisor logged in; always closed."""
    opened = Replica.create(cache_dir, SUPERVISOR, DEVICE, kdf=FAST_KDF, clock=fixed_clock)
    try:
        yield opened
    finally:
        opened.close()


def household(**overrides: object) -> dict[str, object]:
    """A valid raw household submission (what the registration screen sends)."""
    members = overrides.pop("members", None) or [
        {
            "given_name": "Muhammad",
            "family_name": "Aslam",
            "father_name": "Rashid Ahmed",
            "native_name": "محمد اسلم",
            "sex": "male",
            "birth_date": "1961-03-14",
            "id_type": "cnic",
            "id_number": "36302-1234567-1",
            "phone": "0300-1234567",
            "relationship": "head",
            "consent_given": True,
            "consent_method": "verbal",
        },
        {
            "given_name": "Fatima",
            "family_name": "Bibi",
            "father_name": "Muhammad Aslam",
            "sex": "female",
            "birth_date": "2019-07-01",
            "id_type": "bform",
            "id_number": "3630212345682",
            "relationship": "daughter",
            "consent_given": True,
            "consent_method": "verbal",
        },
    ]
    base: dict[str, object] = {
        "province": "PB",
        "district": "PB-MUL",
        "tehsil": "MUL-3",
        "union_council": "MUL-3-UC05",
        "village": "MUL-3-UC05-V1",
        "address_line": "House 12, Street 4",
        "poverty_score": "21.5",
        "members": members,
    }
    base.update(overrides)
    return base
