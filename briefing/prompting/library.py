"""The prompt library: templates on disk, their metadata, active versions and the lock.

Layout of the prompts folder::

    prompts/
      active.toml          stage -> version used by default
      lock.json            "stage/version" -> sha256 of each released version
      <stage>/<version>.j2 a template: a {# TOML #} metadata block, then
                           {% block system %} and {% block user %}

A released (locked) version never changes; a change is a new version.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefing.errors import ConfigError, PromptError, PromptLockError
from briefing.prompting.render import (
    Message,
    compile_template,
    environment,
    render_messages,
    required_variables,
)

_META = re.compile(r"\A\{#-?(?P<toml>.*?)-?#\}", re.DOTALL)
LOCK_FILE = "lock.json"
ACTIVE_FILE = "active.toml"


class PromptMeta(BaseModel):
    """The metadata block at the top of a template."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str
    output: str = Field(description="Name of the pydantic model the answer must validate as.")
    temperature: float = Field(ge=0, le=2)
    max_tokens: int = Field(gt=0)
    chunk_tokens: int | None = Field(
        None, ge=100, le=32000, description="Map prompts: the chunk size this version reads."
    )


@dataclass(frozen=True)
class PromptTemplate:
    """One version of one stage's prompt."""

    stage: str
    version: str
    path: Path
    sha256: str
    meta: PromptMeta
    template: jinja2.Template = field(repr=False)
    needed: frozenset[str] = field(repr=False)

    @property
    def name(self) -> str:
        """``stage/version``, as in the lock file and in error messages."""
        return f"{self.stage}/{self.version}"

    def render(self, variables: Mapping[str, Any]) -> list[Message]:
        """The chat messages for these variables."""
        return render_messages(self.name, self.template, set(self.needed), variables)


def _parse_meta(name: str, source: str) -> PromptMeta:
    match = _META.match(source)
    if not match:
        raise PromptError(f"{name}: no metadata block", "start the file with a {# TOML #} block")
    try:
        return PromptMeta.model_validate(tomllib.loads(match["toml"]))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise PromptError(f"{name}: bad metadata: {exc}", "fix the {# #} block") from exc


def default_root() -> Path:
    """The packaged prompts in a wheel, else the checkout's top-level prompts/ folder."""
    packaged = Path(__file__).resolve().parent.parent / "_prompts"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "prompts"


class PromptLibrary:
    """Templates under one prompts folder."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or default_root()
        if not self.root.is_dir():
            raise ConfigError(
                f"prompts folder {self.root} not found", "set BRIEFING_PROMPTS_DIR or reinstall"
            )
        self._env = environment()

    @functools.cache  # noqa: B019 - a library lives as long as the run
    def get(self, stage: str, version: str) -> PromptTemplate:
        """Load ``<stage>/<version>.j2``."""
        path = self.root / stage / f"{version}.j2"
        name = f"{stage}/{version}"
        if not path.is_file():
            known = ", ".join(t.name for t in self.all()) or "none"
            raise PromptError(f"no prompt {name} in {self.root}", f"use one of: {known}")
        raw = path.read_bytes()
        source = raw.decode("utf-8")
        return PromptTemplate(
            stage=stage,
            version=version,
            path=path,
            sha256=hashlib.sha256(raw).hexdigest(),
            meta=_parse_meta(name, source),
            template=compile_template(self._env, name, source),
            needed=frozenset(required_variables(self._env, source)),
        )

    def all(self) -> list[PromptTemplate]:
        """Every template, sorted by stage and version."""
        paths = sorted(self.root.glob("*/*.j2"))
        return [self.get(p.parent.name, p.stem) for p in paths]

    def active_versions(self) -> dict[str, str]:
        """Stage -> version from active.toml."""
        return dict(self._active)

    @functools.cached_property
    def _active(self) -> dict[str, str]:
        path = self.root / ACTIVE_FILE
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}", f'write {ACTIVE_FILE} as stage = "v1"') from exc
        return {str(k): str(v) for k, v in data.items()}

    def active(self, stage: str, overrides: Mapping[str, str] | None = None) -> PromptTemplate:
        """The version of ``stage`` to use: an override, else the active one."""
        versions = {**self._active, **(overrides or {})}
        if stage not in versions:
            raise ConfigError(f"no active version for stage {stage!r}", f"add it to {ACTIVE_FILE}")
        return self.get(stage, versions[stage])

    def lock(self) -> dict[str, str]:
        """The released versions and their hashes."""
        return dict(self._lock)

    @functools.cached_property
    def _lock(self) -> dict[str, str]:
        path = self.root / LOCK_FILE
        if not path.exists():
            return {}
        loaded: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
        return loaded

    def status(self, template: PromptTemplate) -> str:
        """``released``, ``unreleased`` or ``CHANGED`` (a released version was edited)."""
        locked = self._lock.get(template.name)
        if locked is None:
            return "unreleased"
        return "released" if locked == template.sha256 else "CHANGED"

    def check_released(self, template: PromptTemplate) -> None:
        """Raise PromptLockError when a released version's text changed."""
        if self.status(template) == "CHANGED":
            raise PromptLockError(
                f"prompt {template.name} changed after release (hash {template.sha256[:12]})",
                f"restore it and put the change in a new version under {template.stage}/",
            )

    def release_new(self) -> list[str]:
        """Lock every unreleased version; returns their names. Released ones are untouched."""
        lock = self.lock()
        for template in self.all():
            self.check_released(template)
        new = [t for t in self.all() if t.name not in lock]
        lock.update({t.name: t.sha256 for t in new})
        text = json.dumps(dict(sorted(lock.items())), indent=2) + "\n"
        (self.root / LOCK_FILE).write_text(text, encoding="utf-8")
        self.__dict__.pop("_lock", None)  # read the file just written on next use
        return [t.name for t in new]
