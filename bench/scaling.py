#!/usr/bin/env python3
"""Models in which one rule fires N times, for the scaling benchmark.

    python3 bench/scaling.py --rule RULE --count N --out DIR
    python3 bench/scaling.py --list

Writes DIR/ (emptied first) with the model: one file, N files for the
rules that fire once per file (duplicate-business, not-a-model, yaml-syntax),
N / 10 files for unused-suppression,
and a .bizmap.yaml where the rule needs an option (owner-overload) or where
the model must keep another rule quiet. The model is built so that RULE fires
exactly N times, each finding on an element of its own, and the elements
that make it fire are where a quadratic step would show: one map with N keys,
one list with N items, one id used N times, N files. Everything else in the
model is kept small and clean, so that the time of a check is the time of
those N findings. Output is a pure function of the arguments.
"""
import argparse
import os
import shutil

HEAD = "bizmap: 1\n"


def process(pid, owner="owner", trigger="Asked", steps="[Do it]", extra=""):
    parts = [f"id: {pid}"]
    if owner:
        parts.append(f"owner: {owner}")
    if trigger:
        parts.append(f"trigger: {trigger}")
    if steps:
        parts.append(f"steps: {steps}")
    if extra:
        parts.append(extra)
    return "      - {" + ", ".join(parts) + "}\n"


def system(processes, sid="work", extra="    goal: Work\n    manager: owner\n"):
    return f"systems:\n  - id: {sid}\n{extra}    processes:\n" + "".join(processes)


def chain(n, prefix="p"):
    """Processes each handing the next one its data, so none is isolated."""
    out = []
    for i in range(n):
        ins = f"inputs: [d-{i - 1}]" if i > 0 else "inputs: [start]"
        outs = f"outputs: [d-{i}]"
        out.append(process(f"{prefix}-{i}", extra=f"{ins}, {outs}"))
    return out


EXTERNAL = lambda last: f"external:\n  inputs: [start]\n  outputs: [{last}]\n"


def single(text):
    return {"model.yaml": text}


def duplicate_business(n):
    files = {"model.yaml": HEAD + "business: {name: First}\n"}
    for i in range(n):
        files[f"part-{i:06d}.yaml"] = HEAD + f"business: {{name: Copy {i}}}\n"
    return files


def duplicate_capture(n):
    # n + 1 processes output the one data id 'order': every one after the first.
    procs = [process(f"take-{i}", extra="outputs: [order]") for i in range(n + 1)]
    procs.append(process("ship", extra="inputs: [order]"))
    return single(HEAD + "external: {outputs: [order]}\n" + system(procs))


def duplicate_id(n):
    roles = "".join(f"  - {{id: clerk, name: Clerk {i}}}\n" for i in range(n + 1))
    return single(HEAD + "roles:\n  - {id: owner}\n" + roles +
                  system(chain(1)) + EXTERNAL("d-0") +
                  "# the first clerk is unused: one unused-role\n")


def duplicate_key(n):
    keys = "".join(f"  key-{i}: a\n  key-{i}: b\n" for i in range(n))
    return single(HEAD + "business:\n  name: Keys\n" + keys)


def empty_system(n):
    systems = "".join(f"  - {{id: s-{i}, goal: Grow, manager: owner}}\n" for i in range(n))
    return single(HEAD + "systems:\n" + systems)


def invalid_value(n):
    procs = [process(f"p-{i}", extra="layer: operationl") for i in range(n)]
    return single(HEAD + system(procs))


def isolated_process(n):
    return single(HEAD + system([process(f"p-{i}") for i in range(n)]))


def missing_field(n):
    roles = "".join(f"  - {{name: Clerk {i}}}\n" for i in range(n))
    return single(HEAD + "roles:\n" + roles)


def missing_trigger(n):
    # n producers without a trigger or inputs; one consumer takes all n outputs.
    procs = [process(f"p-{i}", trigger="", extra=f"outputs: [d-{i}]") for i in range(n)]
    inputs = ", ".join(f"d-{i}" for i in range(n))
    procs.append(process("collect", extra=f"inputs: [{inputs}]"))
    return single(HEAD + system(procs))


def not_a_model(n):
    files = {"model.yaml": HEAD}
    for i in range(n):
        files[f"part-{i:06d}.yaml"] = "bizmap: 2\n"
    return files


def owner_overload(n):
    # max 1 (in .bizmap.yaml): n people owning two processes each.
    procs = []
    for i in range(n):
        for k in range(2):
            procs.append(process(f"p-{i}-{k}", owner=f"person-{i}"))
    config = "rules:\n  owner-overload: {max: 1}\n  isolated-process: off\n"
    return {"model.yaml": HEAD + system(procs), ".bizmap.yaml": config}


def process_without_owner(n):
    procs = [process(f"p-{i}", owner="") for i in range(n)]
    return {"model.yaml": HEAD + system(procs),
            ".bizmap.yaml": "rules:\n  isolated-process: off\n"}


def process_without_steps(n):
    procs = [process(f"p-{i}", steps="") for i in range(n)]
    return {"model.yaml": HEAD + system(procs),
            ".bizmap.yaml": "rules:\n  isolated-process: off\n"}


def step_input_unavailable(n):
    # One process of n steps, each using what nothing produced and producing
    # something, so that what is at hand (and the names a suggestion is
    # looked up in) grows with every step.
    steps = "".join(f"          - {{do: Step {i}, inputs: [need-{i}], outputs: [made-{i}]}}\n"
                    for i in range(n))
    proc = ("      - id: long\n        owner: owner\n        trigger: Asked\n"
            "        steps:\n" + steps)
    return {"model.yaml": HEAD + system([proc]),
            ".bizmap.yaml": "rules:\n  isolated-process: off\n"}


