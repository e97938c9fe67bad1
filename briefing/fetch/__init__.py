"""Fetching: feeds in, each new item's page read and stored with its metadata."""

from briefing.fetch.day import fetch_day
from briefing.fetch.report import FetchReport

__all__ = ["FetchReport", "fetch_day"]
