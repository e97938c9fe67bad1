"""Cost of a call from a price table (USD per million tokens), overridable in settings."""

from __future__ import annotations

from collections.abc import Mapping

from briefing.llm.types import Usage
from briefing.settings import Price

# List prices of OpenAI models (USD per 1M input/output tokens) as published in 2025;
# override or extend them with BRIEFING_PRICES or [tool.briefing.prices].
BUILTIN: dict[str, Price] = {
    "gpt-4o": Price(input=2.50, output=10.00),
    "gpt-4o-mini": Price(input=0.15, output=0.60),
    "gpt-4.1": Price(input=2.00, output=8.00),
    "gpt-4.1-mini": Price(input=0.40, output=1.60),
    "gpt-4.1-nano": Price(input=0.10, output=0.40),
}


def price_for(model: str, overrides: Mapping[str, Price]) -> Price | None:
    """The price of ``model``; a dated snapshot (gpt-4o-2024-08-06) uses its family's."""
    table = {**BUILTIN, **overrides}
    if model in table:
        return table[model]
    family = max((name for name in table if model.startswith(name + "-")), key=len, default=None)
    return table[family] if family else None


def cost(model: str, usage: Usage, overrides: Mapping[str, Price]) -> float | None:
    """USD for ``usage``, or None when the model's price is unknown."""
    price = price_for(model, overrides)
    if price is None:
        return None
    total = usage.prompt_tokens * price.input + usage.completion_tokens * price.output
    return round(total / 1_000_000, 8)
