"""Stage 10: deliver the brief by email."""

from briefing.deliver.smtp import SmtpTarget, read_message, send_file, send_message

__all__ = ["SmtpTarget", "read_message", "send_file", "send_message"]
