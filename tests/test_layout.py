"""The shape of the code: services as one package per area whose helpers stay inside."""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parent.parent / "kamdesk" / "services"


def _area(module: str) -> str | None:
    """kamdesk.services.visits.plans -> visits; a shared top-level module -> its own name."""
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["kamdesk", "services"] else None


def _private_imports_across_areas() -> list[str]:
    found = []
    root = SERVICES.parent.parent
    for path in sorted(SERVICES.parent.rglob("*.py")):
        here = ".".join(path.relative_to(root).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                there = _area(node.module)
                if there is None or there == _area(here):
                    continue
                found += [f"{here} imports {node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    return found


def test_no_private_name_crosses_a_services_package() -> None:
    assert _private_imports_across_areas() == []


def test_services_is_one_package_per_area_and_a_few_shared_modules() -> None:
    packages = sorted(p.name for p in SERVICES.iterdir() if (p / "__init__.py").is_file())
    assert packages == [
        "accounts",
        "contacts",
        "exchange",
        "maps",
        "opportunities",
        "planning",
        "reporting",
        "submissions",
        "sync",
        "visits",
    ]
    shared = sorted(p.stem for p in SERVICES.glob("*.py") if p.stem != "__init__")
    assert len(shared) <= 8, shared  # cross-area helpers only (clock-like: changes, me, fieldcheck…)
