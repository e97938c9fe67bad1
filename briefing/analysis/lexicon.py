"""Small, general news vocabulary that code needs to compare statements.

Nothing here names a place, person or event of any article set: these are the words any
report uses for what a figure counts, for hedging, predicting and opposing. Words are
matched by their Snowball stems (briefing.articles.words.stem), so "killed", "killing"
and "kills" are one entry.
"""

from __future__ import annotations

import re

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
    # "ever since the mayor opened the pier" tells the past.
    r"\b(likely|unlikely|expected|expects|expect|plans? to|intends? to|bluff|never"
    r"|ever(?!\s+since)|impossible|out of the question|safe|no longer|is set to)\b",
)

# What says something is still to come, for What to watch: narrower than PREDICTIVE,
# whose "would", "could" and "never" also fill past narrative ("That would have
# ended the strike"). Set on the real corpus's tune half, checked on its report half: of the
# items shown, 35% were to come before (report half, annotated), 54% with these
# (docs/calibration.md).
# Words that report a future with "would" after them ("said he would", "an assurance
# that she would"); a warning's "would" is read apart (briefing.brief.looking_ahead).
REPORTED_FUTURE = (
    "said|says|saying|told|tells|hoped|hopes|predicted|predicts|assurance|promised|announced"
    "|indicated|expects|expected"
)
AHEAD = (
    # Not the noun: "the will of the voters", "people of good will" ("voters who backed
    # her will return", "fell ill will be" are the verb).
    r"(?<!\bthe\s)(?<!\bhis\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bour\s)"
    r"(?<!\bgood\s)(?<!\bpolitical\s)"
    r"\b(?:will|won[’']t|shall)\b(?!\s+[\"“‘']?(?:always|never)\b)",
    # "plan to" the verb ("teams plan to begin"), not the noun ("announced a plan to", "the
    # mayor's plan to", "a comprehensive plan to", "a revised plan to": after an adjective's
    # ending or a possessive).
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)"
    r"(?<![’']s\s)(?<!ive\s)(?<!al\s)(?<!ous\s)(?<!ic\s)(?<!ful\s)(?<!ed\s)(?<!\bnew\s)"
    r"\bplan\s+to\b",
    # "had no immediate plans to join" is no plan; "further plans to cut" is one.
    r"(?<!\bno\s)(?<!\bany\s)(?<!\bno\simmediate\s)(?<!\bno\scurrent\s)(?<!\bno\sfurther\s)"
    r"(?<!\bno\sfirm\s)(?<!\bno\ssuch\s)(?<!\bany\simmediate\s)\bplans\s+to\b",
    r"\b(?:expected|set|scheduled|poised|slated|planning"
    r"|intends?|aims?|vows?|vowed|threatens?|threatened|promised|promises|pledged|expects?"
    r"|hopes?|hoped)\s+to\b|\bexpects?\s+(?:\w+\s+){1,3}to\b",
    # "is going to" is the future; "avoid going to war" is a move. A chance judged in the
    # past ("it was clear that Moss was not likely to win") is no forecast now.
    r"(?:\b(?:am|is|are|was|were|be|been|not)|[’'](?:s|re|m)|n[’']t)(?:\s+(?:still|\w+ly))?"
    r"\s+[\"“]?going\s+to\b",
    # A past "was likely to" is read in briefing.brief.looking_ahead: reported speech
    # ("said the bridge was likely to reopen") looks ahead.
    r"\b(?:un)?likely\s+to\b",
    r"\bnext\s+(?:week|month|year|session|round|step)\b|\bupcoming\b"
    r"|\bcoming\s+(?:days|weeks|months)\b|\blater\s+this\s+(?:week|month|year)\b"
    r"|\bdeadline\b|\btomorrow\b|\btonight\b|\bbefore\s+the\s+end\s+of\b",
    # Reported future: "said he would", "an assurance that he would"; never "would have"
    # nor "would never have" (a past that did not happen).
    rf"\b(?:{REPORTED_FUTURE}|warned|warns)\b[^.;:]{{0,80}}\bwould\b(?!\s+(?:(?:never|not|already|well|also|surely|probably|easily)\s+)?have\b)",
    # What may happen by a day to come: "delays could last into Wednesday".
    r"\b(?:could|may|might)\b(?!\s+(?:(?:never|not|already|well|also|surely|probably|easily)\s+)?have\b)[^.;:]{0,60}"
    r"\b(?:into|until|by|as\s+soon\s+as|before)"
    r"\s+(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    # A warning or threat of what could happen.
    r"\b(?:warn(?:s|ed|ing)?|threat(?:en(?:s|ed)?)?|risks?)\b[^.;:]{0,100}"
    r"\b(?:could|may|might|would)\b(?!\s+(?:(?:never|not|already|well|also|surely|probably|easily)\s+)?have\b)",
)
AHEAD_MARK = re.compile("|".join(AHEAD), re.IGNORECASE)

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

# Words that stand for a name already given: a name before one of them is not the doer
# of what follows it, nor a word of a claim's own.
PRONOUNS = frozenset("he she they it we i you him her them his its their our who".split())
# Words before a noun that say which one: a word after one of them is no verb ("his run",
# "a packed nightclub") and no name's part.
DETERMINERS = frozenset("a an the this that these those his her its their our your".split())
# Words before a noun that make it another of its kind: "a separate two-year inquiry",
# "another spot" are not the inquiry or the spot a report speaks of.
OTHER_OF_KIND = frozenset("another other earlier previous prior separate".split())

# A negation: "not", "never", "hasn't" ... (a sentence and its negation say opposite things).
NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|without)\b|n[’']t\b", re.IGNORECASE)

# An act said to be expected in so many words ("is expected to sign"): a preview, which
# a report of the act done overtakes.
EXPECTED_ACT = re.compile(
    r"\b(?:expected|scheduled|poised|(?:is|are|was|were) set) to\b", re.IGNORECASE
)

# The plainest words saying who says something, as a regular-expression alternation: they
# add no fact (briefing.brief.evidence) and mark who speaks, not who acts
# (briefing.analysis.disputes.planned).
SAYING = r"said|says|say|told|tells|reported|reports|according to"
