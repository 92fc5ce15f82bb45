"""fieldkit.ui layer."""
