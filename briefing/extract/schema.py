"""What the model returns for one chunk. Kept flat, short and capped: a small local model
writes about 11 tokens a second, and an answer cut off by max_tokens is invalid JSON."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ActorKind = Literal["person", "government", "organisation", "armed force", "country", "other"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ActorMention(_Strict):
    """A person or body that acts or speaks in the chunk."""

    name: str = Field(description="The name exactly as written in the text.")
    aliases: list[str] = Field(
        max_length=2, description="Other names or spellings the text uses for the same actor."
    )
    kind: ActorKind = Field(description="What the actor is.")
    role: str = Field(description="Role or title given in the text, at most 8 words.")
    stance: str = Field(description="What the actor does or wants here, at most 12 words.")


class ClaimMention(_Strict):
    """A factual claim the chunk makes or reports."""

    statement: str = Field(description="The claim as one short plain sentence.")
    asserted_by: str = Field(
        description="Who makes the claim, as named in the text; 'the article' if no one is named."
    )
    quote: str = Field(
        description="The words of the text that state the claim, copied exactly, 5 to 30 words."
    )
    figures: list[str] = Field(
        max_length=3, description="Numbers and dates in the quote, as written."
    )


class SignalMention(_Strict):
    """Something the chunk says may happen next."""

    signal: str = Field(description="The possible development, one short sentence.")
    quote: str = Field(description="The words of the text that say it, copied exactly.")


class ChunkExtraction(_Strict):
    """Actors, claims and forward-looking signals of one chunk."""

    actors: list[ActorMention] = Field(max_length=8, description="Up to 8 actors.")
    claims: list[ClaimMention] = Field(max_length=6, description="Up to 6 factual claims.")
    signals: list[SignalMention] = Field(max_length=2, description="Up to 2 signals.")
