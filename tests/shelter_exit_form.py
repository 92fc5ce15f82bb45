"""A small form of one's own with privacy marks and a `hierarchies` sheet (tests of anonymised releases)."""

SURVEY = [
    {"type": "date", "name": "visit_date", "label": "Visit", "privacy": "quasi"},
    {"type": "select_one city", "name": "city", "label": "City", "privacy": "quasi"},
    {"type": "integer", "name": "age", "label": "Age", "privacy": "quasi"},
    {"type": "select_one yn", "name": "helped", "label": "Helped?", "privacy": "sensitive"},
    {"type": "text", "name": "case_number", "label": "Case number", "privacy": "key"},
    {"type": "integer", "name": "children", "label": "Children"},
]
CHOICES = [{"list_name": "yn", "name": "yes", "label": "Yes"}, {"list_name": "yn", "name": "no", "label": "No"},
           *({"list_name": "city", "name": c, "label": c.title()} for c in ("baku", "sumqayit", "ganja", "shaki"))]
HIERARCHIES = [
    {"field": "city", "value": "baku", "level1": "capital", "level2": "country"},
    {"field": "city", "value": "sumqayit", "level1": "capital", "level2": "country"},
    {"field": "city", "value": "ganja", "level1": "regions", "level2": "country"},
    {"field": "city", "value": "shaki", "level1": "regions", "level2": "country"},
    {"field": "age", "kind": "intervals", "value": "0", "level1": "5", "level2": "10", "level3": "20"},
    {"field": "visit_date", "kind": "date"},
]
SETTINGS = {"form_id": "shelter_exit", "version": "1"}
