"""decide() on deletions: a deletion is a revision whose hash is deletion_marker(uuid, revision)."""

from __future__ import annotations

from fieldkit.domain.merge import CONFLICT, INSERT, UNCHANGED, UPDATE, Version, decide, deletion_marker

UUID = "0f8fad5b-d9cb-469f-a165-70867728950e"
R1, EDIT = (1, "1" * 64), (2, "e" * 64)
DELETED = (2, deletion_marker(UUID, 2))


def version(*keys: tuple[int, str]) -> Version:
    return Version(keys[-1][0], keys[-1][1], frozenset(keys))


def test_each_case_of_a_deletion_arriving():
    tombstone = version(R1, DELETED)
    assert decide(None, tombstone) == INSERT  # never had it: kept as deleted
    assert decide(version(R1), tombstone) == UPDATE  # deletes what HQ has
    assert decide(version(R1, DELETED), tombstone) == UNCHANGED  # the same deletion again
    assert decide(version(R1, DELETED, (3, "3" * 64)), tombstone) == UNCHANGED  # restored since: old news
    assert decide(version(R1, EDIT), tombstone) == CONFLICT  # revision 1 edited elsewhere
    assert decide(version(R1, DELETED), version(R1, EDIT)) == CONFLICT  # ...whichever arrives first
    assert decide(version(R1, DELETED), version(R1, DELETED, (3, "3" * 64))) == UPDATE  # a restore
    assert decide(version(R1, DELETED), version(R1)) == UNCHANGED  # an old copy does not resurrect it


def test_the_marker_is_no_content_hash_and_depends_on_record_and_revision():
    assert len(deletion_marker(UUID, 2)) == 64
    assert deletion_marker(UUID, 2) == deletion_marker(UUID, 2)  # two laptops deleting revision 1 agree
    assert len({deletion_marker(UUID, 2), deletion_marker(UUID, 3),
                deletion_marker("16fd2706-8baf-433b-82eb-8c7fada847da", 2)}) == 3
