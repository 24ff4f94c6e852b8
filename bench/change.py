#!/usr/bin/env python3
"""Write a changed copy of a model that generate.py wrote, for `bizmap diff`.

    python3 bench/change.py --model DIR/model.yaml --out DIR2 [--every N]

Of every N processes (default 100, so 4% of them change), in file order:
the first gets another owner, the 26th a new id (a rename), the 51st loses
its first output (the handoffs of that output break) and the 76th has its
first two steps swapped. Everything else is copied unchanged. Output is a
pure function of the arguments.
"""
import argparse
import os
import re

PROCESS = re.compile(r"^( +)- id: (\S+)$")


def process_blocks(lines):
    """(start, end) of each process block: generate.py writes processes at
    14 spaces and their keys at 16."""
    starts = [i for i, line in enumerate(lines) if line.startswith("              - id: ")]
    ends = starts[1:] + [len(lines)]
    blocks = []
    for start, end in zip(starts, ends):
        # a block ends where the indentation falls back below the process's
        stop = start + 1
        while stop < end and (lines[stop].startswith("                ") or not lines[stop].strip()):
            stop += 1
        blocks.append((start, stop))
    return blocks


def change_owner(lines, start, end):
    for i in range(start, end):
        if lines[i].startswith("                owner: "):
            # the next person: persons are numbered, ana-0, ben-1, ...
            lines[i] = re.sub(r"-(\d+)$", lambda m: f"-{int(m.group(1)) + 1}", lines[i])
            return True
    return False


def rename(lines, start, end):
    lines[start] = lines[start] + "-renamed"
    return True


def drop_first_output(lines, start, end):
    """Only where the process has another output, which stays."""
    dropped = False
    for i in range(start, end):
        m = re.match(r"^( +)outputs: \[([^,\]]+)(?:, )?(.*)\]$", lines[i])
        if m and m.group(3):
            lines[i] = f"{m.group(1)}outputs: [{m.group(3)}]"
            dropped = True
    return dropped


def swap_first_steps(lines, start, end):
    steps = [i for i in range(start, end) if lines[i].startswith("                  - ")]
    first_after = next((i for i in range(start, end) if lines[i] == "                what_ifs:"), end)
    if len(steps) < 2:
        return False
    a, b = steps[0], steps[1]
    c = steps[2] if len(steps) > 2 else first_after
    lines[a:c] = lines[b:c] + lines[a:b]
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--every", type=int, default=100)
    args = ap.parse_args()
    with open(args.model, encoding="utf-8") as f:
        lines = f.read().split("\n")
    n = args.every
    edits = {0: change_owner, n // 4: rename, n // 2: drop_first_output, 3 * n // 4: swap_first_steps}
    changed = {edit.__name__: 0 for edit in edits.values()}
    for k, (start, end) in enumerate(process_blocks(lines)):
        edit = edits.get(k % n)
        if edit and edit(lines, start, end):
            changed[edit.__name__] += 1
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, os.path.basename(args.model)), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(changed)


if __name__ == "__main__":
    main()
