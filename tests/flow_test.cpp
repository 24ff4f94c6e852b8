// The flow of work: loops, reach from where work starts, first breaks,
// hands-on time, the longest path, and `bizmap trace`.
#include "flow/flow.hpp"
#include "model/index.hpp"
#include "support.hpp"
#include "trace/trace.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// A model with its indexes and flow analysis, kept together.
struct Flow {
  explicit Flow(std::string_view text)
      : loaded(load_text("model.yaml", std::string(text))), index(loaded.model),
        flow(loaded.model, index.handoffs) {}

  std::uint32_t process(std::string_view id) const {
    const Definition* found = index.references.definition(ElementKind::process, id);
    REQUIRE(found != nullptr);
    return static_cast<std::uint32_t>(found->element.index);
  }
  std::string id(std::uint32_t process) const { return loaded.model.processes[process].id.id; }
  std::vector<std::string> ids(const std::vector<std::uint32_t>& processes) const {
    std::vector<std::string> names;
    for (std::uint32_t p : processes) {
      names.push_back(id(p));
    }
    return names;
  }
  Trace trace(std::string_view subject, std::optional<TraceSubject> to = std::nullopt) const {
    return *trace_flow(loaded.model, index.handoffs, flow, as_subject(subject), to);
  }
  TraceSubject as_subject(std::string_view subject) const {
    const Definition* found = index.references.definition(ElementKind::process, subject);
    if (found != nullptr) {
      return {ElementKind::process, std::string(subject),
              static_cast<std::uint32_t>(found->element.index)};
    }
    return {ElementKind::data, std::string(subject), 0};
  }
  std::vector<std::string> traced(const Trace& trace) const {
    std::vector<std::string> names;
    for (const TracedProcess& p : trace.processes) {
      names.push_back(id(p.process));
    }
    return names;
  }

  LoadResult loaded;
  ModelIndex index;
  FlowAnalysis flow;
};

// Two paths from take-order to pack-order: through bake (3h) and through
// label (1h). The longer one wins.
constexpr std::string_view diamond = R"(bizmap: 1
external:
  inputs: [order]
  outputs: [parcel]
systems:
  - id: shop
    goal: Send what is ordered
    manager: owner
    processes:
      - id: take-order
        owner: clerk
        inputs: [order]
        outputs: [ticket]
        steps: [{do: Write the ticket, duration: 10m}]
      - id: label-box
        owner: clerk
        inputs: [ticket]
        outputs: [label]
        steps: [{do: Print the label, duration: 1h}]
      - id: bake
        owner: baker
        inputs: [ticket]
        outputs: [cake]
        steps: [{do: Mix, duration: 1h}, {do: Bake, duration: 2h}]
      - id: pack-order
        owner: clerk
        inputs: [label, cake]
        outputs: [parcel]
        steps: [{do: Pack, duration: 5m}]
)";

// order-stock needs last week's stock count: a loop that the supplier's
// delivery note enters.
constexpr std::string_view loop = R"(bizmap: 1
external:
  inputs: [delivery-note, sales-forecast]
  outputs: [purchase-order]
systems:
  - id: purchasing
    goal: Keep stock
    manager: owner
    outcomes: [stock-count]
    processes:
      - id: order-stock
        owner: buyer
        inputs: [sales-forecast, stock-count]
        outputs: [purchase-order]
        steps: [{do: Work out the order, duration: 30m}]
      - id: receive-stock
        owner: porter
        inputs: [purchase-order, delivery-note]
        outputs: [received-goods]
        steps: [{do: Check the note, duration: 10m}, Put it away]
      - id: count-stock
        owner: buyer
        inputs: [received-goods]
        outputs: [stock-count]
        steps: [{do: Count, duration: 1d}]
)";

constexpr std::string_view broken = R"(bizmap: 1
external:
  inputs: [inquiry]
  outputs: [thank-you-card]
