"""US states: postal codes and AP dateline abbreviations (None: AP never abbreviates the state)."""

from __future__ import annotations

STATES: dict[str, tuple[str, str | None]] = {
    "Alabama": ("AL", "Ala."), "Alaska": ("AK", None), "Arizona": ("AZ", "Ariz."),
    "Arkansas": ("AR", "Ark."), "California": ("CA", "Calif."), "Colorado": ("CO", "Colo."),
    "Connecticut": ("CT", "Conn."), "Delaware": ("DE", "Del."), "Florida": ("FL", "Fla."),
    "Georgia": ("GA", "Ga."), "Hawaii": ("HI", None), "Idaho": ("ID", None),
    "Illinois": ("IL", "Ill."), "Indiana": ("IN", "Ind."), "Iowa": ("IA", None),
    "Kansas": ("KS", "Kan."), "Kentucky": ("KY", "Ky."), "Louisiana": ("LA", "La."),
    "Maine": ("ME", None), "Maryland": ("MD", "Md."), "Massachusetts": ("MA", "Mass."),
    "Michigan": ("MI", "Mich."), "Minnesota": ("MN", "Minn."), "Mississippi": ("MS", "Miss."),
    "Missouri": ("MO", "Mo."), "Montana": ("MT", "Mont."), "Nebraska": ("NE", "Neb."),
    "Nevada": ("NV", "Nev."), "New Hampshire": ("NH", "N.H."), "New Jersey": ("NJ", "N.J."),
    "New Mexico": ("NM", "N.M."), "New York": ("NY", "N.Y."), "North Carolina": ("NC", "N.C."),
    "North Dakota": ("ND", "N.D."), "Ohio": ("OH", None), "Oklahoma": ("OK", "Okla."),
    "Oregon": ("OR", "Ore."), "Pennsylvania": ("PA", "Pa."), "Rhode Island": ("RI", "R.I."),
    "South Carolina": ("SC", "S.C."), "South Dakota": ("SD", "S.D."), "Tennessee": ("TN", "Tenn."),
    "Texas": ("TX", None), "Utah": ("UT", None), "Vermont": ("VT", "Vt."),
    "Virginia": ("VA", "Va."), "Washington": ("WA", "Wash."), "West Virginia": ("WV", "W.Va."),
    "Wisconsin": ("WI", "Wis."), "Wyoming": ("WY", "Wyo."), "District of Columbia": ("DC", "D.C."),
}  # fmt: skip

# Other abbreviations people type, mapped to their state.
_COMMON = {
    "TEX": "Texas",
    "CAL": "California",
    "PENN": "Pennsylvania",
    "WASH DC": "District of Columbia",
}


def _key(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalpha())


_BY_FORM: dict[str, str] = {}
for _name, (_postal, _ap) in STATES.items():
    _BY_FORM[_key(_name)] = _name
    _BY_FORM[_postal] = _name
    if _ap:
        _BY_FORM[_key(_ap)] = _name
for _form, _name in _COMMON.items():
    _BY_FORM[_key(_form)] = _name


def state_by_written_form(text: str) -> str | None:
    """The state's full name for `CA`, `Calif.`, `calif`, `California` … or None."""
    return _BY_FORM.get(_key(text))
