"""fieldkit: offline field data collection for monitoring and evaluation."""

__version__ = "0.1.0"
