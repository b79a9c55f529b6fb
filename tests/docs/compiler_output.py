#!/usr/bin/env python3
"""Keeps the compiler output quoted in docs/rules.md real and current.

Each quote is a fenced block after a marker line
    <!-- compiler-output: COMPILER STD CASE_HEADER CASE CHECK -->
e.g. <!-- compiler-output: g++-12 -std=c++20 identifiers.hpp bad_duplicate_attribute_key valid -->.
For the markers of one compiler this compiles tests/docs/compiler_output.cpp with that case (from
the repository root, so paths are relative; LC_ALL=C, so quotes are plain) and compares the output
with the block, or with --write puts the output into the block.

  compiler_output.py --root . --doc docs/rules.md --compiler g++-12 --cxx /usr/bin/g++-12 [--write]
"""
import argparse
import os
import re
import subprocess
import sys

MARKER = re.compile(r"^<!-- compiler-output: (\S+) (\S+) (\S+) (\S+) (valid|valid_strict) -->$")


def compile_case(cxx, root, std, header, case, check):
    command = [cxx, std, "-fsyntax-only", "-Iinclude", "-Itests",
               f'-DAW_CASE_HEADER="cases/{header}"', f"-DAW_CASE={case}", f"-DAW_CHECK={check}",
               "tests/docs/compiler_output.cpp"]
    env = dict(os.environ, LC_ALL="C")
    try:
        run = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    except OSError as e:
        sys.exit(f"compiler_output.py: cannot run {cxx}: {e.strerror}")
    if run.returncode == 0:
        sys.exit(f"{case} compiled with {cxx} {std}: a quoted error must be an error")
    return (run.stdout + run.stderr).rstrip("\n").split("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--doc", required=True)
    parser.add_argument("--compiler", required=True, help="the name the markers use, e.g. clang++-19")
    parser.add_argument("--cxx", required=True, help="the compiler to run")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()

    try:
        with open(args.doc, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as e:
        sys.exit(f"compiler_output.py: cannot read {args.doc}: {e.strerror}")
    out, stale, quoted = [], [], 0
    i = 0
    while i < len(lines):
        out.append(lines[i])
        m = MARKER.match(lines[i])
        i += 1
        if not m:
            continue
        if i >= len(lines) or lines[i] != "```":
            sys.exit(f"{args.doc}:{i}: a compiler-output marker must be followed by a ``` block")
        end = lines.index("```", i + 1)
        block = lines[i + 1:end]
        compiler, std, header, case, check = m.groups()
        if compiler == args.compiler:
            quoted += 1
            now = compile_case(args.cxx, args.root, std, header, case, check)
            if now != block:
                stale.append(f"{args.doc}:{i + 1}: {compiler} {std} {case}")
            block = now
        out += ["```"] + block + ["```"]
        i = end + 1
    if quoted == 0:
        sys.exit(f"{args.doc} quotes nothing of {args.compiler}")
    if args.write:
        with open(args.doc, "w", encoding="utf-8") as f:
            f.write("\n".join(out))
        print(f"{args.doc}: {quoted} quotes of {args.compiler} written ({len(stale)} changed)")
    elif stale:
        print("quoted compiler output that is no longer what the compiler prints:\n  " + "\n  ".join(stale)
              + f"\nrun scripts/update_compiler_output.sh", file=sys.stderr)
        sys.exit(1)
    else:
        print(f"{args.doc}: {quoted} quotes of {args.compiler} are current")


if __name__ == "__main__":
    main()
