"""Prompt A/B evaluation: variants, metrics, a both-orders judge, statistics, a report."""
