#pragma once

// A small bookkeeping business whose health figures are worked out by hand,
// for tests/health_test.cpp and tests/health_command_test.cpp.

#include <string>

namespace bizmap::testing {

// Tidy Books, worked out by hand. Working time is the default: 8-hour days,
// 5-day weeks, so a week has 40 hours.
//
// Roles and capacity (people × hours_per_week):
//   owner    person, 40 h, backup clerk        capacity 40
//   clerk    person, 20 h, no backup           capacity 20
//   helpers  team of 2 × 10 h                  capacity 20
//   client   external                          none
//
// Runs per week: record 60 (60/week), bill 10 (weekly, volume 10), plan
// unknown (on demand, no volume).
//
// Hours a week of each step = minutes × share × runs / 60:
//   record 1 Sort receipts     clerk   10m        × 60 / 60 = 10.0
//   record 2 Enter receipts    helpers 12m × 50%  × 60 / 60 =  6.0  delegated
//   record 3 File paper        clerk    5m        × 60 / 60 =  5.0  stays-manual
//   bill   1 Draft invoices    owner   30m        × 10 / 60 =  5.0
//   bill   2 Send invoices     owner    3m        × 10 / 60 =  0.5  automated
//   bill   3 Approve           client  10m                         external
//   bill   4 Chase payers      clerk   45m        × 10 / 60 =  7.5
//   plan   1 Think ahead       owner   2h, runs unknown
//
// Handoffs: inputs receipts (external), ledger (record makes it): 2 of 2;
//   outputs ledger (bill uses it), invoice (external output), plan (nothing
//   uses it): 2 of 3. 4 of 5 = 80.
// Ownership, with owner-overload's max at 1: 3 of 3 processes owned, 1 of 1
//   system managed; owners clerk (1 process) and owner (2, more than 1):
//   1 of 2. 5 of 6 = 83.33 → 83. With the default max 8: 6 of 6 = 100.
// Key people: one-person roles owner and clerk; both work on the way to a
//   delivery (record makes the outcome ledger, bill the external invoice);
//   owner has a backup, clerk not: 1 of 2 = 50.
// Capacity: clerk 10 + 5 + 7.5 = 22.5 h > 20: over (112.5% → 113%);
//   helpers 6 h ≤ 20: within; owner 5 h counted, but plan has no volume:
//   not counted. 1 of 2 = 50.
// Flow: ledger and invoice reached (2 of 2); bill's own time 30 + 3 + 10 +
//   45 = 88m = 1h 28m is longer than its due 1h (0 of 1). 2 of 3 = 66.67 → 67.
// Automation: steps that may be handed off: Sort, Enter, Draft, Send, Chase,
//   Think (File stays manual, Approve is the client's): 6. Think has no
//   hours, so steps are counted: Enter and Send, 2 of 6 = 33.33 → 33.
// Business (weights 30, 20, 15, 15, 15, 5):
//   (30×80 + 20×83 + 15×50 + 15×50 + 15×67 + 5×33) / 100
//   = (2400 + 1660 + 750 + 750 + 1005 + 165) / 100 = 67.3 → 67.
//   With max 8: (6730 - 1660 + 2000) / 100 = 70.7 → 71.
// Weakest (below 75), lowest first: Automation 33, Key people 50, Capacity
//   50, Flow 67.
// Documentation: 3 processes × (owner, steps, trigger, volume) = 12, of
//   which plan's volume is missing: 11; 8 steps, all with a duration: 8.
//   19 of 20 = 95.
// Growth: clerk 20 / 22.5 = 0.89, over; helpers 20 / 6 = 3.33; owner has
//   no factor (plan has no volume).
// Opportunities: Sort 10.0 (clerk), Chase 7.5 (clerk), Draft 5.0 (owner);
//   Think not ranked (no volume).
inline const std::string tidy_books = R"(bizmap: 1
business: {name: Tidy Books}
roles:
  - {id: owner, kind: person, hours_per_week: 40, backup: [clerk]}
  - {id: clerk, kind: person, hours_per_week: 20}
  - {id: helpers, kind: team, people: 2, hours_per_week: 10}
  - {id: client, kind: external}
external:
  inputs: [receipts]
  outputs: [invoice]
systems:
  - id: books
    goal: Keep the books
    manager: owner
    outcomes: [ledger]
    processes:
      - id: record
        owner: clerk
        trigger: Receipts arrive
        frequency: on-demand
        volume: 60/week
        inputs: [receipts]
        outputs: [ledger]
        steps:
          - {do: Sort receipts, duration: 10m}
          - {do: Enter receipts, by: helpers, duration: 12m, share: 50, automation: delegated}
          - {do: File paper, duration: 5m, automation: stays-manual}
      - id: bill
        owner: owner
        trigger: Friday afternoon
        frequency: weekly
        volume: 10
        due: 1h
        inputs: [ledger]
        outputs: [invoice]
        steps:
          - {do: Draft invoices, duration: 30m}
          - {do: Send invoices, duration: 3m, automation: automated}
          - {do: Approve, by: client, duration: 10m}
          - {do: Chase payers, by: clerk, duration: 45m}
      - id: plan
        owner: owner
        trigger: The owner has a quiet day
        frequency: on-demand
        outputs: [plan]
        steps:
          - {do: Think ahead, duration: 2h}
)";

} // namespace bizmap::testing
