// The lead time of one case: hands-on time plus waits in the business's
// working time, `one_of` inputs weighed by share beside the longest way,
// records kept off the case's path and outside parties' processes on it.
#include "flow/flow.hpp"
#include "model/index.hpp"
#include "support.hpp"
#include "trace/trace.hpp"
#include "trace/trace_view.hpp"

#include <bizmap/load.hpp>
#include <catch2/catch.hpp>
#include <sstream>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// A bookkeeping practice working 7.5-hour days, 5 days a week: a working day
// is 450 minutes, a calendar day 5/7 of a working day. A step with a wait
// and no duration is waiting only: nothing is missing from it.
//
// Worked out by hand, in working minutes:
//   assess-firm-risk       3h                   = 180, hands over a record
//   onboard-client         1h                   =  60  (its inputs: outside + a record: a start)
//   send-invoice           15m                  =  15  lead 60 + 15 = 75
//   collect-payment        wait 3d + 5m         = 1350 + 5 = 1355, lead 75 + 1355 = 1430
//   chase-payment          wait 10d + 25m       = 4500 + 25 = 4525, lead 75 + 4525 = 4600
//   record-payment         10m, one_of collected (90%) / chased (10%):
//     expected  = 0.9 × 1430 + 0.1 × 4600 + 10 = 1287 + 460 + 10 = 1757
//                 hands-on 0.9 × 80 + 0.1 × 100 + 10 = 92, waits 0.9 × 1350 + 0.1 × 4500 = 1665
//                 = 3d 6h 47m (1757 / 450 × 7 / 5 = 5.47 calendar days), flow efficiency
//                 92 / 1757 = 5.2%
//     longest   = 4600 + 10 = 4610: hands-on 60 + 15 + 25 + 10 = 110, waits 4500
//                 = 10d 1h 50m (14.3 calendar days), flow efficiency 110 / 4610 = 2.4%
//   request-monthly-records 10m                 =  10
//   send-records (the client) wait 5d + 30m     = 2250 + 30, outside; lead 10 + 2280 = 2290
//   reconcile-books        wait 1d + 2h         = 450 + 120 = 570, due 1d (450): misses it;
//                          needs client-records (2290) and client-file (60): lead 2290 + 570 = 2860
//   prepare-management-pack 90m                 =  90, lead 2860 + 90 = 2950:
//                          hands-on 10 + 120 + 90 = 220, outside 30, waits 2250 + 450 = 2700
//                          = 6d 4h 10m (9.2 calendar days), flow efficiency 220 / 2950 = 7.5%
constexpr std::string_view practice = R"(bizmap: 1
business:
  name: Ledgerly
  calendar: {hours_per_day: 7.5, days_per_week: 5}
external:
  inputs: [new-client-form]
  outputs: [management-pack]
roles:
  - {id: bookkeeper, name: Bookkeepers, kind: team}
  - {id: compliance, name: Compliance lead}
  - {id: client, name: The client, kind: external}
data:
  - {id: firm-risk-assessment, kind: record}
  - {id: new-client-form}
  - {id: client-file}
  - {id: invoice}
  - {id: payment-collected}
  - {id: payment-chased}
  - {id: paid-invoice}
  - {id: records-request}
  - {id: client-records}
  - {id: reconciled-books}
  - {id: management-pack}
