#include "report/markdown.hpp"
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

std::string lead_time_text(const PathTime& time) {
  std::uint64_t minutes = time.hands_on.minutes;
  std::string days = minutes < minutes_per_working_day
                         ? ""
                         : fmt::format(", {} in working days", working_days_text(minutes));
  if (time.hands_on.is_known()) {
    return fmt::format("{} of hands-on time{}", minutes_text(minutes), days);
  }
  return fmt::format("at least {} of hands-on time{} ({})", minutes_text(minutes), days,
                     hands_on_gaps(time.hands_on));
}

std::string handoffs_text(const PathTime& time) {
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
    const PathTime& time = context.flow.lead_time(*stream.last);
    facts += fmt::format(
        "\n- **Lead time (estimated):** {}\n- **Longest path:** {}\n- **Handoffs on it:** {}"
        "\n- **Slowest process on it:** {} ({})",
        escape_markdown(lead_time_text(time)),
        path_text(context, book, context.flow.path_to(*stream.last)), handoffs_text(time),
        context.process_link(book, time.slowest),
        escape_markdown(hands_on_brief(context.flow.hands_on(time.slowest))));
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
      "of work that leads to it. The lead time adds up the step durations along the longest "
      "path (a day is 8 working hours, a week 5 days); where work changes hands, it waits. "
      "Handoffs that come back round a loop are drawn dotted and not followed; the longest path "
      "is drawn in blue.");
  if (context.value_streams.streams.empty()) {
    book.block("No system lists an outcome and nothing is delivered outside the business.");
    return;
  }
  for (const ValueStream& stream : context.value_streams.streams) {
    book.section(context.data_title(stream.data->id), ReportContext::stream_key(stream.data->id));
    write_facts(context, book, stream);
    write_chain(context, book, stream);
  }
}

} // namespace bizmap
