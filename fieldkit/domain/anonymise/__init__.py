"""Anonymised releases by generalisation, as ARX and sdcMicro make them.

- ``hierarchy``: how each quasi-identifier is made coarser, level by level;
- ``builtin``: the hierarchies and sensitive columns of vot_feedback;
- ``sheet``: a form's own, from its ``hierarchies`` sheet;
- ``columns``: which columns of a form a release publishes, generalises or leaves out;
- ``lattice``: the search for the combination of levels that loses least;
- ``metrics``: information loss and prosecutor risk;
- ``release``: strict k-anonymity and distinct l-diversity, whole records suppressed.
"""

from fieldkit.domain.anonymise.columns import ColumnPlan, plan_columns
from fieldkit.domain.anonymise.hierarchy import SUPPRESSED, Hierarchy, cell_text
from fieldkit.domain.anonymise.release import (
    LOSS_METRIC,
    AnonymisationRefused,
    PrivacyReport,
    Release,
    anonymise,
)

__all__ = ["LOSS_METRIC", "SUPPRESSED", "AnonymisationRefused", "ColumnPlan", "Hierarchy", "PrivacyReport",
           "Release", "anonymise", "cell_text", "plan_columns"]
