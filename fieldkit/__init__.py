"""fieldkit: offline field data collection for monitoring and evaluation."""

__version__ = "0.1.0"


def resources_dir():  # -> pathlib.Path (imports kept out of the package's import)
    """``resources/`` (forms, icons, translations): inside the installed package, or beside a
    source checkout. Here, not in a layer, so that the window finds its icon without loading the
    database layers before it is first shown."""
    from pathlib import Path

    here = Path(__file__).resolve().parent
    packaged = here / "resources"  # an installed wheel carries them in the package
    if (packaged / "forms").is_dir():
        return packaged
    return here.parent / "resources"
