"""The cost cap: a budget of dollars and/or tokens that live calls draw on.

Checked before each live call and charged after it, re-asks included (each is a call);
recorded and cached answers are free. Calls already under way when the cap is reached
still finish, so a run can overshoot by at most ``concurrency`` calls.
"""

from __future__ import annotations

from briefing.errors import BudgetExceeded, ConfigError
from briefing.llm.pricing import cost, price_for
from briefing.llm.types import Usage
from briefing.settings import Settings

RESUME = "answers so far are cached: rerun with a higher cap to resume where it stopped"


class Budget:
    """Spending so far against the caps in settings."""

    def __init__(self, settings: Settings) -> None:
        self.max_cost, self.max_tokens = settings.max_cost_usd, settings.max_tokens_total
        self.model, self.prices = settings.model, settings.prices
        if self.max_cost is not None and price_for(self.model, self.prices) is None:
            raise ConfigError(
                f"--max-cost needs a price for model {settings.model}",
                'set BRIEFING_PRICES=\'{"MODEL": {"input": USD_PER_M, "output": USD_PER_M}}\'',
            )
        self.cost, self.tokens = 0.0, 0

    def spent(self) -> str:
        """What was spent, for messages."""
        return f"${self.cost:.4f} and {self.tokens} tokens"

    def check(self) -> None:
        """Raise BudgetExceeded when a cap is reached."""
        if self.max_cost is not None and self.cost >= self.max_cost:
            raise BudgetExceeded(
                f"stopped at the cost cap ${self.max_cost}: spent {self.spent()}", RESUME
            )
        if self.max_tokens is not None and self.tokens >= self.max_tokens:
            raise BudgetExceeded(
                f"stopped at the token cap {self.max_tokens}: spent {self.spent()}", RESUME
            )

    def charge(self, usage: Usage) -> None:
        """Add one live call's usage."""
        self.tokens += usage.prompt_tokens + usage.completion_tokens
        self.cost += cost(self.model, usage, self.prices) or 0.0

    def allows(self, usage: Usage) -> None:
        """Refuse up front when a projected usage exceeds a cap."""
        tokens = usage.prompt_tokens + usage.completion_tokens
        if self.max_tokens is not None and tokens > self.max_tokens:
            raise BudgetExceeded(
                f"the run needs about {tokens} tokens, over the cap of {self.max_tokens}",
                "raise --max-tokens or brief fewer articles",
            )
        projected = cost(self.model, usage, self.prices)
        if self.max_cost is not None and projected is not None and projected > self.max_cost:
            raise BudgetExceeded(
                f"the run may cost up to ${projected:.4f}, over the cap of ${self.max_cost}",
                "raise --max-cost or brief fewer articles",
            )
