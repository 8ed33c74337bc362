#!/usr/bin/env python3
"""Fails when a function in app/ is longer than 60 lines (the body, braces included).

Functions are found the way clang-format lays them out here: the opening brace alone on a line at the
function's indentation, the closing brace at the same indentation. A function that is a table of data rather
than logic says so with a `// tabular data` comment on the line before its signature.
"""
import pathlib
import re
import sys

LIMIT = 60
root = pathlib.Path(__file__).resolve().parent.parent / "app"
too_long = []
for path in sorted(root.rglob("*.cpp")) + sorted(root.rglob("*.h")):
    lines = path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        match = re.fullmatch(r"( *)\{", line)
        if not match or i == 0:
            continue
        indent = match.group(1)
        signature = lines[i - 1].strip()
        if not signature or signature.endswith((";", ",")) or signature.startswith(("namespace", "class", "struct", "enum")):
            continue
        if re.match(r"(if|for|while|switch|do|else|try|catch)\b", signature) or signature.endswith("=") or "=" in signature.split("(")[0]:
            continue
        end = next((j for j in range(i + 1, len(lines)) if lines[j] == indent + "}" or lines[j].startswith(indent + "};")), None)
        if end is None:
            continue
        length = end - i + 1
        start = i - 1
        while start > 0 and lines[start - 1].strip() and not lines[start - 1].strip().startswith(("//", "}", "#")) and not lines[start - 1].rstrip().endswith((";", "{", "}")):
            start -= 1
        if length > LIMIT and "// tabular data" not in (lines[start - 1] if start > 0 else ""):
            too_long.append(f"{path.relative_to(root.parent)}:{start + 1}: {signature[:80]} — {length} lines")
if too_long:
    print(f"Functions over {LIMIT} lines (split them, or mark a data table with // tabular data):")
    print("\n".join(too_long))
    sys.exit(1)
print(f"No function in app/ is over {LIMIT} lines.")
