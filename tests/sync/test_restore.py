"""Restoring records that were removed (issue 14): a person edited after its household was removed
comes back with the household, visible in the register and search; removed records are listed
with who removed them and when, and can be restored; a flag goes only when the record shows."""

from __future__ import annotations

import pytest

from desktop.core.demo import demo
from desktop.core.errors import NotFoundError
from desktop.core.register import households
from desktop.core.sync.conflicts import resolve_conflict, to_review
from desktop.core.sync.export import export
from desktop.core.sync.importing import import_bundle
from tests.sync.helpers import PASSPHRASE


@pytest.fixture
def pair(make_replica, tmp_path):
    hub, laptop = make_replica("站点主机"), make_replica("笔记本1")
    demo.generate(hub, 3, seed=11)
    import_bundle(laptop, export(hub, tmp_path / "s0", PASSPHRASE, full=True).path, PASSPHRASE)
    return hub, laptop


def _visible(ctx, hid: str, name: str) -> bool:
    return hid in households.find(ctx, "") and hid in households.find(ctx, name)


def test_restoring_a_member_edited_while_deleted_brings_back_its_household(pair, tmp_path):
    hub, laptop = pair
    hid = households.find(hub, "")[0]
    data = households.household(hub, hid)
    person = (
        next(m for m in data["members"] if m["id"] != data["head_id"])
        if len(data["members"]) > 1
        else data["members"][0]
    )
    households.remove_household(hub, hid)
    with laptop.write() as w:  # a colleague edits the person, not knowing
        w.put("persons", person["id"], {"phone": "13900000000"})
    import_bundle(hub, export(laptop, tmp_path / "s1", PASSPHRASE).path, PASSPHRASE)
    flagged = [c for c in to_review(hub) if c.kind == "deleted" and c.row_id == person["id"]]
    assert flagged
    resolve_conflict(hub, "persons", person["id"], "deleted", 0)  # 恢复
    assert _visible(hub, hid, person["name"])  # the household is back, and the person in it
    assert person["id"] in [m["id"] for m in households.household(hub, hid)["members"]]
    assert not [c for c in to_review(hub) if c.row_id == person["id"]]
    # and it syncs: the laptop sees it again too
    import_bundle(laptop, export(hub, tmp_path / "s2", PASSPHRASE).path, PASSPHRASE)
    assert _visible(laptop, hid, person["name"])


def test_removed_households_and_people_are_listed_and_restored(pair):
    from desktop.core.register import removed

    hub, _ = pair
    hid = households.find(hub, "")[0]
    members = households.household(hub, hid)["members"]
    households.remove_household(hub, hid)
    listed = removed.removed_households(hub)
    assert [r.id for r in listed] == [hid]
    assert (
        listed[0].removed_by == hub.worker
        and listed[0].removed_on
        and listed[0].computer == hub.computer
    )
    assert {p.id for p in removed.removed_persons(hub)} == {m["id"] for m in members}
    changes = removed.restore_household(hub, hid)
    assert changes.touches("households") and changes.touches("persons")
    assert removed.removed_households(hub) == [] and removed.removed_persons(hub) == []
    assert {m["id"] for m in households.household(hub, hid)["members"]} == {
        m["id"] for m in members
    }
    assert _visible(hub, hid, members[0]["name"])


def test_restoring_one_person_restores_its_household_but_not_the_others(pair):
    from desktop.core.register import removed

    hub, _ = pair
    hid = next(
        h for h in households.find(hub, "") if len(households.household(hub, h)["members"]) > 1
    )
    members = households.household(hub, hid)["members"]
    households.remove_household(hub, hid)
    removed.restore_person(hub, members[-1]["id"])
    assert [m["id"] for m in households.household(hub, hid)["members"]] == [members[-1]["id"]]
    assert _visible(hub, hid, members[-1]["name"])
    with pytest.raises(NotFoundError):
        removed.restore_person(hub, "no-such-person")
