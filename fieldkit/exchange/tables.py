"""Read a plain table (header row, then rows) from the first sheet of a workbook."""

from __future__ import annotations

from pathlib import Path
from fieldkit.exchange.export_format import cell_text
from fieldkit.exchange.workbook_in import IncomingWorkbook, WorkbookError

__all__ = ["read_table"]


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of the first sheet as dicts keyed by the header row; WorkbookError when unreadable."""
    with IncomingWorkbook(Path(path)) as book:
        if not book.sheet_names:
            raise WorkbookError(f"{Path(path).name}: the workbook has no sheet")
        rows = book.rows(book.sheet_names[0])
        header = [cell_text(c) for c in next(rows, [])]
        table = []
        for row in rows:
            cells = [cell_text(c) for c in row]
            if any(cells):
                table.append(dict(zip(header, cells)))
        return table
