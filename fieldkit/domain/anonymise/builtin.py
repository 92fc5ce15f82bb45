"""The hierarchies and sensitive columns of the built-in victims' feedback form (``vot_feedback``).

A form of one's own declares its own in a ``hierarchies`` sheet and with the
privacy mark ``sensitive`` (see ``sheet``); those win over these.
"""

from __future__ import annotations

from fieldkit.domain.anonymise.hierarchy import Hierarchy, date_hierarchy, value_hierarchy

__all__ = ["BUILTIN_FORM", "builtin_hierarchies", "builtin_sensitive"]

BUILTIN_FORM = "vot_feedback"

_REGIONS = ("absheron_khizi", "mountainous_shirvan", "ganja_dashkasan", "gazakh_tovuz", "guba_khachmaz",
            "lankaran_astara", "central_aran", "mil_mughan", "shirvan_salyan", "shaki_zagatala", "east_zangezur",
            "karabakh", "nakhchivan")
#: Azerbaijan's economic regions -> Baku / Absheron / the other regions -> Azerbaijan.
REGION = {"baku": ("baku", "azerbaijan"),
          **{r: ("absheron" if r == "absheron_khizi" else "other_regions", "azerbaijan") for r in _REGIONS}}
#: Age bands merged step by step; children stay apart as long as anything does.
AGE_BAND = {"under_18": ("under_18", "under_18"), "18_24": ("18_34", "18_plus"), "25_34": ("18_34", "18_plus"),
            "35_44": ("35_plus", "18_plus"), "45_plus": ("35_plus", "18_plus")}
#: Where the person was exploited: in Azerbaijan or abroad.
DESTINATION = {"azerbaijan": ("in_azerbaijan",), "turkey": ("abroad",), "uae": ("abroad",), "russia": ("abroad",),
               "other": ("abroad",)}

_SENSITIVE = ("exploitation_type", "services_received", "satisfaction_overall")


def builtin_hierarchies() -> dict[str, Hierarchy]:
    """vot_feedback's quasi-identifiers; sex and nationality are kept or suppressed (their defaults)."""
    return {
        "interview_date": date_hierarchy("interview_date"),
        "region": value_hierarchy("region", REGION, ("Baku / Absheron / other regions", "Azerbaijan")),
        "age_band": value_hierarchy("age_band", AGE_BAND, ("under 18 / 18-34 / 35 and over", "under 18 / 18 and over")),
        "destination": value_hierarchy("destination", DESTINATION, ("abroad / in Azerbaijan",)),
    }


def builtin_sensitive() -> tuple[str, ...]:
    """vot_feedback's sensitive columns: what an attacker must not learn of a victim."""
    return _SENSITIVE
