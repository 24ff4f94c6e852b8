#include "report/context.hpp"

#include "health/formats.hpp"
#include "model/enum_names.hpp"
#include "model/ids.hpp"
#include "model/review.hpp"
#include "output/markdown.hpp"
#include "report/findings.hpp"
#include "report/system_order.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <set>

namespace bizmap {
namespace {

// A file name for an element: its id when it is a valid id (ids are unique
// within their kind), otherwise a name no valid id can take.
std::string file_name(std::string_view kind, const Ref& id, std::size_t index) {
  return is_kebab_case_id(id.id) ? id.id : fmt::format("{}--{}", kind, index + 1);
}

void add_unique(std::vector<std::string>& ids, std::set<std::string, std::less<>>& seen,
                std::string_view id) {
  if (seen.emplace(id).second) {
    ids.emplace_back(id);
  }
}

} // namespace

ReportContext::ReportContext(const Model& model_in, const std::vector<Diagnostic>& findings_in,
                             const ReportOptions& options_in)
    : model(model_in), findings(findings_in), options(options_in), index(model_in),
      handoffs(index.handoffs), flow(model_in, index.handoffs),
      health(model_in, index.handoffs, flow, options_in.health), names(model_in),
      value_streams(find_value_streams(model_in, index.handoffs, flow)),
      finding_process(process_of_findings(index.references, findings_in)),
      process_findings(model_in.processes.size()), work(role_involvement(model_in)),
      workload(model_in),
      system_ranks(bizmap::system_ranks(model_in, index.handoffs, options_in.system_order)) {
  for (std::size_t f = 0; f < finding_process.size(); ++f) {
    if (finding_process[f]) {
      process_findings[*finding_process[f]].push_back(f);
    }
  }
  business_name_ =
      model.business && !model.business->name.empty() ? model.business->name : "Business";
  collect_ids();
  assign_titles();
  for (std::size_t s = 0; s < model.systems.size(); ++s) {
    for (const Ref& outcome : model.systems[s].outcomes) {
      std::vector<std::size_t>& systems = outcome_systems_[outcome.id];
      if (systems.empty() || systems.back() != s) {
        systems.push_back(s);
      }
    }
  }
}

void ReportContext::collect_ids() {
  std::set<std::string, std::less<>> data_seen;
  std::set<std::string, std::less<>> roles_seen;
  for (const DataItem& item : model.data) {
    add_unique(data_ids, data_seen, item.id.id);
  }
  for (const Role& role : model.roles) {
    add_unique(role_ids, roles_seen, role.id.id);
  }
  for (const Reference& reference : index.references.references()) {
    if (reference.names() == ElementKind::data) {
      add_unique(data_ids, data_seen, reference.ref->id);
    } else if (reference.names() == ElementKind::role) {
      add_unique(role_ids, roles_seen, reference.ref->id);
    }
  }
  for (std::size_t r = 0; r < role_ids.size(); ++r) {
    role_positions_.emplace(role_ids[r], r);
  }
}

const RoleInvolvement& ReportContext::work_of(std::string_view role) const {
  static const RoleInvolvement nothing;
  auto found = work.find(role);
  return found == work.end() ? nothing : found->second;
}

std::vector<std::size_t> ReportContext::systems_in_order(std::optional<std::size_t> parent) const {
  if (parent) {
    return in_rank_order(model.systems[*parent].subsystems, system_ranks);
  }
  std::vector<std::size_t> top;
  for (std::size_t s = 0; s < model.systems.size(); ++s) {
    if (!model.systems[s].parent) {
      top.push_back(s);
    }
  }
  return in_rank_order(std::move(top), system_ranks);
}

// Titles are headings too, so a name two elements share gets the kind and
// id added ("Onboarding (process onboarding)").
void ReportContext::assign_titles() {
  std::map<std::string, int> uses{
      {business_name_, 1}, {"Ownership", 1}, {"Data", 1}, {"Value streams", 1}};
  auto name_of = [](const std::string& name, const Ref& id) {
    return collapse_whitespace(display_name(name, id));
  };
  for (const System& system : model.systems) {
    ++uses[name_of(system.name, system.id)];
  }
  for (const Process& process : model.processes) {
    ++uses[name_of(process.name, process.id)];
  }
  for (const std::string& id : data_ids) {
    ++uses[collapse_whitespace(names.data(id))];
  }
  for (const std::string& id : role_ids) {
    ++uses[collapse_whitespace(names.role(id))];
  }
  auto title = [&](std::string name, std::string_view kind, std::string_view id) {
    return uses[name] > 1 ? fmt::format("{} ({} {})", name, kind, id) : name;
  };
  for (const System& system : model.systems) {
    system_titles_.push_back(title(name_of(system.name, system.id), "system", system.id.id));
  }
  for (const Process& process : model.processes) {
    process_titles_.push_back(title(name_of(process.name, process.id), "process", process.id.id));
  }
  for (const std::string& id : data_ids) {
    data_titles_[id] = title(collapse_whitespace(names.data(id)), "data", id);
  }
  for (const std::string& id : role_ids) {
    role_titles_.push_back(title(collapse_whitespace(names.role(id)), "role", id));
  }
  auto escaped = [](const std::vector<std::string>& titles) {
    std::vector<std::string> texts;
    texts.reserve(titles.size());
    for (const std::string& title : titles) {
      texts.push_back(escape_markdown(title));
    }
    return texts;
  };
  system_link_texts_ = escaped(system_titles_);
  process_link_texts_ = escaped(process_titles_);
  role_link_texts_ = escaped(role_titles_);
  for (const auto& [id, title] : data_titles_) {
    data_link_texts_.emplace(id, escape_markdown(title));
  }
}

std::vector<std::size_t> ReportContext::outcome_of(std::string_view data) const {
  auto found = outcome_systems_.find(data);
  return found == outcome_systems_.end() ? std::vector<std::size_t>{} : found->second;
}

std::string ReportContext::system_path(const Model& model, std::size_t s) {
  return fmt::format("systems/{}.md", file_name("system", model.systems[s].id, s));
}

std::string ReportContext::process_path(const Model& model, std::size_t p) {
  return fmt::format("processes/{}.md", file_name("process", model.processes[p].id, p));
}

std::string ReportContext::role_path(std::size_t r) const {
  return fmt::format("roles/{}.md", file_name("role", Ref{role_ids[r], {}}, r));
}

std::string ReportContext::role_key(std::size_t r) {
  return fmt::format("role:{}", r);
}

std::string ReportContext::role_link(Book& book, std::string_view id) const {
  std::size_t r = role_position(id);
  return book.link(role_link_texts_[r], role_key(r));
}

std::string ReportContext::system_key(std::size_t s) {
  return fmt::format("system:{}", s);
}
std::string ReportContext::process_key(std::size_t p) {
  return fmt::format("process:{}", p);
}
std::string ReportContext::data_key(std::string_view id) {
  return fmt::format("data:{}", id);
}
std::string ReportContext::stream_key(std::string_view id) {
  return fmt::format("stream:{}", id);
}

std::string ReportContext::system_link(Book& book, std::size_t s) const {
  return book.link(system_link_texts_[s], system_key(s));
}

std::string ReportContext::process_link(Book& book, std::size_t p) const {
  return book.link(process_link_texts_[p], process_key(p));
}

std::string ReportContext::data_link(Book& book, const std::string& id) const {
  return book.link(data_link_texts_.at(id), data_key(id));
}

std::string ReportContext::owner_name(const Process& process) const {
  return process.owner ? escape_markdown(names.role(process.owner->id)) : "not set";
}

std::string review_line(const ReportContext& context, const Process& process) {
  const ReviewCadence* cadence = review_cadence(context.model, process);
  std::string line = cadence ? fmt::format("every {}", cadence_words(*cadence)) : "";
  if (std::optional<Date> last = last_review(context.model, process)) {
    line += fmt::format("{}last reviewed {}", line.empty() ? "" : "; ", iso_date(*last));
  } else if (cadence) {
    line += "; not reviewed yet";
  }
  if (std::optional<Date> next = next_review(context.model, process)) {
    bool overdue = *next < context.options.today;
    line += fmt::format("; next review {} {}{}", overdue ? "was due" : "by", iso_date(*next),
                        overdue ? ", **overdue**" : "");
  }
  if (!line.empty()) {
    line[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(line[0])));
  }
  return line;
}

