"""Compatibility re-export: the run now lives in ``briefing.run`` (one module per step)."""

from briefing.run import BriefRun, NoProgress, Progress, RunResult, estimate, run_daily
from briefing.run.context import REDUCE_STAGES, STAGES, chunk_budget
from briefing.run.daily import load
from briefing.run.endpoint import endpoint
from briefing.run.plan import plan_map, rewrite_groups

__all__ = [
    "REDUCE_STAGES",
    "STAGES",
    "BriefRun",
    "NoProgress",
    "Progress",
    "RunResult",
    "chunk_budget",
    "endpoint",
    "estimate",
    "load",
    "plan_map",
    "rewrite_groups",
    "run_daily",
]
