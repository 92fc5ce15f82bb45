"""fieldkit.services layer."""
