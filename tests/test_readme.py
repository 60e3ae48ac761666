"""The README's output samples are the real output of their commands.

A sample is a ```text block right after a `<!-- sample -->` line: each `$ finsum ...` line is
run from the repository root (no colour, 100 columns) and must print exactly the lines that
follow it; `$ echo $?` checks the previous command's exit code. After a deliberate change in
output, rewrite the samples with `python tests/test_readme.py --write`."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- sample -->\n```text\n)(.*?)(```)", re.S)


def run(command: str) -> tuple[str, int]:
    """Run one `finsum ...` sample command as a user would; (output, exit code)."""
    args = shlex.split(command)
    assert args[0] == "finsum", command
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    r = subprocess.run([sys.executable, "-m", "summarizer.cli.app", *args[1:]], cwd=ROOT,
                       capture_output=True, text=True, env=env, timeout=300)
    return r.stdout + r.stderr, r.returncode


def render(block: str) -> str:
    """The block with every command's output replaced by what the command prints now."""
    out: list[str] = []
    code = 0
    for line in block.splitlines():
        if not line.startswith("$ "):
            continue
        command = line[2:]
        out.append(line)
        if command == "echo $?":
            out.append(str(code))
            continue
        text, code = run(command)
        out += text.rstrip("\n").splitlines()
    return "\n".join(out) + "\n"


def samples(text: str) -> list[str]:
    return [m.group(2) for m in BLOCK.finditer(text)]


def test_readme_has_samples():
    assert len(samples(README.read_text(encoding="utf-8"))) >= 3


def test_readme_samples_are_the_real_output():
    for block in samples(README.read_text(encoding="utf-8")):
        assert render(block) == block, "README sample is stale: run `python tests/test_readme.py --write`"


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(__doc__)
    text = README.read_text(encoding="utf-8")
    README.write_text(BLOCK.sub(lambda m: m.group(1) + render(m.group(2)) + m.group(3), text),
                      encoding="utf-8")
