"""The README stays true to the command line: every command is documented and has help text, and
the command reference generated from --help is current (cog)."""

import subprocess
import sys
from pathlib import Path

import pytest

from api.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands():
    for name, command in sorted(cli.commands.items()):
        yield [name], command
        for sub, subcommand in sorted(getattr(command, "commands", {}).items()):
            yield [name, sub], subcommand


@pytest.mark.parametrize("path,command", list(_commands()), ids=lambda v: " ".join(v) if isinstance(v, list) else "")
def test_command_has_help_and_is_in_the_readme(path, command):
    assert command.help and command.help.strip(), f"`policy-graph {' '.join(path)}` has no help text"
    assert f"policy-graph {' '.join(path)}" in README, f"README.md does not mention `policy-graph {' '.join(path)}`"


def test_readme_command_reference_matches_help():
    result = subprocess.run([sys.executable, "-m", "cogapp", "--check", "README.md"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, f"run `cog -r README.md`: {result.stdout}{result.stderr}"


def test_readme_shows_the_two_commands():
    assert "make run" in README and "make test" in README
