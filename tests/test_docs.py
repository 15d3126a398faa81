"""The documentation is tested: every command is documented with its current --help, every example runs.

``docs/cli.md`` holds the ``--help`` text of each command between ``<!-- [[[help CMD]]] -->`` and
``<!-- [[[end]]] -->`` markers. After changing the command line, regenerate those blocks with::

    .venv/bin/python tests/test_docs.py --update
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from parley.cli import app

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
CLI_MD = DOCS / "cli.md"
EXAMPLES = sorted((DOCS / "examples").glob("*.py"))
CLI = typer.main.get_command(app)
COMMANDS = sorted(CLI.commands)  # type: ignore[attr-defined]
HELP_BLOCK = re.compile(
    r"<!-- \[\[\[help (?P<cmd>[a-z-]+)\]\]\] -->\n```text\n(?P<body>.*?)```\n<!-- \[\[\[end\]\]\] -->",
    re.DOTALL,
)
LINK = re.compile(r"\]\((?!https?://|#|mailto:)(?P<target>[^)#\s]+)(?:#[^)]*)?\)")


def help_text(command: str) -> str:
    """``parley COMMAND --help`` as a 100-column terminal without colours shows it, trailing spaces removed."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "PY_COLORS", "GITHUB_ACTIONS")}
    env.update(COLUMNS="100", TERMINAL_WIDTH="100", NO_COLOR="1", TERM="dumb")
    args = [command, "--help"] if command else ["--help"]
    code = f"from parley.cli import app; app({args!r}, prog_name='parley')"
    proc = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, env=env, timeout=60
    )
    lines = [line.rstrip() for line in proc.stdout.splitlines()]
    return "\n".join(lines).strip("\n") + "\n"


def update_cli_md() -> None:
    """Rewrite every help block of docs/cli.md with the current --help text."""
    text = CLI_MD.read_text("utf-8")

    def fill(m: re.Match[str]) -> str:
        cmd = m["cmd"]
        body = help_text("" if cmd == "parley" else cmd)
        return f"<!-- [[[help {cmd}]]] -->\n```text\n{body}```\n<!-- [[[end]]] -->"

    CLI_MD.write_text(HELP_BLOCK.sub(fill, text), "utf-8")


def _help_blocks() -> dict[str, str]:
    return {m["cmd"]: m["body"] for m in HELP_BLOCK.finditer(CLI_MD.read_text("utf-8"))}


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_cli_command_is_documented(command):
    text = CLI_MD.read_text("utf-8")
    assert f"parley {command}" in text, f"docs/cli.md does not mention `parley {command}`"
    assert f"## `parley {command}`" in text, f"docs/cli.md has no section for `parley {command}`"
    assert CLI.commands[command].help, f"`parley {command}` has no help text"  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_cli_help_is_current(command):
    blocks = _help_blocks()
    assert command in blocks, f"docs/cli.md has no help block for {command}"
    assert blocks[command] == help_text(command), (
        f"the --help of `parley {command}` changed: run `.venv/bin/python tests/test_docs.py --update`"
    )


def test_docs_cli_documents_no_unknown_command():
    assert set(_help_blocks()) - {"parley"} == set(COMMANDS)


def test_docs_readme_shows_make_demo_and_make_test_first():
    readme = (REPO / "README.md").read_text("utf-8")
    first_block = re.search(r"```[a-z]*\n(.*?)```", readme, re.DOTALL)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block[1].splitlines() if line.strip()]
    assert commands[:2] == ["make demo", "make test"]
    assert readme.index("make demo") < readme.index("parley ")


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_changelog_names_command(command):
    assert f"parley {command}" in (REPO / "CHANGELOG.md").read_text("utf-8")


@pytest.mark.parametrize("page", sorted(p.name for p in DOCS.glob("*.md")))
def test_docs_index_links_every_page(page):
    if page == "index.md":
        return
    assert f"({page})" in (DOCS / "index.md").read_text("utf-8"), f"docs/index.md does not link {page}"


@pytest.mark.parametrize(
    "md",
    [REPO / "README.md", REPO / "benchmarks" / "README.md", *sorted(DOCS.glob("*.md"))],
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_docs_relative_links_resolve(md):
    missing = [
        m["target"] for m in LINK.finditer(md.read_text("utf-8")) if not (md.parent / m["target"]).exists()
    ]
    assert missing == []


def test_docs_examples_exist():
    assert len(EXAMPLES) >= 2


@pytest.mark.slow
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_docs_example_runs(example, tmp_path):
    proc = subprocess.run(
        [sys.executable, str(example)], check=False, cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip(), f"{example.name} printed nothing"


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        update_cli_md()
        print(f"updated {CLI_MD.relative_to(REPO)}")
    else:
        print(__doc__)
