"""briefing: turn a day's news articles into an analyst's brief with verified quotes.

Data flow: articles -> stories -> per story: chunks -> prompting -> llm -> extract (map)
-> merge -> analysis -> reduce -> brief; then the day's front page -> render.
``briefing.run.run_daily`` runs it all.
"""

__version__ = "0.1.0"
