"""fieldkit.exchange layer."""
