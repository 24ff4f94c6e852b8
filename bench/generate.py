#!/usr/bin/env python3
"""Write a realistic synthetic bizmap model for benchmarks.

    python3 bench/generate.py --processes N [--files M] --out DIR [--seed S]
                              [--broken-inputs]

The model has nested systems (3 levels: area > department > team system, about
8 processes per team system), roles (persons own processes and manage systems,
teams perform steps), tools, a data catalogue, external inputs and outputs, and
handoff chains that cross systems. Steps are a mix of plain strings and maps
with by/tool/inputs/outputs/duration/automation; processes and some steps have
what_ifs. A controlled share is broken: ~1% of processes have an input nothing
produces (declared in the catalogue), ~1% of outputs are used by nothing, and
~1% of processes have no owner.

With --broken-inputs every process has exactly one input and it is a near-miss
typo of a real data id (one edit away), so N processes give N broken inputs;
this exercises the "did you mean" suggestions.

Files: with M = 1 everything goes into DIR/model.yaml; with M > 1,
DIR/part-01.yaml .. DIR/part-MM.yaml, the first one also holding business and
the catalogues, the top-level systems split into contiguous chunks.
Output is a pure function of the arguments (random.Random(seed), no clock).
DIR/manifest.json records what was generated (counts of processes, inputs,
broken inputs and so on, and `middle_process`, the id of the process halfway
through the chains, which the benchmark traces).
"""
import argparse
import json
import os
import random

NOUNS = ("order invoice quote booking inquiry contract brief schedule roster "
         "report forecast ledger payment receipt shipment delivery request "
         "ticket claim estimate plan budget survey review audit manifest "
         "timesheet payslip permit licence sample batch recipe menu "
         "complaint refund renewal proposal catalogue price-list stock-count "
         "work-order checklist log").split()
ADJS = ("draft signed approved weekly daily monthly final pending open closed "
        "verified urgent annual revised internal customer supplier").split()
VERBS = ("Prepare Check Approve Send Record Review Update Collect File "
         "Reconcile Schedule Confirm Archive Publish Inspect Count Sort "
         "Label Sign Forward").split()
AREAS = ("sales operations finance people production logistics service "
         "marketing purchasing quality facilities it legal research").split()
FIRST = ("ana ben chloe dev eli fatima gus hana ivan jo kai lena marco nia "
         "omar pia quinn rosa sam tomas uma vik wen xavi yara zoe").split()
TEAMS = ("crew desk squad pool unit shift cell").split()
TOOLNAMES = ("crm erp sheet calendar portal scanner app wiki inbox tracker "
             "till printer van-telematics accounting payroll").split()
FREQS = "on-demand daily weekly monthly quarterly yearly".split()
LAYERS = "operational operational operational management strategic".split()
PROCS_PER_LEAF = 8
FANOUT = 4  # leaves per department, departments per area


def typo(rng, s):
    """One edit away from s, still a valid kebab-case id, never equal to s."""
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    for _ in range(20):
        kind = rng.randrange(3)
        i = rng.choice(letters)
        if kind == 0 and i + 1 < len(s) and s[i + 1].isalpha() and s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]          # transposition
        elif kind == 1 and len(letters) > 3:
            t = s[:i] + s[i + 1:]                               # deletion
        else:
            c = rng.choice("abcdefghijklmnopqrstuvwxyz")
            t = s[:i] + c + s[i + 1:]                           # substitution
        if t != s and "--" not in t and not t.startswith("-") and not t.endswith("-"):
            return t
    return s + "x"