systems:
  - id: studio
    goal: Deliver sites
    manager: founder
    outcomes: [delivered-site]
    processes:
      - id: qualify-lead
        owner: founder
        inputs: [inquiry]
        outputs: [client-brief]
        steps: [{do: Read it, duration: 15m}]
      - id: register-domain
        owner: designer
        inputs: [client-brief, domain-quote]
        outputs: [domain]
        steps: [{do: Buy the domain, duration: 5m}]
      - id: build-site
        owner: designer
        inputs: [client-brief, domain]
        outputs: [delivered-site]
        steps: [{do: Build, duration: 2d}]
      - id: send-thank-you
        owner: founder
        inputs: [delivered-site]
        outputs: [thank-you-card]
        steps: [Write the card]
)";

} // namespace

TEST_CASE("durations count working time: a day is 8 hours, a week 5 days", "[flow]") {
  CHECK(working_minutes({45, 'm'}, WorkingTime(std::nullopt)) == 45);
  CHECK(working_minutes({2, 'h'}, WorkingTime(std::nullopt)) == 120);
  CHECK(working_minutes({1, 'd'}, WorkingTime(std::nullopt)) == 480);
  CHECK(working_minutes({2, 'w'}, WorkingTime(std::nullopt)) == 4800);
  CHECK(minutes_text(0) == "0m");
  CHECK(minutes_text(45) == "45m");
  CHECK(minutes_text(120) == "2h");
  CHECK(minutes_text(475) == "7h 55m");
}

TEST_CASE("a step without a duration leaves the hands-on time open, and says so", "[flow]") {
  Flow flow(loop);
  const HandsOn& receive = flow.flow.hands_on(flow.process("receive-stock"));
  CHECK(receive.minutes == 10);
  CHECK(receive.steps_without_duration == 1);
  CHECK_FALSE(receive.is_known());
  CHECK(hands_on_text(receive) == "at least 10m (1 step has no duration)");
  CHECK(hands_on_text(flow.flow.hands_on(flow.process("order-stock"))) == "30m");
  Flow card(broken);
  CHECK(hands_on_text(card.flow.hands_on(card.process("send-thank-you"))) ==
        "unknown (no step has a duration)");
  Flow empty("bizmap: 1\nsystems:\n  - id: s\n    processes:\n      - id: p\n        owner: o\n");
  CHECK(hands_on_text(empty.flow.hands_on(0)) == "unknown (no steps)");

  // Along a path, the open steps add up.
  Trace trace = flow.trace("stock-count");
  CHECK(trace.lead_time.longest.hands_on == 30 + 10 + 480);
  CHECK(trace.lead_time.longest.steps_without_duration == 1);
}

TEST_CASE("a diamond: of two paths, the one with more hands-on time is the lead time", "[flow]") {
  Flow flow(diamond);
  Trace trace = flow.trace("parcel");
  CHECK(flow.ids(trace.path) == std::vector<std::string>{"take-order", "bake", "pack-order"});
  CHECK(trace.lead_time.longest.hands_on == 10 + 180 + 5);
  CHECK(trace.lead_time.longest.is_known());
  CHECK(flow.id(trace.lead_time.longest.slowest) == "bake");
  CHECK(trace.lead_time.longest.changes_of_hands == 2);
  CHECK(trace.processes.size() == 4);
  CHECK(count_links(trace, LinkKind::handoff) == 4);
  // The analysis of the whole model agrees with the trace.
  const PathTime& whole = flow.flow.lead_time(flow.process("pack-order"));
  CHECK(whole.longest.hands_on == trace.lead_time.longest.hands_on);
  CHECK(flow.ids(flow.flow.path_to(flow.process("pack-order"))) == flow.ids(trace.path));
  // The shorter branch is traced, just not on the path.
  for (const TracedProcess& traced : trace.processes) {
    CHECK(traced.on_path == (flow.id(traced.process) != "label-box"));
  }
}