std::string ReportContext::breadcrumb(Book& book, std::optional<std::size_t> system) const {
  std::vector<std::string> path;
  for (; system; system = model.systems[*system].parent) {
    path.push_back(system_link(book, *system));
  }
  path.push_back(book.link(escape_markdown(business_name_), std::string(index_key)));
  std::reverse(path.begin(), path.end());
  std::string crumbs;
  for (const std::string& part : path) {
    crumbs += (crumbs.empty() ? "" : " > ") + part;
  }
  return crumbs;
}

std::string_view frequency_name(Frequency frequency) {
  // Pages are prose: "on demand" rather than the format's "on-demand".
  return frequency == Frequency::on_demand
             ? "on demand"
             : name_of<Frequency>(frequency, frequency_names, "not set");
}

std::string_view layer_name(Layer layer) {
  return name_of<Layer>(layer, layer_names, "not set");
}

std::string markdown_table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows) {
  std::string table;
  auto row = [&table](const std::vector<std::string>& cells) {
    table += '|';
    for (const std::string& cell : cells) {
      if (!cell.empty()) { // markdownlint's compact style
        table += ' ';
        table += cell;
      }
      table += " |";
    }
  };
  row(header);
  table += '\n';
  row(std::vector<std::string>(header.size(), "---"));
  for (const std::vector<std::string>& cells : rows) {
    table += '\n';
    row(cells);
  }
  return table;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string joined;
  for (const std::string& line : lines) {
    joined += (joined.empty() ? "" : "\n") + line;
  }
  return joined;
}

