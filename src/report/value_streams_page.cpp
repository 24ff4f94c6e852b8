#include "output/markdown.hpp"
#include "report/pages.hpp"
#include "trace/trace_view.hpp"

#include <fmt/format.h>

namespace bizmap {
namespace {

// A longest path of more processes than this is shown by its ends.
constexpr std::size_t path_shown_in_full = 20;

std::string what_it_is(const ReportContext& context, Book& book, const std::string& id) {
  std::vector<std::string> parts;
  if (context.handoffs.is_external_output(id)) {
    parts.emplace_back("delivered outside the business");
  }
  for (std::size_t s : context.outcome_of(id)) {
    parts.push_back("outcome of " + context.system_link(book, s));
  }
  return join_or(parts, "");
}

std::string reach_text(const ReportContext& context, Book& book, const std::string& id) {
  if (context.flow.is_reachable(id)) {
    return "yes, from where work starts";
  }
  std::optional<FlowBreak> at = context.flow.break_of(id);
  if (!at) {
    return "**no**: no process produces it";
  }
  return fmt::format("**no**: {} needs {}, which {}", context.process_link(book, at->process),
                     context.data_link(book, at->input->id), why_never_supplied(*at));
}

std::string path_text(const ReportContext& context, Book& book,
                      const std::vector<std::uint32_t>& path) {
  std::vector<std::string> links;
  for (std::size_t i = 0; i < path.size(); ++i) {
    bool shown = path.size() <= path_shown_in_full || i < 3 || i + 3 >= path.size();
    if (shown) {
      links.push_back(context.process_link(book, path[i]));
    } else if (i == 3) {
      links.push_back(fmt::format("… {} more …", path.size() - 6));
    }
  }
  std::string text;
  for (const std::string& link : links) {
    text += (text.empty() ? "" : " → ") + link;
  }
  return text;
}

std::string figure_text(const ReportContext& context, Book& book, const LeadFigure& figure,
                        const std::vector<std::uint32_t>& way,
                        const std::vector<ChoiceOnWay>& choices) {
  std::string text = escape_markdown(lead_figure_text(figure, context.flow.working_time()));
  if (!figure.is_known()) {
    text += escape_markdown(fmt::format(" (not counted: {})", lead_figure_gaps(figure)));
  }
  text += ", along " + path_text(context, book, way);
  for (const ChoiceOnWay& at : choices) {
    text += "; " + escape_markdown(choice_text(context.model, context.flow, at));
  }
  return text;
}

std::string lead_time_text(const ReportContext& context, Book& book, std::uint32_t last) {
  const PathTime& time = context.flow.lead_time(last);
  std::vector<ChoiceOnWay> expected_choices, longest_choices;
  std::vector<std::uint32_t> expected = context.flow.expected_path_to(last, &expected_choices);
  std::vector<std::uint32_t> longest = context.flow.path_to(last, &longest_choices);
  if (expected == longest && expected_choices.empty() && longest_choices.empty()) {
    return "\n- **Lead time (estimated):** " +
           figure_text(context, book, time.longest, longest, longest_choices);
  }
  return "\n- **Lead time, expected:** " +
         figure_text(context, book, time.expected, expected, expected_choices) +
         "\n- **Lead time, the longest way:** " +
         figure_text(context, book, time.longest, longest, longest_choices);
}

std::string handoffs_text(const LeadFigure& time) {
  std::uint32_t handoffs = time.processes - 1;
  if (handoffs == 0) {
    return "none";
  }
  if (time.changes_of_hands == 0) {
    return fmt::format("{}, none of them changing hands", handoffs);
  }
  return fmt::format("{}, {} of them changing hands", handoffs, time.changes_of_hands);
}

void write_facts(const ReportContext& context, Book& book, const ValueStream& stream) {
  const std::string& id = stream.data->id;
  std::string facts = fmt::format("- **What it is:** {}\n- **Reached end to end:** {}",
                                  what_it_is(context, book, id), reach_text(context, book, id));
  if (stream.last) {
    const LeadFigure& longest = context.flow.lead_time(*stream.last).longest;
    facts += lead_time_text(context, book, *stream.last);
    facts +=
        fmt::format("\n- **Handoffs on the longest way:** {}\n- **Slowest process on it:** {} ({})",
                    handoffs_text(longest), context.process_link(book, longest.slowest),
                    escape_markdown(run_time_text(context.flow.run_time(longest.slowest),
                                                  context.flow.working_time())));
  }
  book.block(facts);
}

void write_chain(const ReportContext& context, Book& book, const ValueStream& stream) {
  if (!stream.last) {
    book.block("No process produces it, so there is no chain to draw.");
    return;
  }
  if (!stream.chain) {
    book.block(fmt::format("The chain that leads to it has more than {} processes, too many to "
                           "draw here; `bizmap trace {}` lists it.",
                           value_stream_chain_limit, escape_markdown(stream.data->id)));
    return;
  }
  TraceView view{context.model, context.index, context.flow, context.names};
  std::string diagram = trace_mermaid(view, *stream.chain);
  diagram.pop_back();
  book.block(fmt::format("```mermaid\n{}\n```", diagram));
}

} // namespace

void write_value_streams_page(const ReportContext& context, Book& book) {
  book.begin_page("value-streams.md", "Value streams", std::string(value_streams_key));
  book.block(
      "Each outcome a system exists for and each delivery outside the business, with the chain "
      "of work that leads to it. The lead time of one case adds up the step durations and "
      "waits along the way (records put no producer on it); with a `one_of` whose shares are "
      "known, the expected figure weighs its alternatives by share, beside the longest way. "
      "Handoffs that come back round a loop are drawn dotted and not followed; the longest path "
      "is drawn in blue.");
  if (context.value_streams.streams.empty()) {
    book.block("No system lists an outcome and nothing is delivered outside the business.");
    return;
  }
  book.block(fmt::format("Working time: {}.", working_time_note(context.flow.working_time())));
  for (const ValueStream& stream : context.value_streams.streams) {
    book.section(context.data_title(stream.data->id), ReportContext::stream_key(stream.data->id));
    write_facts(context, book, stream);
    write_chain(context, book, stream);
  }
}

} // namespace bizmap
