"""A fieldkit process to be killed: saves, imports, exports or writes, printing what it committed.

    python child.py save|import|export|writer DB PASSPHRASE [FILE] [CONFIG]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}


def main() -> None:
    mode, db, passphrase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    extra = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    from fieldkit.services.records import BatchError, add_json_records
    from fieldkit.services.workspace import StoreError, Workspace

    workspace = Workspace.open(db, passphrase)
    print("ready", flush=True)
    if mode in ("save", "writer"):
        batches = 10_000 if mode == "save" else int(os.environ.get("BATCHES", "30"))
        for batch in range(batches):
            records = [(i, {**KII, "duration_min": 1 + (batch * 5 + i) % 600, "interviewee_roles": f"{os.getpid()}"})
                       for i in range(1, 6)]
            try:
                add_json_records(workspace, "kii", records)
            except (StoreError, BatchError) as exc:  # busy past the timeout: refused whole, said clearly
                print(f"refused {exc}", flush=True)
                continue
            print("committed 5", flush=True)
    elif mode == "import":
        from fieldkit.services.merge import merge_workbooks

        summary = merge_workbooks(workspace, [extra])
        print(f"imported {summary.inserted}", flush=True)
    elif mode == "export":
        from fieldkit.services.export import export_workbook

        export_workbook(workspace, extra)
        print("exported", flush=True)
    workspace.close()


if __name__ == "__main__":
    main()
