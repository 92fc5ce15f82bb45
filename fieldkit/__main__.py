"""Run fieldkit with ``python -m fieldkit``."""

import multiprocessing
import sys

from fieldkit.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen build starts the import's second process through here
    sys.exit(main())
