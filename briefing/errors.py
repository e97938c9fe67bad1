"""The errors briefing raises, in one hierarchy.

Library code raises only these; the CLI alone turns them into a one-line message
(``error: <what went wrong> (fix: <how to fix it>)``) and an exit code.

    BriefingError
    ├── ConfigError             settings are missing or contradict each other
    ├── InputError              an article file cannot be used
    │   └── DuplicateArticle    the same text as a file already read (not a failure)
    ├── NoArticlesError         nothing usable was found in the given paths
    ├── PromptError             a prompt template cannot be used
    │   ├── MissingVariables    the template needs a variable the caller did not pass
    │   └── PromptLockError     a released prompt version changed after release
    ├── BudgetExceeded          a cost or token cap was reached (or would be)
    ├── ModelError              the model endpoint or its answer failed
    │   ├── EndpointError       HTTP/transport failure that is not worth retrying
    │   │   └── TransientEndpointError  429/5xx/timeout/connection; retried, then raised
    │   ├── IncompleteRun       some chunks failed after retries (no --allow-partial)
    │   ├── ModelRefusal        the model refused to answer
    │   └── InvalidModelOutput  the answer stayed invalid after every re-ask
    ├── RecordingError          the recording store cannot serve a request
    │   ├── ReplayMiss          no recording for this exact request
    │   └── CorruptRecording    a recording file cannot be read
    ├── FetchError              a feed or page could not be fetched or used
    │   └── TransientFetchError   timeout, lost connection, 429 or 5xx; retried first
    ├── OutputError             a result could not be written
    └── DeliveryError           the brief could not be sent by email
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base of every error briefing raises; ``hint`` says how to fix it."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        """The message and its fix on one line, as the CLI prints it."""
        text = " ".join(self.message.split())
        return f"{text} (fix: {self.hint})" if self.hint else text


class ConfigError(BriefingError):
    """Settings are missing or contradict each other."""

    exit_code = 2


class InputError(BriefingError):
    """An article file cannot be used."""

    def __init__(self, path: str, message: str, hint: str) -> None:
        # A file name that is not valid UTF-8 arrives with surrogates; shown with U+FFFD.
        shown = path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        super().__init__(f"{shown}: {message}", hint)
        self.path = shown


class DuplicateArticle(InputError):
    """A file with the same text as one already read: skipped, but nothing is missing."""


class NoArticlesError(BriefingError):
    """Nothing usable was found in the given paths."""

    exit_code = 2


class PromptError(BriefingError):
    """A prompt template cannot be used."""


class MissingVariables(PromptError):
    """The template needs a variable the caller did not pass."""


class PromptLockError(PromptError):
    """A released prompt version's text no longer matches its locked hash."""


class ModelError(BriefingError):
    """The model endpoint or its answer failed."""


class EndpointError(ModelError):
    """HTTP or transport failure: not retryable, or still failing after retries."""

    def __init__(self, message: str, hint: str = "", status: int | None = None) -> None:
        super().__init__(message, hint)
        self.status = status


class TransientEndpointError(EndpointError):
    """A failure worth retrying (429, 5xx, timeout, lost connection); raised when retries end."""

    def __init__(
        self,
        message: str,
        hint: str = "",
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, hint, status)
        self.retry_after = retry_after


class ModelRefusal(ModelError):
    """The model refused to answer; refusals are reported, never retried."""


class InvalidModelOutput(ModelError):
    """The answer did not validate, even after the allowed re-asks."""


class RecordingError(BriefingError):
    """The recording store cannot serve a request."""


class ReplayMiss(RecordingError):
    """No recording matches this exact request."""


class CorruptRecording(RecordingError):
    """A recording file exists but cannot be read."""


class FetchError(BriefingError):
    """A feed or web page could not be fetched or used; ``url`` names it. The fetch goes on
    with the other feeds and pages, and reports this one in a line."""

    def __init__(self, url: str, message: str, hint: str = "", status: int | None = None) -> None:
        super().__init__(f"{url}: {message}", hint)
        self.url = url
        self.status = status


class TransientFetchError(FetchError):
    """A failure worth retrying (timeout, lost connection, 429, 5xx); raised when retries end."""


class OutputError(BriefingError):
    """A result could not be written."""


class DeliveryError(BriefingError):
    """The brief could not be sent (SMTP not configured, refused, failed or timed out)."""


class BudgetExceeded(BriefingError):
    """A cost or token cap was reached, or an estimate exceeds it."""


class IncompleteRun(ModelError):
    """Some chunks still failed after all retries, and partial briefs were not allowed."""
