"""The folder tree shows the data flow: no module imports from a later stage than its own
(`briefing/__init__.py` lists the flow). A lazy import counts like any other."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "briefing"
# Earlier first; modules of one level may import each other.
STAGES = [
    {"errors", "files", "redact", "choices", "defaults", "settings", "lazy", "__init__"},
    {"articles"},
    {"fetch"},
    {"sources"},
    {"stories"},
    {"chunks"},
    {"prompting"},
    {"llm"},
    {"extract"},
    {"merge"},
    {"analysis"},
    {"reduce"},
    {"brief"},
    {"since"},
    {"render"},
    {"deliver"},
    {"run"},
    {"eval"},
    {"cli", "__main__"},
]
LEVEL = {name: n for n, names in enumerate(STAGES) for name in names}


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("briefing"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("briefing")}
    return found


def test_no_import_runs_back_up_the_stages() -> None:
    backwards = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        stage = _stage(".".join(relative.parts))
        assert stage in LEVEL, f"{relative}: a package the stage list does not know"
        for imported in _imports(path):
            if LEVEL[_stage(imported)] > LEVEL[stage]:
                backwards.append(f"{relative} imports {imported}")
    assert backwards == []


# Imported by path on purpose: the adapter brings in the OpenAI client, which a replay
# never loads; eval has no public surface of its own.
BY_PATH = {"briefing.llm.adapter"}


def test_module_level_imports_between_packages_go_through_their_public_names() -> None:
    reaching = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        stage = _stage(".".join(relative.parts))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith(
                "briefing."
            ):
                continue
            module = node.module or ""
            parts = module.split(".")
            package = (PACKAGE / parts[1]).is_dir()
            if package and parts[1] != stage and len(parts) > 2 and module not in BY_PATH:
                reaching.append(f"{relative} imports {module}")
    assert reaching == []