void Facts::add(std::string_view label, std::string_view value, std::string_view placeholder) {
  std::string_view shown = value.empty() && !for_staff_ ? placeholder : value;
  if (!shown.empty()) {
    text_ += fmt::format("{}- **{}:** {}", text_.empty() ? "" : "\n", label, shown);
  }
}

std::string join_or(const std::vector<std::string>& items, std::string_view none) {
  if (items.empty()) {
    return std::string(none);
  }
  std::string joined;
  for (const std::string& item : items) {
    joined += (joined.empty() ? "" : ", ") + item;
  }
  return joined;
}

namespace {

// Gaps listed per area and page; the rest are counted.
constexpr std::size_t gaps_listed = 50;

std::string fact_link(const ReportContext& context, Book& book, const HealthFact& fact) {
  switch (fact.kind) {
  case ElementKind::process:
    return context.process_link(book, fact.index);
  case ElementKind::system:
    return context.system_link(book, fact.index);
  case ElementKind::role:
    return context.role_link(book, fact.id);
  default:
    return context.data_link(book, fact.id);
  }
}

std::string facts_of(const ReportContext& context, Book& book, const HealthArea& area) {
  std::vector<std::string> items;
  for (std::size_t i = 0; i < area.facts.size() && i < gaps_listed; ++i) {
    const HealthFact& fact = area.facts[i];
    items.push_back(
        fmt::format("{} ({})", fact_link(context, book, fact), escape_markdown(fact.what)));
  }
  for (const std::string& left : area.left_out) {
    items.push_back(escape_markdown("not counted: " + left));
  }
  std::string listed = fmt::format("{}", fmt::join(items, "; "));
  if (area.facts.size() > gaps_listed) {
    listed += fmt::format("; and {} more", area.facts.size() - gaps_listed);
  }
  return fmt::format("- {}: {}", area.name, listed);
}

std::string weights_text(const HealthCheck& health) {
  std::vector<std::string> parts;
  for (std::size_t a = 0; a < health_area_count; ++a) {
    parts.push_back(fmt::format("{} {}", health_area_keys[a], health.weights.of[a]));
  }
  return "weighted: " + join_or(parts, "");
}

std::string counted_text(const HealthArea& area) {
  return escape_markdown(area.score() ? area.detail : "nothing to count: " + area.nothing_to_count);
}

} // namespace

void write_health(const ReportContext& context, const HealthCheck& health, Book& book) {
  std::vector<std::vector<std::string>> rows;
  for (const HealthArea& area : health.areas) {
    rows.push_back({std::string(area.name), score_text(area.score()), std::to_string(area.weight),
                    counted_text(area)});
  }
  rows.push_back({"**Business health**",
                  health.business ? fmt::format("**{}**", *health.business) : "n/a", "",
                  escape_markdown(weights_text(health))});
  book.block(markdown_table({"Area", "Score", "Weight", "What was counted"}, rows));
  const HealthArea& documentation = health.documentation;
  book.block(fmt::format("Documentation, the model's completeness, scored apart from the "
                         "business's health: {} ({}).",
                         score_text(documentation.score()), counted_text(documentation)));
  std::vector<std::string> weakest(health.weakest.begin(), health.weakest.end());
  book.block(weakest.empty() ? "No weak areas."
                             : fmt::format("Weakest: {}.", join_or(weakest, "")));
  std::vector<std::string> lists;
  for (const HealthArea& area : health.areas) {
    if (!area.facts.empty() || !area.left_out.empty()) {
      lists.push_back(facts_of(context, book, area));
    }
  }
  if (!documentation.facts.empty() || !documentation.left_out.empty()) {
    lists.push_back(facts_of(context, book, documentation));
  }
  if (!lists.empty()) {
    book.block("What pulls each score down:");
    book.block(join_lines(lists));
  }
}

} // namespace bizmap
