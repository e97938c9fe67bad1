"""Stage 2-9 as a composition over stories: ``context`` (built once per run), ``plan``
(chunks and budget per story), ``story`` (one story briefed), ``daily`` (the day: every
story side by side, then the files) and ``estimate`` (a dry run)."""

from briefing.run.context import EVAL_STAGES, RunContext
from briefing.run.daily import RunResult, run_daily
from briefing.run.endpoint import endpoint
from briefing.run.estimate import Estimate, estimate
from briefing.run.plan import plan_story
from briefing.run.progress import NoProgress, Progress
from briefing.run.story import BriefRun, brief_story

__all__ = [
    "EVAL_STAGES",
    "BriefRun",
    "Estimate",
    "NoProgress",
    "Progress",
    "RunContext",
    "RunResult",
    "brief_story",
    "endpoint",
    "estimate",
    "plan_story",
    "run_daily",
]
