"""Property: any record of any question type survives export then import unchanged."""

from __future__ import annotations

import datetime as dt
import string

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from fieldkit.services.export import export_workbook
from fieldkit.services.forms import add_form_file
from fieldkit.services.merge import merge_workbooks
from fieldkit.services.records import list_records, save_record, start_record
from fieldkit.services.workspace import Workspace

SURVEY = [
    {"type": "text", "name": "t", "label": "Text"},
    {"type": "text", "name": "notes", "label": "Notes", "appearance": "multiline"},
    {"type": "integer", "name": "i", "label": "Integer"},
    {"type": "decimal", "name": "d", "label": "Decimal"},
    {"type": "date", "name": "day", "label": "Date"},
    {"type": "time", "name": "clock", "label": "Time"},
    {"type": "select_one colours", "name": "one", "label": "One"},
    {"type": "select_multiple colours", "name": "many", "label": "Many"},
    {"type": "range", "name": "r", "label": "Range", "parameters": "start=0 end=10 step=0.5"},
    {"type": "acknowledge", "name": "ok", "label": "OK?"},
    {"type": "note", "name": "n", "label": "A note"},
    {"type": "calculate", "name": "c", "calculation": "concat(${t}, '|', ${i})"},
    {"type": "begin repeat", "name": "rows", "label": "Rows"},
    {"type": "text", "name": "rt", "label": "Row text"},
    {"type": "integer", "name": "ri", "label": "Row number"},
    {"type": "end repeat"},
]
COLOURS = ["qırmızı", "göy", "синий", "yaşıl", "ağ"]
CHOICES = [{"list_name": "colours", "name": c, "label": c.upper()} for c in COLOURS]

LETTERS = "əğıİöüçşƏĞIÖÜÇŞ" + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙ" + string.ascii_letters + string.digits
TEXT = st.one_of(
    st.text(alphabet=LETTERS + " .,;:!?'\"()-_/=+@#%&*\n\t", min_size=1, max_size=60),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30),
    st.sampled_from(["=SUM(A1:A9)", "+994 50 123 45 67", "-", "@home", "007", "1e5", "TRUE", "  padded  "]),
)
ANSWERS = st.fixed_dictionaries({}, optional={
    "t": TEXT,
    "notes": TEXT,
    "i": st.integers(min_value=-(10**15 - 1), max_value=10**15 - 1),
    "d": st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False),
    "day": st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2100, 12, 31)).map(dt.date.isoformat),
    "clock": st.times().map(lambda t: t.strftime("%H:%M")),
    "one": st.sampled_from(COLOURS),
    "many": st.lists(st.sampled_from(COLOURS), min_size=1, unique=True).map(
        lambda chosen: [c for c in COLOURS if c in chosen]),
    "r": st.integers(min_value=0, max_value=20).map(lambda n: n / 2),
    "ok": st.just("OK"),
    "rows": st.lists(st.fixed_dictionaries({}, optional={"rt": TEXT, "ri": st.integers(-999, 999)}), max_size=3),
})


def test_records_survive_export_and_import(tmp_path, xlsform, monkeypatch):
    path = xlsform(SURVEY, CHOICES, {"form_id": "every_type", "version": "1"})
    laptop = Workspace.open(tmp_path / "laptop.db", "laptop passphrase", create=True)
    add_form_file(laptop, path)
    hq = Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True)
    out = tmp_path / "to-hq.xlsx"
    counter = iter(range(10**6))

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(batch=st.lists(ANSWERS, min_size=1, max_size=4))
    @example(batch=[{"d": -0.0, "i": 0, "r": 0.0}])  # a spreadsheet has no -0: it comes back as 0
    def round_trip(batch):
        saved = []
        for answers in batch:
            _, record = start_record(laptop, "every_type")
            saved.append(save_record(laptop, record, answers, final=True))
        target = out.with_name(f"to-hq-{next(counter)}.xlsx")
        export_workbook(laptop, target, since_last=True)
        summary = merge_workbooks(hq, [target])
        assert (summary.edited_outside, summary.conflicts, summary.refused) == (0, 0, 0)
        arrived = {r.uuid: r for r, _ in list_records(hq, "every_type")}
        for record in saved:
            other = arrived[record.uuid]
            assert other.data == record.data, (record.data, other.data)
            assert (other.revision, other.status, other.form_version) == (record.revision, "final", "1")
            assert other.created_at == record.created_at and other.device_id == record.device_id
        target.unlink()

    try:
        round_trip()
    finally:
        laptop.close()
        hq.close()
