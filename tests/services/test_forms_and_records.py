"""Form versions and record saving through the services, as the GUI and CLI use them."""

from __future__ import annotations

import pytest

from fieldkit.domain.xlsform import FormError
from fieldkit.services.forms import add_form_file
from fieldkit.services.records import InvalidRecord, open_record, save_record, start_record

SURVEY_V1 = [{"type": "text", "name": "topic", "label": "Topic", "required": "yes"}]
SURVEY_V2 = SURVEY_V1 + [{"type": "integer", "name": "count", "label": "Count", "default": "3"}]


def test_newer_version_keeps_old_records_on_theirs(workspace, xlsform):
    add_form_file(workspace, xlsform(SURVEY_V1, settings={"form_id": "t", "version": "1"}, name="v1.xlsx"))
    form, old = start_record(workspace, "t")
    old = save_record(workspace, old, {"topic": "NRM"}, final=True)
    form2, added = add_form_file(workspace, xlsform(SURVEY_V2, settings={"form_id": "t", "version": "2"}, name="v2.xlsx"))
    assert added and form2.version == "2"
    reopened_form, reopened = open_record(workspace, old.uuid)
    assert (reopened_form.version, reopened.form_version) == ("1", "1")
    edited = save_record(workspace, reopened, {"topic": "NRM, SOPs"}, final=True)
    assert (edited.form_version, edited.revision) == ("1", 2)
    form, new = start_record(workspace, "t")
    assert form.version == "2" and new.data == {"count": 3}  # default applied


def test_same_version_other_content_and_older_versions_are_refused(workspace, xlsform):
    add_form_file(workspace, xlsform(SURVEY_V1, settings={"form_id": "t", "version": "5"}, name="a.xlsx"))
    _, added = add_form_file(workspace, xlsform(SURVEY_V1, settings={"form_id": "t", "version": "5"}, name="b.xlsx"))
    assert not added  # the same form again changes nothing
    with pytest.raises(FormError, match="already installed with other content"):
        add_form_file(workspace, xlsform(SURVEY_V2, settings={"form_id": "t", "version": "5"}, name="c.xlsx"))
    with pytest.raises(FormError, match="older than the installed version 5"):
        add_form_file(workspace, xlsform(SURVEY_V2, settings={"form_id": "t", "version": "4"}, name="d.xlsx"))


def test_final_save_refuses_an_invalid_record_and_keeps_nothing(workspace):
    _, record = start_record(workspace, "kii")
    with pytest.raises(InvalidRecord) as caught:
        save_record(workspace, record, {"women": -1}, final=True)
    assert "women" in caught.value.errors and "interview_date" in caught.value.errors
    from fieldkit.services.records import get_record

    assert get_record(workspace, record.uuid) is None


def test_title_comes_from_instance_name(workspace):
    _, record = start_record(workspace, "kii")
    saved = save_record(workspace, record, {"interview_date": "2026-11-02", "place": "guba"}, final=False)
    assert saved.title == "2026-11-02 guba"


def test_builtin_forms_are_installed_once(workspace):
    assert workspace.install_builtin_forms() == []  # unchanged files are not read again
    assert "kii" in [i.form_id for i in workspace.form_infos()]


def test_each_database_is_a_device_of_its_own(db_path, passphrase, tmp_path, config_dir):
    """Two databases under one installation are two devices; each keeps its id (kept in it, not in
    the config folder, which a new database never needs)."""
    from fieldkit.services.workspace import Workspace

    with Workspace.open(db_path, passphrase) as first, Workspace.open(tmp_path / "other.db", passphrase) as second:
        assert first.device_id != second.device_id
        ids = first.device_id, second.device_id
        _, record = start_record(first, "kii")
        assert save_record(first, record, {}, final=False).device_id == first.device_id
    assert not (config_dir / "device.json").exists()
    with Workspace.open(db_path, passphrase) as first, Workspace.open(tmp_path / "other.db", passphrase) as second:
        assert (first.device_id, second.device_id) == ids
