"""Words that name an office or a job: what makes the words around a name its role
(briefing.analysis.actors.roles, briefing.analysis.actors.lower_titles)."""

from __future__ import annotations

# Offices a title or an apposition holds.
OFFICES = frozenset(
    """president minister secretary senator ambassador leader commander chief premier
    governor mayor chancellor spokesman spokeswoman spokesperson chairman chairwoman chair
    director head general admiral colonel captain judge prosecutor attorney envoy
    representative congressman congresswoman lawmaker official officer adviser advisor
    aide king queen prince pope bishop founder ceo executive manager master editor
    commissioner inspector sheriff superintendent negotiator mediator rep sen gov speaker
    counsel whip agent councilman councilwoman treasurer auditor comptroller trooper
    detective tem tempore""".split()
)
# Jobs written in lower case before a name, besides the offices titles hold.
JOBS = OFFICES | frozenset(
    """strategist manager host anchor economist nominee candidate challenger incumbent
    founder columnist writer reporter correspondent author analyst pollster consultant
    lawyer professor historian activist organizer photographer producer publisher
    spokesperson chairperson secretary coordinator planner operative donor coach justice
    investor member comedian commentator pundit blogger actor actress singer musician
    filmmaker novelist poet pastor priest rabbi imam preacher evangelist businessman
    businesswoman entrepreneur billionaire philanthropist banker lobbyist physician
    doctor surgeon scientist researcher scholar student teacher athlete quarterback
    star""".split()
)
# Abbreviated titles a period does not end a sentence after ("Sen.", "Dr.").
TITLE_ABBREVIATIONS = (
    *("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gov", "Sen", "Rep", "Gen", "Col", "Lt"),
    *("Sgt", "Capt", "Prof", "Rev", "Hon"),
)
