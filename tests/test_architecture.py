"""The shape of the code: intake/ never imports Qt, the kiosk and the desk never import each
other, and no two modules import each other in a circle (module-level imports)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("intake", "ui", "resources")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    if top_level_only:  # also `if TYPE_CHECKING:` blocks are not run: skip them
        nodes = [n for n in nodes if not (isinstance(n, ast.If) and "TYPE_CHECKING" in ast.dump(n.test))]
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            found.add(prefix)
            found |= {f"{prefix}.{alias.name}" for alias in node.names}
    return found


def test_intake_imports_no_qt():
    offenders = sorted(
        name for name, path in _modules().items() if name.startswith("intake")
        if any(i.split(".")[0] in ("PySide6", "shiboken6") for i in _imports(path, top_level_only=False)))
    assert offenders == []


def test_kiosk_and_desk_never_import_each_other():
    offenders = []
    for name, path in _modules().items():
        for own, other in (("ui.kiosk", "ui.desk"), ("ui.desk", "ui.kiosk")):
            if name.startswith(own) and any(i.startswith(other) for i in _imports(path, top_level_only=False)):
                offenders.append(name)
    assert sorted(offenders) == []


def test_no_import_cycles_between_modules():
    modules = _modules()
    graph = {name: {i for i in _imports(path, top_level_only=True) if i in modules and i != name}
             for name, path in modules.items()}
    # a package's own __init__ importing its submodules is how packages work, not a cycle
    for name in graph:
        graph[name] = {i for i in graph[name] if not name.startswith(i + ".") and not i.startswith(name + ".")}
    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert cycles == []


def test_ui_imports_no_orm_model():
    """The domain hands the UI plain data (issue 10): no module of ui/ imports intake.models."""
    import ast

    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "intake.models":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and node.module == "intake" and any(
                    alias.name == "models" for alias in node.names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def _intake_names_used_by_ui() -> set[str]:
    """"module.name" of every intake/ name a module of ui/ imports or reads off an intake module."""
    used: set[str] = set()
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("intake"):
                for alias in node.names:
                    aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
                    used.add(f"{node.module}.{alias.name}")
            elif isinstance(node, ast.Import):
                aliases.update({alias.asname or alias.name: alias.name for alias in node.names
                                if alias.name.startswith("intake")})
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in aliases):
                used.add(f"{aliases[node.value.id]}.{node.attr}")
    return used


def orm_crossings(used: set[str]) -> list[str]:
    """Functions ui/ calls whose return annotation names a peewee model, and dataclasses ui/
    reads whose fields do."""
    import dataclasses
    import importlib
    import inspect
    import re

    import peewee

    from intake import models

    model_names = {name for name, obj in vars(models).items()
                   if inspect.isclass(obj) and issubclass(obj, peewee.Model)}

    def names_a_model(annotation) -> bool:
        text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
        return any(word in model_names for word in re.findall(r"\w+", text))

    found = []
    for full in sorted(used):
        module, _, name = full.rpartition(".")
        try:
            obj = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue  # a submodule or a name read off a class: checked where it is defined
        fn = inspect.unwrap(obj) if callable(obj) and not inspect.isclass(obj) else obj
        if inspect.isfunction(fn) and "return" not in fn.__annotations__:
            found.append(f"{full} says nothing of what it returns")
        elif inspect.isfunction(fn) and names_a_model(fn.__annotations__["return"]):
            found.append(f"{full} returns {fn.__annotations__['return']}")
        elif inspect.isclass(obj) and dataclasses.is_dataclass(obj):
            found.extend(f"{full}.{field.name}: {field.type}" for field in dataclasses.fields(obj)
                         if names_a_model(field.type))
    return found


def test_the_domain_hands_the_ui_plain_data():
    """Issue 10: what ui/ gets from intake/ is plain data (intake/records.py and the domain's own
    dataclasses), never a peewee instance whose attribute access could run a query."""
    assert orm_crossings(_intake_names_used_by_ui()) == []


def test_the_plain_data_check_can_fail():
    assert orm_crossings({"intake.models.Staff.get_by_id", "intake.scheduling.gates.latest_intake"}) == [
        "intake.scheduling.gates.latest_intake returns Intake | None"]
