"""Small, general news vocabulary that code needs to compare statements.

Nothing here names a place, person or event of any article set: these are the words any
report uses for what a figure counts, for hedging, predicting and opposing. Words are
matched by their Snowball stems (briefing.articles.words.stem), so "killed", "killing"
and "kills" are one entry.
"""

from __future__ import annotations

from briefing.articles import stem


def _stems(*words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


# What a figure counts, read from the words around it.
MEASURES: dict[str, frozenset[str]] = {
    "deaths": _stems(
        "killed",
        "dead",
        "death",
        "died",
        "fatalities",
        "lives",
        "perished",
        "toll",
        "bodies",
        "fallen",
        "losses",
    ),
    "injuries": _stems("injured", "wounded", "hurt", "hospital", "treated", "casualties"),
    "missing": _stems("missing", "unaccounted"),
    "presence": _stems(
        "deployed",
        "stationed",
        "based",
        "present",
        "serving",
        "protect",
        "guard",
        "embedded",
        "posted",
        "troops",
    ),
    "departures": _stems(
        "leaving",
        "left",
        "departed",
        "departure",
        "withdrawn",
        "withdrawal",
        "evacuated",
        "fled",
        "exit",
        "recalled",
    ),
    "arrests": _stems("arrested", "detained", "custody", "charged", "jailed"),
    "releases": _stems(
        "spilled",
        "spilling",
        "leaked",
        "leak",
        "escaped",
        "released",
        "releasing",
        "discharged",
        "slick",
    ),
    "cargo": _stems("carrying", "cargo", "loaded", "capacity", "aboard"),
    "money": _stems(
        "cost",
        "worth",
        "funds",
        "paid",
        "price",
        "fees",
        "reward",
        "budget",
        "spent",
        "dollars",
        "euros",
        "pounds",
    ),
    "votes": _stems("votes", "ballots", "seats", "turnout"),
}

# What the noun after a figure is; figures conflict only within one unit class.
UNITS: dict[str, frozenset[str]] = {
    "people": _stems(
        "people",
        "persons",
        "personnel",
        "soldiers",
        "troops",
        "officers",
        "agents",
        "bodyguards",
        "members",
        "crew",
        "sailors",
        "residents",
        "civilians",
        "workers",
        "doctors",
        "nurses",
        "passengers",
        "children",
        "adults",
        "women",
        "migrants",
        "refugees",
        "protesters",
        "fighters",
        "militants",
        "staff",
        "employees",
        "students",
        "voters",
        "victims",
        "patients",
        "advisers",
        "advisors",
        "operatives",
        "guards",
        "nationals",
        "individuals",
        "lives",
        "drivers",
        "miners",
        "fishermen",
        "police",
        "policemen",
        "commandos",
        "combatants",
        "experts",
    ),
    "mass": _stems(
        "tonnes", "tons", "kilograms", "kilos", "barrels", "litres", "liters", "gallons", "pounds"
    ),
    "distance": _stems("kilometres", "kilometers", "miles", "metres", "meters", "nautical"),
    "money": _stems("dollars", "euros", "pounds", "million", "billion"),
    "vessels": _stems("ships", "vessels", "boats", "tankers"),
    "vehicles": _stems("cars", "trucks", "vehicles", "buses", "planes", "aircraft"),
    "buildings": _stems("homes", "houses", "buildings", "bridges"),
}
# Nouns after a figure that make it a duration ("20 years"), not a count of anything.
DURATIONS = _stems("years", "decades", "months", "weeks", "days", "hours", "minutes")
# Short forms of units (kept whole: "km" has no five-letter stem).
UNIT_ABBREVIATIONS = {"km": "distance", "kg": "mass", "m": "distance", "%": "percent"}

# Qualifiers printed before a figure, and how they bound it.
AT_LEAST = ("at least", "more than", "over", "upwards of", "or more")
ABOUT = ("about", "around", "approximately", "roughly", "nearly", "almost", "some", "close to")
AT_MOST = ("up to", "fewer than", "less than", "under", "no more than")

# Statements that say something is not known.
HEDGES = (
    r"\b(remains?|remained) (uncertain|unclear|unknown)\b",
    r"\b(is|was|are|were|it's|remains?|remained) (still |also )?(not (yet )?(clear|known)|unclear"
    r"|uncertain|unknown)\b",
    r"\bnot (yet )?(been )?(determined|established|confirmed|clear) (whether|why|how|who)\b",
    r"\b(nobody|no one) (seems to )?knows?\b",
    r"\bhave not (yet )?(determined|established|confirmed)\b",
)

# Statements about what will or may happen, or that rule something out.
PREDICTIVE = (
    r"\b(will|would|could|might|may|shall)\b",
    r"\b(likely|unlikely|expected|expects|expect|plans? to|intends? to|bluff|never|ever"
    r"|impossible|out of the question|safe|no longer|is set to)\b",
)

# Opposed pairs of verbs and states: a statement with one side of an axis and another
# with the other side, on one subject, may be a framing dispute.
POLARITY: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "deny/admit": (
        _stems("denied", "denies", "denial", "rejected"),
        _stems("admitted", "admits", "acknowledged", "confirmed"),
    ),
    "continue/end": (
        _stems("continued", "continues", "maintain", "ongoing"),
        _stems("ending", "ended", "sever", "break", "halted"),
    ),
    "safe/unsafe": (
        _stems("safe", "sound"),
        _stems("unsafe", "danger", "dangerous", "corrosion", "risk"),
    ),
    "rise/fall": (
        _stems("increased", "rise", "rising", "grew"),
        _stems("decreased", "fell", "falling", "dropped", "declined"),
    ),
}