TEST_CASE("a loop is shown once, marked, and never followed", "[flow]") {
  Flow flow(loop);
  REQUIRE(flow.flow.loops().size() == 1);
  CHECK(flow.flow.loops()[0].processes.size() == 3);
  CHECK(flow.flow.loops()[0].entered);
  // The handoff back to the process written first closes the loop.
  std::size_t feedback = 0;
  for (const FlowHandoff& handoff : flow.flow.handoffs()) {
    if (handoff.feedback) {
      ++feedback;
      CHECK(flow.id(handoff.from) == "count-stock");
      CHECK(flow.id(handoff.to) == "order-stock");
    }
  }
  CHECK(feedback == 1);
  // Last week's count does not hold up this week's order.
  CHECK(flow.flow.is_reached(flow.process("order-stock")));
  CHECK(flow.flow.is_reachable("stock-count"));

  for (std::string_view subject : {"order-stock", "receive-stock", "count-stock", "stock-count"}) {
    DYNAMIC_SECTION(subject) {
      Trace trace = flow.trace(subject);
      CHECK(trace.processes.size() == 3);
      CHECK(count_links(trace, LinkKind::loop) == 1);
    }
  }
  Trace trace = flow.trace("receive-stock");
  CHECK(flow.traced(trace) ==
        std::vector<std::string>{"order-stock", "receive-stock", "count-stock"});
  CHECK(flow.ids(trace.path) ==
        std::vector<std::string>{"order-stock", "receive-stock", "count-stock"});
}

TEST_CASE("a loop starts where starting it lets the most work follow", "[flow]") {
  // Written delivery first: in model order the signed contract would be the
  // handoff that comes back round. But starting with kick-off lets little
  // follow (the invoice still waits for the contract); starting with the
  // review lets the whole loop run, so the review works from the last
  // round's payments and lost deals.
  Flow flow(R"(bizmap: 1
external:
  inputs: [discovery-notes, client-decision]
systems:
  - id: studio
    outcomes: [site]
    processes:
      - {id: kick-off, owner: pm, inputs: [contract, discovery-notes], outputs: [brief]}
      - {id: build, owner: dev, inputs: [brief], outputs: [site]}
      - {id: invoice, owner: pm, inputs: [contract, site], outputs: [payment-record]}
      - {id: review, owner: boss, inputs: [payment-record, lost-reason], outputs: [price-list]}
      - {id: write-proposal, owner: boss, inputs: [discovery-notes, price-list],
         outputs: [proposal]}
      - {id: close-deal, owner: boss, inputs: [proposal, client-decision],
         outputs: [contract, lost-reason]}
)");
  std::vector<std::string> feedback;
  for (const FlowHandoff& handoff : flow.flow.handoffs()) {
    if (handoff.feedback) {
      feedback.push_back(handoff.input->id + " to " + flow.id(handoff.to));
    }
  }
  CHECK(feedback == std::vector<std::string>{"payment-record to review", "lost-reason to review"});
  CHECK(flow.ids(flow.flow.path_to(flow.process("build"))) ==
        std::vector<std::string>{"review", "write-proposal", "close-deal", "kick-off", "build"});
}

TEST_CASE("a loop nothing enters starts with its trigger, and is found", "[flow]") {
  constexpr std::string_view loop = R"(bizmap: 1
systems:
  - id: s
    outcomes: [notes]
    processes:
      - id: a
        owner: o
        trigger: Every Monday
        inputs: [notes]
        outputs: [draft]
      - id: b
        owner: o
        inputs: [draft]
        outputs: [notes]
)";
  Flow flow{std::string(loop)};
  REQUIRE(flow.flow.loops().size() == 1);
  CHECK_FALSE(flow.flow.loops()[0].entered);
  CHECK(flow.flow.loops()[0].started);
  CHECK(flow.flow.starts_work(flow.process("a")));
  CHECK_FALSE(flow.flow.starts_work(flow.process("b")));
  CHECK(flow.flow.is_reachable("notes"));

  // Without the trigger nothing starts it: nothing comes round.
  std::string untriggered(loop);
  untriggered.erase(untriggered.find("        trigger: Every Monday\n"), 30);
  Flow closed{untriggered};
  CHECK_FALSE(closed.flow.loops()[0].started);
  CHECK_FALSE(closed.flow.is_reachable("notes"));
  std::optional<FlowBreak> at = closed.flow.break_of("notes");
  REQUIRE(at);
  CHECK(closed.id(at->process) == "a");
  CHECK(at->round_unstarted_loop);
}

