"""briefing: turn a day's news articles into an analyst's brief with verified quotes.

Data flow: articles -> chunks -> prompting -> llm -> extract (map) -> merge -> reduce ->
brief -> render. ``briefing.pipeline.run_daily`` runs it all.
"""

__version__ = "0.1.0"
