"""fieldkit.store layer."""
