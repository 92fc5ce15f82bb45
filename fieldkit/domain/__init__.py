"""fieldkit.domain layer."""