systems:
  - id: practice
    goal: Keep every client's books
    manager: bookkeeper
    outcomes: [paid-invoice]
    processes:
      - id: assess-firm-risk
        owner: compliance
        trigger: The start of the year
        frequency: yearly
        outputs: [firm-risk-assessment]
        steps: [{do: Review the firm's money-laundering risks, duration: 3h}]
      - id: onboard-client
        owner: bookkeeper
        inputs: [new-client-form, firm-risk-assessment]
        outputs: [client-file]
        steps: [{do: Open the client's file, duration: 1h}]
      - id: send-invoice
        owner: bookkeeper
        inputs: [client-file]
        outputs: [invoice]
        steps: [{do: Send the invoice, duration: 15m}]
      - id: collect-payment
        owner: bookkeeper
        inputs: [invoice]
        outputs: [payment-collected]
        steps: [{do: Take the direct debit, wait: 3d, duration: 5m}]
      - id: chase-payment
        owner: bookkeeper
        inputs: [invoice]
        outputs: [payment-chased]
        steps: [{do: Chase the failed debit, wait: 10d, duration: 25m}]
      - id: record-payment
        owner: bookkeeper
        inputs:
          - one_of: [payment-collected, payment-chased]
            share: [90, 10]
        outputs: [paid-invoice]
        steps: [{do: Mark the invoice paid, duration: 10m}]
      - id: request-monthly-records
        owner: bookkeeper
        trigger: The first working day of the month
        frequency: monthly
        outputs: [records-request]
        steps: [{do: Email the request, duration: 10m}]
      - id: send-records
        owner: client
        inputs: [records-request]
        outputs: [client-records]
        steps: [{do: Gather and upload the month's records, wait: 5d, duration: 30m}]
      - id: reconcile-books
        owner: bookkeeper
        due: 1d
        inputs: [client-records, client-file]
        outputs: [reconciled-books]
        steps:
          - {do: Wait for the statements, wait: 1d}
          - {do: Reconcile every bank line, duration: 2h}
      - id: prepare-management-pack
        owner: bookkeeper
        inputs: [reconciled-books]
        outputs: [management-pack]
        steps: [{do: Write the pack, duration: 90m}]
)";

struct Practice {
  Practice()
      : loaded(load_text("practice.yaml", std::string(practice))), index(loaded.model),
        flow(loaded.model, index.handoffs) {}

  TraceSubject subject(std::string_view id) const {
    const Definition* found = index.references.definition(ElementKind::process, id);
    if (found != nullptr) {
      return {ElementKind::process, std::string(id),
              static_cast<std::uint32_t>(found->element.index)};
    }
    return {ElementKind::data, std::string(id), 0};
  }
  Trace trace(std::string_view id, std::optional<std::string_view> to = std::nullopt) const {
    std::optional<TraceSubject> target;
    if (to) {
      target = subject(*to);
    }
    return *trace_flow(loaded.model, index.handoffs, flow, subject(id), target);
  }
  std::vector<std::string> ids(const std::vector<std::uint32_t>& processes) const {
    std::vector<std::string> found;
    for (std::uint32_t p : processes) {
      found.push_back(loaded.model.processes[p].id.id);
    }
    return found;
  }
  std::string text(const Trace& trace) const {
    DisplayNames names(loaded.model);
    TraceView view{loaded.model, index, flow, names};
    std::ostringstream out;
    write_trace_text(view, trace, out);
    return out.str();
  }

  LoadResult loaded;
  ModelIndex index;
  FlowAnalysis flow;
};

} // namespace

TEST_CASE("the practice model is clean", "[lead-time]") {
  Practice model;
  for (const Diagnostic& finding : model.loaded.findings) {
    INFO(finding.message);
    CHECK(finding.severity == Severity::info);
  }
}

TEST_CASE("a wait and a duration count in the business's working day", "[lead-time]") {
  Practice model;
  const RunTime& chase = model.flow.run_time(model.subject("chase-payment").process);
  CHECK(chase.work.minutes == 25);
  CHECK(chase.wait_minutes == 10 * 450);
  CHECK(working_days_text(4610, model.flow.working_time()) == "10d 1h 50m");
}

TEST_CASE("a one_of with shares gives the expected figure and the longest way, each named",
          "[lead-time]") {
  Practice model;
  Trace trace = model.trace("paid-invoice");
  // The record's producer is not on the case's way, nor traced as its upstream.
  for (const TracedProcess& traced : trace.processes) {
    CHECK(model.loaded.model.processes[traced.process].id.id != "assess-firm-risk");
  }
  const LeadFigure& expected = trace.lead_time.expected;
  CHECK(expected.minutes() == Approx(1757));
  CHECK(expected.hands_on == Approx(92));
  CHECK(expected.waits == Approx(1665));
  CHECK(model.ids(trace.expected_path) == std::vector<std::string>{"onboard-client", "send-invoice",
                                                                   "collect-payment",
                                                                   "record-payment"});
  REQUIRE(trace.expected_choices.size() == 1);
  CHECK(trace.expected_choices[0].weighted);

  const LeadFigure& longest = trace.lead_time.longest;
  CHECK(longest.minutes() == Approx(4610));
  CHECK(longest.hands_on == Approx(110));
  CHECK(longest.waits == Approx(4500));
  CHECK(model.ids(trace.path) == std::vector<std::string>{"onboard-client", "send-invoice",
                                                          "chase-payment", "record-payment"});
  CHECK(model.ids({longest.slowest}) == std::vector<std::string>{"chase-payment"});

  std::string text = model.text(trace);
  CHECK_THAT(text, Catch::Contains("in:   firm-risk-assessment, a record kept by "
                                   "assess-firm-risk: read, not waited for"));
  CHECK_THAT(text, Catch::Contains("expected: 3d 6h 47m (5.5 calendar days): 1h 32m hands-on + "
                                   "3d 5h 15m waiting; flow efficiency 5.2%"));
  CHECK_THAT(text, Catch::Contains("at record-payment, one of payment-collected (90%) or "
                                   "payment-chased (10%), weighed by share"));
  CHECK_THAT(text, Catch::Contains("longest:  10d 1h 50m (14.3 calendar days): 1h 50m hands-on + "
                                   "10d waiting; flow efficiency 2.4%"));
  CHECK_THAT(text, Catch::Contains("the longest: payment-chased"));
}

TEST_CASE("without shares, a one_of counts its longest alternative both ways", "[lead-time]") {
  std::string text(practice);
  const std::string shares = "            share: [90, 10]\n";
  text.replace(text.find(shares), shares.size(), "");
  LoadResult loaded = load_text("practice.yaml", text);
  ModelIndex index(loaded.model);
  FlowAnalysis flow(loaded.model, index.handoffs);
  std::uint32_t record = 0;
  while (loaded.model.processes[record].id.id != "record-payment") {
    ++record;
  }
  CHECK(flow.lead_time(record).expected.minutes() == Approx(4610));
  CHECK(flow.lead_time(record).longest.minutes() == Approx(4610));
}

TEST_CASE("a round trip through the client is traced with the client's wait", "[lead-time]") {
  Practice model;
  Trace trace = model.trace("request-monthly-records", "management-pack");
  CHECK(model.ids(trace.path) == std::vector<std::string>{"request-monthly-records", "send-records",
                                                          "reconcile-books",
                                                          "prepare-management-pack"});
  const LeadFigure& longest = trace.lead_time.longest;
  CHECK(longest.minutes() == Approx(2950));
  CHECK(longest.hands_on == Approx(220));
  CHECK(longest.outside == Approx(30));
  CHECK(longest.waits == Approx(2700));
  CHECK(trace.lead_time.expected.minutes() == Approx(2950));
  // The whole model's analysis agrees: client-file (60) is shorter than client-records.
  CHECK(model.flow.lead_time(model.subject("prepare-management-pack").process).longest.minutes() ==
        Approx(2950));

  std::string text = model.text(trace);
  CHECK_THAT(text, Catch::Contains("owner:    The client (outside the business)"));
  CHECK_THAT(text, Catch::Contains("waits:    5d"));
  CHECK_THAT(text, Catch::Contains("6d 4h 10m (9.2 calendar days): 3h 40m hands-on + 6d waiting "
                                   "+ 30m by outside parties; flow efficiency 7.5%"));
}

TEST_CASE("a figure built on a missing duration says what it leaves out", "[lead-time]") {
  std::string text(practice);
  const std::string timed = "{do: Write the pack, duration: 90m}";
  text.replace(text.find(timed), timed.size(), "Write the pack");
  LoadResult loaded = load_text("practice.yaml", text);
  ModelIndex index(loaded.model);
  FlowAnalysis flow(loaded.model, index.handoffs);
  // Without the pack's 90m: 2860 = 6d (2700) + 2h 40m, and said to be at least that.
  const LeadFigure& longest = flow.lead_time(loaded.model.processes.size() - 1).longest;
  CHECK_FALSE(longest.is_known());
  CHECK(longest.minutes() == Approx(2860));
  CHECK(lead_figure_text(longest, flow.working_time()).starts_with("at least 6d 2h 40m"));
  CHECK(lead_figure_gaps(longest) == "1 step has no duration");
}
