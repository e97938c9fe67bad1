"""Package attributes imported when first asked for (PEP 562): a package can name what
its stage offers without loading the costly parts (the build, the clustering) for the
commands that only read its models."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def attributes(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` importing each name of ``homes`` from its module."""

    def imported(name: str) -> Any:
        if name in homes:
            return getattr(importlib.import_module(homes[name]), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return imported
