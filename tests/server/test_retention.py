"""Epoch changes after a restore, change-log pruning (410 resync), and a clean shutdown."""

from __future__ import annotations

from pathlib import Path

from sync.protocol import ErrorBody
from sync.server import admin
from tests.registry_process import RegistryProcess
from tests.server.conftest import Registry


def test_a_new_epoch_restarts_pulls_from_zero(registry: Registry) -> None:
    device = registry.device()
    household, person = device.register()
    cursor = device.changes(after=0).next_after
    old_epoch = device.enrolment.epoch
    new_epoch = admin.new_epoch(registry.engine)
    page = device.changes(epoch=old_epoch, after=cursor)
    assert page.epoch_changed and page.epoch == new_epoch != old_epoch
    assert {household, person} <= {c.entity_id for c in page.changes}
    assert not device.changes(epoch=new_epoch, after=cursor).epoch_changed


def test_pruning_makes_old_cursors_resync(registry: Registry) -> None:
    device = registry.device()
    for _ in range(3):
        device.register()
    epoch = device.changes(after=0).epoch
    floors = admin.prune(registry.engine, keep=2)
    floor = floors["PB-MUL"]
    assert floor > 0
    assert registry.scalar("SELECT count(*) FROM change_log WHERE district = 'PB-MUL'") == 2
    gone = device.get("/changes", epoch=epoch, after=0)
    assert gone.status_code == 410 and ErrorBody.model_validate_json(gone.content).code == "resync"
    page = device.changes(epoch=epoch, after=floor)
    assert len(page.changes) == 2
    manifest = device.snapshot()
    assert manifest.cursor >= floor and device.changes(epoch=epoch, after=manifest.cursor)


def test_an_epoch_change_after_pruning_restarts_at_the_floor(registry: Registry) -> None:
    device = registry.device()
    device.register()
    cursor = device.digest().cursor  # what a device that pulled everything holds
    old_epoch = device.enrolment.epoch
    floor = admin.prune(registry.engine, keep=1)["PB-MUL"]
    admin.new_epoch(registry.engine)
    household, person = device.register()
    page = device.changes(epoch=old_epoch, after=cursor)
    assert page.epoch_changed and all(c.seq > floor for c in page.changes)
    assert {household, person} <= {c.entity_id for c in page.changes}
    assert device.get("/changes", epoch=old_epoch, after=floor - 1).status_code == 410


def test_sigterm_stops_the_server_cleanly(registry: Registry, tmp_path: Path) -> None:
    second = RegistryProcess(registry.process.db_url, tmp_path).start()
    assert second.base_url != registry.base_url
    assert second.stop() == 0
    assert any("Shutting down" in line or "Finished server" in line for line in second.output)
