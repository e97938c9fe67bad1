"""Stage 9: render the Brief to brief.md, brief.json and manifest.json."""

from briefing.render.write import OUTPUT_FILES, write_outputs

__all__ = ["OUTPUT_FILES", "write_outputs"]