def system_without_goal(n):
    systems = "".join(f"  - id: s-{i}\n    manager: owner\n    processes: []\n" for i in range(n))
    return {"model.yaml": HEAD + "systems:\n" + systems,
            ".bizmap.yaml": "rules:\n  empty-system: off\n"}


def system_without_manager(n):
    systems = "".join(f"  - {{id: s-{i}, goal: Grow}}\n" for i in range(n))
    return {"model.yaml": HEAD + "systems:\n" + systems,
            ".bizmap.yaml": "rules:\n  empty-system: off\n"}


def unconsumed_output(n):
    # One process with n outputs that nothing uses.
    outputs = ", ".join(f"d-{i}" for i in range(n))
    return {"model.yaml": HEAD + system([process("make", extra=f"outputs: [{outputs}]")]),
            ".bizmap.yaml": "rules:\n  isolated-process: off\n"}


def undeclared_data(n):
    # A data catalogue without the n outputs of one process.
    outputs = ", ".join(f"d-{i}" for i in range(n))
    proc = process("make", extra=f"inputs: [start], outputs: [{outputs}]")
    return {"model.yaml": HEAD + "data:\n  - {id: start}\nexternal: {inputs: [start]}\n" +
            system([proc]),
            ".bizmap.yaml": "rules:\n  isolated-process: off\n  unconsumed-output: off\n"}


def unknown_key(n):
    keys = "".join(f"  key-{i}: value\n" for i in range(n))
    return single(HEAD + "business:\n  name: Keys\n" + keys)


def unknown_role(n):
    # Owners one letter off a declared role: each costs a suggestion.
    roles = "".join(f"  - {{id: clerk-{i}}}\n" for i in range(n))
    procs = [process(f"p-{i}", owner=f"clerk-{i}x") for i in range(n)]
    return {"model.yaml": HEAD + "roles:\n  - {id: owner}\n" + roles + system(procs),
            ".bizmap.yaml": "rules:\n  isolated-process: off\n  unused-role: off\n"}


def unknown_tool(n):
    tools = "".join(f"  - {{id: tool-{i}}}\n" for i in range(n))
    procs = [process(f"p-{i}", extra=f"tools: [tool-{i}x]") for i in range(n)]
    return {"model.yaml": HEAD + "tools:\n" + tools + system(procs),
            ".bizmap.yaml": "rules:\n  isolated-process: off\n  unused-tool: off\n"}


def unproduced_input(n):
    # One process with n inputs that nothing produces.
    inputs = ", ".join(f"d-{i}" for i in range(n))
    return {"model.yaml": HEAD + system([process("use", extra=f"inputs: [{inputs}]")]),
            ".bizmap.yaml": "rules:\n  isolated-process: off\n"}


def unused_data(n):
    data = "".join(f"  - {{id: d-{i}}}\n" for i in range(n))
    return single(HEAD + "data:\n" + data)


def unused_role(n):
    roles = "".join(f"  - {{id: r-{i}}}\n" for i in range(n))
    return single(HEAD + "roles:\n" + roles)


def unused_suppression(n):
    # n / 10 files of 10 comments each: many files, many comments, many findings.
    files = {".bizmap.yaml": "rules:\n  unused-role: off\n"}
    for f in range(-(-n // 10)):
        roles = "".join(f"  - {{id: r-{i}, name: R}}  # bizmap-ignore(unused-tool)\n"
                        for i in range(f * 10, min(n, f * 10 + 10)))
        files[f"part-{f:06d}.yaml"] = HEAD + "roles:\n" + roles
    return files


def unused_tool(n):
    tools = "".join(f"  - {{id: t-{i}}}\n" for i in range(n))
    return single(HEAD + "tools:\n" + tools)


def wrong_type(n):
    procs = [process(f"p-{i}", extra="inputs: start") for i in range(n)]
    return {"model.yaml": HEAD + system(procs),
            ".bizmap.yaml": "rules:\n  isolated-process: off\n"}


def yaml_syntax(n):
    files = {"model.yaml": HEAD}
    for i in range(n):
        files[f"part-{i:06d}.yaml"] = "bizmap: 1\nroles: [\n"
    return files


RULES = {
    "duplicate-business": duplicate_business,
    "duplicate-capture": duplicate_capture,
    "duplicate-id": duplicate_id,
    "duplicate-key": duplicate_key,
    "empty-system": empty_system,
    "invalid-value": invalid_value,
    "isolated-process": isolated_process,
    "missing-field": missing_field,
    "missing-trigger": missing_trigger,
    "not-a-model": not_a_model,
    "owner-overload": owner_overload,
    "process-without-owner": process_without_owner,
    "process-without-steps": process_without_steps,
    "step-input-unavailable": step_input_unavailable,
    "system-without-goal": system_without_goal,
    "system-without-manager": system_without_manager,
    "unconsumed-output": unconsumed_output,
    "undeclared-data": undeclared_data,
    "unknown-key": unknown_key,
    "unknown-role": unknown_role,
    "unknown-tool": unknown_tool,
    "unproduced-input": unproduced_input,
    "unused-data": unused_data,
    "unused-role": unused_role,
    "unused-suppression": unused_suppression,
    "unused-tool": unused_tool,
    "wrong-type": wrong_type,
    "yaml-syntax": yaml_syntax,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rule")
    ap.add_argument("--count", type=int)
    ap.add_argument("--out")
    ap.add_argument("--list", action="store_true", help="print the rules, one a line")
    args = ap.parse_args()
    if args.list:
        print("\n".join(RULES))
        return
    if args.rule not in RULES or not args.count or not args.out:
        ap.error("give --rule (one of --list), --count N and --out DIR")
    files = RULES[args.rule](args.count)
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    for name, text in files.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