class Model:
    def __init__(self, n, seed, broken_inputs, quantities=False):
        self.rng = random.Random(seed)
        # The quantity keys (--quantities) draw from a stream of their own
        # too: with them, the model is the same model with its sizes written.
        self.qty = random.Random(seed + 2) if quantities else None
        # The procedure fields (notes, links, consulted, informed, reviews)
        # draw from a stream of their own, so the rest of the model is the
        # same as before they existed.
        self.sop = random.Random(seed + 1)
        self.n = n
        self.broken_inputs = broken_inputs
        self.stats = {"processes": n, "inputs": 0, "outputs": 0,
                      "broken_inputs": 0, "unconsumed_outputs": 0,
                      "missing_owners": 0, "steps": 0}
        rng = self.rng
        self.persons = [f"{FIRST[i % len(FIRST)]}-{i}" for i in range(max(5, -(-n // 6)))]
        self.teams = [f"{AREAS[i % len(AREAS)]}-{TEAMS[i % len(TEAMS)]}-{i}"
                      for i in range(max(3, n // 20))]
        self.tools = [f"{TOOLNAMES[i % len(TOOLNAMES)]}-{i}" for i in range(max(3, n // 25))]
        self.data = []            # catalogue ids in order of creation
        self.data_names = {}
        self.external_inputs = [self.new_data() for _ in range(max(3, n // 50))]
        self.external_outputs = []
        self.used_roles = set()
        self.build()

    def new_data(self):
        rng = self.rng
        d = f"{rng.choice(ADJS)}-{rng.choice(NOUNS)}-{len(self.data)}"
        self.data.append(d)
        return d

    def build(self):
        rng, n = self.rng, self.n
        pending = []              # outputs waiting for a consumer (FIFO-ish)
        produced = []
        self.processes = []
        for i in range(n):
            p = {"id": f"{rng.choice(VERBS).lower()}-{rng.choice(NOUNS)}-{i}"}
            # inputs: take from the pending queue (a chain that crosses systems)
            ins = []
            take = 2 if len(pending) > 24 else 1
            for _ in range(take):
                if pending:
                    j = rng.randrange(min(len(pending), 30))
                    ins.append(pending.pop(j))
                else:
                    ins.append(rng.choice(self.external_inputs))
            if i < len(self.external_inputs):          # every external input is used
                ins.append(self.external_inputs[i])
            if produced and rng.random() < 0.25:      # fan-out: a second consumer
                extra = rng.choice(produced[-400:])
                if extra not in ins:
                    ins.append(extra)
            if not self.broken_inputs and rng.random() < 0.01:
                ins.append(self.new_data())         # declared, produced by nobody
                self.stats["broken_inputs"] += 1
            if self.broken_inputs:                   # exactly one input, mistyped
                ins = [typo(rng, ins[0])]
                self.stats["broken_inputs"] += len(ins)
            outs = [self.new_data() for _ in range(rng.choice((1, 2, 2)))]
            for o in outs:
                produced.append(o)
                if rng.random() < 0.01:
                    self.stats["unconsumed_outputs"] += 1  # nobody will use it
                else:
                    pending.append(o)
            p["inputs"], p["outputs"] = ins, outs
            self.stats["inputs"] += len(ins)
            self.stats["outputs"] += len(outs)
            if rng.random() < 0.01:
                p["owner"] = None
                self.stats["missing_owners"] += 1
            else:
                p["owner"] = self.persons[(i // 6) % len(self.persons)]
            self.processes.append(p)
        # whatever is still waiting leaves the business
        self.external_outputs = pending

    # ---- writing ---------------------------------------------------------
    def process_yaml(self, p, i, ind):
        rng = self.rng
        o = []
        a = o.append
        name = p["id"].rsplit("-", 1)[0].replace("-", " ").capitalize()
        a(f"{ind}- id: {p['id']}")
        a(f"{ind}  name: {name}")
        if rng.random() < 0.5:
            a(f"{ind}  description: {name} for the {rng.choice(AREAS)} team, "
              f"within {rng.randint(1, 5)} working days.")
        if p["owner"]:
            a(f"{ind}  owner: {p['owner']}")
        a(f"{ind}  layer: {rng.choice(LAYERS)}")
        a(f"{ind}  trigger: When the {rng.choice(ADJS)} {rng.choice(NOUNS)} arrives")
        frequency = rng.choice(FREQS)
        a(f"{ind}  frequency: {frequency}")
        qty = self.qty
        if qty is not None:
            if frequency == "on-demand":
                a(f"{ind}  volume: {qty.randint(1, 60)}/month")
            else:
                a(f"{ind}  volume: {qty.randint(1, 40)}")
            if qty.random() < 0.3:
                a(f"{ind}  due: {qty.randint(1, 10)}d")
        if qty is not None and len(p["inputs"]) >= 2 and qty.random() < 0.3:
            share = qty.randint(5, 95)
            a(f"{ind}  inputs:")
            a(f"{ind}    - one_of: [{p['inputs'][0]}, {p['inputs'][1]}]")
            a(f"{ind}      share: [{share}, {100 - share}]")
            for extra in p["inputs"][2:]:
                a(f"{ind}    - {extra}")
        else:
            a(f"{ind}  inputs: [{', '.join(p['inputs'])}]")
        a(f"{ind}  outputs: [{', '.join(p['outputs'])}]")
        ptools = sorted({self.tools[i % len(self.tools)],
                         rng.choice(self.tools)})
        a(f"{ind}  tools: [{', '.join(ptools)}]")
        sop = self.sop
        if sop.random() < 0.3:
            a(f"{ind}  consulted: [{sop.choice(self.persons)}]")
        if sop.random() < 0.3:
            a(f"{ind}  informed: [{sop.choice(self.persons)}]")
        if sop.random() < 0.95:
            a(f"{ind}  reviewed: 2026-{sop.randint(1, 11):02d}-{sop.randint(1, 28):02d}")
        if sop.random() < 0.2:
            a(f"{ind}  review_every: {sop.choice(('6mo', '1y', '2y'))}")
        a(f"{ind}  steps:")
        nsteps = rng.randint(3, 6)
        self.stats["steps"] += nsteps
        for s in range(nsteps):
            noun = rng.choice(NOUNS).replace("-", " ")
            action = f"{rng.choice(VERBS)} the {rng.choice(ADJS)} {noun}"
            first, last = s == 0, s == nsteps - 1
            if not (first or last) and rng.random() < 0.5:
                a(f"{ind}    - {action}")
                continue
            a(f"{ind}    - do: {action}")
            if rng.random() < 0.5:
                team = self.teams[(i + s) % len(self.teams)]
                a(f"{ind}      by: {team}")
            if rng.random() < 0.6:
                a(f"{ind}      tool: {rng.choice(ptools)}")
            if first:
                a(f"{ind}      inputs: [{', '.join(p['inputs'])}]")
            if last:
                a(f"{ind}      outputs: [{', '.join(p['outputs'])}]")
            if rng.random() < 0.7:
                a(f"{ind}      duration: {rng.randint(5, 90)}m")
            if qty is not None:
                if qty.random() < 0.3:
                    a(f"{ind}      wait: {qty.randint(1, 3)}d")
                if qty.random() < 0.2:
                    a(f"{ind}      share: {qty.choice((10, 30, 50, 150))}")
            r = rng.random()
            if r < 0.15:
                a(f"{ind}      automation: automated")
            elif r < 0.25:
                a(f"{ind}      automation: delegated")
            if sop.random() < 0.25:
                a(f"{ind}      notes: |")
                a(f"{ind}        Check the {noun} against the **{rng.choice(ADJS)}** list.")
                a(f"{ind}")
                a(f"{ind}        - [ ] Note the reference")
                a(f"{ind}        - [ ] Tell the next team")
            if sop.random() < 0.15:
                a(f"{ind}      links: [\"https://wiki.example.com/{p['id']}/{s + 1}\"]")
            if rng.random() < 0.1:
                a(f"{ind}      what_ifs:")
                a(f"{ind}        - if: The {noun} is incomplete")
                a(f"{ind}          then: Send it back with a note")
        a(f"{ind}  what_ifs:")
        for _ in range(rng.randint(1, 2)):
            a(f"{ind}    - if: The {rng.choice(NOUNS).replace('-', ' ')} is late")
            if i > 0 and sop.random() < 0.2:
                earlier = self.processes[sop.randrange(i)]["id"]
                a(f"{ind}      then: Tell the owner, then run `{earlier}` again")
            else:
                a(f"{ind}      then: Tell the owner and agree a new date")
        return o

    def systems(self):
        """Top-level systems as lists of lines, 3 levels deep."""
        rng = self.rng
        leaves = [list(range(k, min(k + PROCS_PER_LEAF, self.n)))
                  for k in range(0, self.n, PROCS_PER_LEAF)]
        depts = [leaves[k:k + FANOUT] for k in range(0, len(leaves), FANOUT)]
        areas = [depts[k:k + FANOUT] for k in range(0, len(depts), FANOUT)]
        out = []
        for ai, area in enumerate(areas):
            lines = []
            a = lines.append
            aid = f"{AREAS[ai % len(AREAS)]}-{ai}"
            mgr = self.persons[(ai * 7) % len(self.persons)]
            a(f"  - id: {aid}")
            a(f"    name: {aid.replace('-', ' ').title()}")
            a(f"    goal: Run {AREAS[ai % len(AREAS)]} well in region {ai}")
            a(f"    manager: {mgr}")
            a(f"    systems:")
            for di, dept in enumerate(area):
                did = f"{aid}-dept-{di}"
                a(f"      - id: {did}")
                a(f"        goal: Keep {did} running")
                if rng.random() < 0.7:
                    a(f"        manager: {self.persons[(ai * 7 + di + 1) % len(self.persons)]}")
                a(f"        systems:")
                for li, leaf in enumerate(dept):
                    lid = f"{did}-team-{li}"
                    a(f"          - id: {lid}")
                    a(f"            name: Team {li} of {did}")
                    a(f"            goal: Deliver the {rng.choice(NOUNS)} work of {did}")
                    # an outcome: one of the leaf's outputs (already used or not)
                    a(f"            outcomes: [{self.processes[leaf[-1]]['outputs'][0]}]")
                    a(f"            tools: [{self.tools[leaf[0] % len(self.tools)]}]")
                    a(f"            processes:")
                    for i in leaf:
                        lines.extend(self.process_yaml(self.processes[i], i, "              "))
            out.append(lines)
        return out

    def catalogues(self):
        rng = self.rng
        o = []
        a = o.append
        a("business:")
        a(f"  name: Synthetic Holdings {self.n}")
        a("  description: A generated model for bizmap benchmarks.")
        a("  review_every: 1y")
        qty = self.qty
        if qty is not None:
            a("  calendar: {hours_per_day: 7.5, days_per_week: 5}")
        a("roles:")
        for r in self.persons:
            a(f"  - id: {r}")
            a(f"    name: {r.split('-')[0].title()} {r.split('-')[1]}")
            a(f"    kind: person")
            if qty is not None:
                a(f"    hours_per_week: {qty.choice((20, 30, 37.5))}")
                if qty.random() < 0.7:
                    a(f"    backup: [{qty.choice(self.teams)}]")
        for r in self.teams:
            a(f"  - id: {r}")
            a(f"    name: {r.replace('-', ' ').title()}")
            a(f"    kind: team")
            if rng.random() < 0.3:
                a(f"    description: Shared team working in shifts.")
            if qty is not None:
                a(f"    people: {qty.randint(2, 12)}")
        a("tools:")
        for t in self.tools:
            a(f"  - {{id: {t}, name: {t.replace('-', ' ').title()}}}")
        a("data:")
        for d in self.data:
            a(f"  - id: {d}")
            a(f"    name: {d.replace('-', ' ').capitalize()}")
            if rng.random() < 0.3:
                a(f"    fields: [reference, date, amount]")
            if rng.random() < 0.3:
                a(f"    system_of_record: {rng.choice(self.tools)}")
            if qty is not None and qty.random() < 0.05:
                a(f"    kind: record")
        a("external:")
        a(f"  inputs: [{', '.join(self.external_inputs)}]")
        a(f"  outputs: [{', '.join(self.external_outputs)}]")
        return o


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--processes", type=int, required=True)
    ap.add_argument("--files", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--broken-inputs", action="store_true",
                    help="make every process input a near-miss typo")
    ap.add_argument("--quantities", action="store_true",
                    help="also write volumes, dues, people, hours, backups, waits, "
                         "shares, one_of inputs and records (the same model otherwise)")
    args = ap.parse_args()
    m = Model(args.processes, args.seed, args.broken_inputs, args.quantities)
    systems = m.systems()
    catalogues = m.catalogues()
    os.makedirs(args.out, exist_ok=True)
    for f in os.listdir(args.out):
        if f.endswith(".yaml") or f == "manifest.json":
            os.remove(os.path.join(args.out, f))
    nfiles = max(1, min(args.files, len(systems)))
    chunk = -(-len(systems) // nfiles)
    names = []
    for k in range(nfiles):
        name = "model.yaml" if nfiles == 1 else f"part-{k + 1:02d}.yaml"
        names.append(name)
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write("bizmap: 1\n")
            if k == 0:
                f.write("\n".join(catalogues) + "\n")
            part = systems[k * chunk:(k + 1) * chunk]
            if part:
                f.write("systems:\n")
                for lines in part:
                    f.write("\n".join(lines) + "\n")
    stats = dict(m.stats, files=names, roles=len(m.persons) + len(m.teams),
                 tools=len(m.tools), data=len(m.data), seed=args.seed,
                 middle_process=m.processes[m.n // 2]["id"],
                 bytes=sum(os.path.getsize(os.path.join(args.out, x)) for x in names))
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(stats, f, indent=1)
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