TEST_CASE("an outcome behind a break is unreachable, and the first break is named", "[flow]") {
  Flow flow(broken);
  CHECK(flow.flow.is_reached(flow.process("qualify-lead")));
  CHECK_FALSE(flow.flow.is_reached(flow.process("register-domain")));
  CHECK_FALSE(flow.flow.is_reached(flow.process("send-thank-you")));
  CHECK_FALSE(flow.flow.is_reachable("thank-you-card"));
  CHECK_FALSE(flow.flow.is_reachable("delivered-site"));
  std::optional<FlowBreak> at = flow.flow.break_of("thank-you-card");
  REQUIRE(at);
  CHECK(flow.id(at->process) == "register-domain");
  CHECK(at->input->id == "domain-quote");

  Checked checked = check_text(broken);
  std::string lines = finding_lines(checked, "");
  // The break is a finding of its own: the outcomes it cuts off are its note.
  CHECK(contains(lines, "model.yaml:18:32: error: process 'register-domain' needs "
                        "'domain-quote', but no process produces it"));
  CHECK(contains(lines, "[unproduced-input]\nmodel.yaml:4:13: note: this also cuts off "
                        "'thank-you-card', 'delivered-site'\n"));
  CHECK(!contains(lines, "[unreachable-outcome]"));

  Trace trace = flow.trace("thank-you-card");
  CHECK(count_links(trace, LinkKind::missing) == 1);
}

TEST_CASE("trace --to keeps only the paths between the subject and the target", "[flow]") {
  Flow flow(diamond);
  TraceSubject label = flow.as_subject("label-box");
  Trace down = flow.trace("take-order", label);
  CHECK(flow.traced(down) == std::vector<std::string>{"take-order", "label-box"});
  CHECK(flow.ids(down.path) == std::vector<std::string>{"take-order", "label-box"});
  CHECK(down.lead_time.longest.hands_on == 70);

  Trace up = flow.trace("pack-order", label);
  CHECK(flow.traced(up) == std::vector<std::string>{"label-box", "pack-order"});
  CHECK(up.lead_time.longest.hands_on == 65);

  Trace to_data = flow.trace("take-order", flow.as_subject("cake"));
  CHECK(flow.traced(to_data) == std::vector<std::string>{"take-order", "bake"});

  CHECK_THROWS_AS(flow.trace("label-box", flow.as_subject("bake")), UsageError);
  CHECK_THROWS_AS(flow.trace("bake", flow.as_subject("bake")), UsageError);
}

TEST_CASE("a trace of a data item goes up to its producers and on from its consumers", "[flow]") {
  Flow flow(diamond);
  Trace trace = flow.trace("ticket");
  for (const TracedProcess& traced : trace.processes) {
    CHECK(traced.side ==
          (flow.id(traced.process) == "take-order" ? TraceSide::upstream : TraceSide::downstream));
  }
  CHECK(trace.processes.size() == 4);
  CHECK(flow.ids(trace.path) == std::vector<std::string>{"take-order", "bake", "pack-order"});
}

TEST_CASE("a chain of 100,000 processes in one loop is analysed without deep recursion",
          "[flow][limits]") {
  constexpr std::size_t count = 100000;
  Model model;
  model.processes.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    Process& process = model.processes[i];
    process.id.id = fmt::format("p{}", i);
    process.owner = Ref{i % 2 == 0 ? "even" : "odd", {}};
    process.inputs.push_back({fmt::format("d{}", i), {}});
    process.outputs.push_back({fmt::format("d{}", (i + 1) % count), {}});
    process.steps.push_back({"Work", {}, {}, {}, {}, {}, Duration{1, 'm'}, {}, {}, {}, {}, {}, {}});
  }
  ModelIndex index(model);
  FlowAnalysis flow(model, index.handoffs);
  REQUIRE(flow.loops().size() == 1);
  CHECK(flow.loops()[0].processes.size() == count);
  CHECK_FALSE(flow.loops()[0].entered);
  CHECK(flow.lead_time(count - 1).longest.hands_on == count);
  CHECK(flow.lead_time(count - 1).longest.changes_of_hands == count - 1);
  Trace trace = *trace_flow(model, index.handoffs, flow, {ElementKind::process, "p500", 500});
  CHECK(trace.processes.size() == count);
  CHECK(count_links(trace, LinkKind::loop) == 1);
  CHECK(trace.lead_time.longest.hands_on == count);
}
