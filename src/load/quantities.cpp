#include "load/quantities.hpp"

#include "model/enum_names.hpp"
#include "model/quantity_text.hpp"
#include "rules/rules.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <numeric>

namespace bizmap {
namespace {

using yaml::Node;

bool within(double number, const NumberRange& range) {
  bool above = range.low_allowed ? number >= range.low : number > range.low;
  return above && number <= range.high && (!range.whole || number == std::floor(number));
}

std::string range_words(const NumberRange& range) {
  std::string_view kind = range.whole ? "a whole number" : "a number";
  if (!range.low_allowed) {
    return fmt::format("{} above {} and at most {}", kind, number_text(range.low),
                       number_text(range.high));
  }
  return fmt::format("{} from {} to {}", kind, number_text(range.low), number_text(range.high));
}

// --- durations ----------------------------------------------------------------

// A duration as people write it ('1h30m', '1.5 hours', '90 min'), in
// minutes, and the largest unit it names; nothing when it is not one.
struct Spoken {
  double minutes = 0;
  char largest = 'm';
};

struct SpokenUnit {
  std::string_view word;
  char unit;
  double minutes;
};

constexpr SpokenUnit spoken_units[] = {
    {"minutes", 'm', 1}, {"minute", 'm', 1},    {"mins", 'm', 1},     {"min", 'm', 1},
    {"m", 'm', 1},       {"hours", 'h', 60},    {"hour", 'h', 60},    {"hrs", 'h', 60},
    {"hr", 'h', 60},     {"h", 'h', 60},        {"days", 'd', 1440},  {"day", 'd', 1440},
    {"d", 'd', 1440},    {"weeks", 'w', 10080}, {"week", 'w', 10080}, {"wks", 'w', 10080},
    {"wk", 'w', 10080},  {"w", 'w', 10080},
};

std::string lower(std::string_view text) {
  std::string word(text);
  std::transform(word.begin(), word.end(), word.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return word;
}

class SpokenReader {
public:
  explicit SpokenReader(std::string_view text) : text_(text) {}

  std::optional<Spoken> read() {
    bool any = false;
    for (skip(); i_ < text_.size(); skip()) {
      if (!read_part()) {
        return std::nullopt;
      }
      any = true;
    }
    return any ? std::optional(spoken_) : std::nullopt;
  }

private:
  void skip() {
    while (i_ < text_.size() && (text_[i_] == ' ' || text_[i_] == ',')) {
      ++i_;
    }
    if (text_.substr(i_).starts_with("and ")) {
      i_ += 4;
    }
  }

  std::string_view take_while(bool (*accept)(char)) {
    std::size_t start = i_;
    while (i_ < text_.size() && accept(text_[i_])) {
      ++i_;
    }
    return text_.substr(start, i_ - start);
  }

  bool read_part() {
    std::optional<double> amount =
        parse_number(take_while([](char c) { return (c >= '0' && c <= '9') || c == '.'; }));
    take_while([](char c) { return c == ' '; });
    std::string_view name =
        take_while([](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
    if (!amount || name == "M") {
      return false; // 'M': minutes or months; bizmap does not guess
    }
    std::string word = lower(name);
    const auto* unit = std::find_if(std::begin(spoken_units), std::end(spoken_units),
                                    [&](const SpokenUnit& u) { return u.word == word; });
    if (unit == std::end(spoken_units)) {
      return false;
    }
    constexpr std::string_view order = "mhdw";
    spoken_.minutes += *amount * unit->minutes;
    if (order.find(unit->unit) > order.find(spoken_.largest)) {
      spoken_.largest = unit->unit;
    }
    return true;
  }

  std::string_view text_;
  std::size_t i_ = 0;
  Spoken spoken_;
};

// The duration in the largest unit it comes to in whole numbers, not larger
// than the largest the author used: '1h30m' is 90m, '2 hours' is 2h.
std::optional<Duration> written_duration(const Spoken& spoken) {
  constexpr std::pair<char, double> units[] = {{'w', 10080}, {'d', 1440}, {'h', 60}, {'m', 1}};
  double minutes = std::round(spoken.minutes);
  if (minutes < 1 || minutes > 999999 || std::abs(minutes - spoken.minutes) > 1e-6) {
    return std::nullopt;
  }
  constexpr std::string_view order = "mhdw";
  for (auto [unit, size] : units) {
    double amount = minutes / size;
    if (order.find(unit) <= order.find(spoken.largest) && amount == std::floor(amount) &&
        amount <= 999999) {
      return Duration{static_cast<std::uint32_t>(amount), unit};
    }
  }
  return std::nullopt;
}

bool is_duration(std::string_view digits, char unit) {
  return !digits.empty() && digits.size() <= 6 &&
         digits.find_first_not_of("0123456789") == std::string_view::npos &&
         std::string_view("mhdw").find(unit) != std::string_view::npos &&
         digits.find_first_not_of('0') != std::string_view::npos;
}

// --- volumes ------------------------------------------------------------------

struct PeriodWord {
  std::string_view word;
  Volume::Per per;
};

// The ways people name a period after 'per', '/' or 'a'.
constexpr PeriodWord period_words[] = {
    {"day", Volume::Per::day},
    {"days", Volume::Per::day},
    {"d", Volume::Per::day},
    {"week", Volume::Per::week},
    {"weeks", Volume::Per::week},
    {"wk", Volume::Per::week},
    {"w", Volume::Per::week},
    {"month", Volume::Per::month},
    {"months", Volume::Per::month},
    {"mo", Volume::Per::month},
    {"mon", Volume::Per::month},
    {"quarter", Volume::Per::quarter},
    {"quarters", Volume::Per::quarter},
    {"qtr", Volume::Per::quarter},
    {"q", Volume::Per::quarter},
    {"year", Volume::Per::year},
    {"years", Volume::Per::year},
    {"yr", Volume::Per::year},
    {"y", Volume::Per::year},
    {"annum", Volume::Per::year},
};

std::string trimmed(std::string_view text) {
  std::size_t first = text.find_first_not_of(' ');
  std::size_t last = text.find_last_not_of(' ');
  return first == std::string_view::npos ? std::string()
                                         : std::string(text.substr(first, last - first + 1));
}

// '30 per month', '30 a month', '30/mo', '30 / months': the rate meant, if
// the text is one.
std::optional<Volume> spoken_rate(std::string_view text) {
  std::string words = lower(text);
  std::size_t cut = std::string::npos;
  std::size_t after = 0;
  for (std::string_view joint : {"/", " per ", " a ", " an ", " each "}) {
    std::size_t found = words.find(joint);
    if (found != std::string::npos) {
      cut = found;
      after = found + joint.size();
      break;
    }
  }
  if (cut == std::string::npos) {
    return std::nullopt;
  }
  std::optional<double> amount = parse_number(trimmed(std::string_view(words).substr(0, cut)));
  std::string period = trimmed(std::string_view(words).substr(after));
  const auto* word = std::find_if(std::begin(period_words), std::end(period_words),
                                  [&](const PeriodWord& w) { return w.word == period; });
  if (!amount || word == std::end(period_words)) {
    return std::nullopt;
  }
  return Volume{*amount, word->per, {}};
}

constexpr NumberRange volume_range{0, 1000000, false, false};

// --- one_of inputs --------------------------------------------------------------

struct ChoiceDraft {
  std::vector<Ref> alternatives;
  std::vector<std::uint32_t> shares;
  const Node* share = nullptr;
};

void read_shares(SchemaReader& reader, const Node& key, const Node& value, ChoiceDraft& draft) {
  draft.share = &value;
  for (const Node* item : reader.list(value, key.text(), Items::values)) {
    std::optional<double> share = read_number(reader, *item, "share", {0, 100, true, true});
    if (!share) {
      draft.shares.clear();
      draft.share = nullptr; // one finding is enough
      return;
    }
    draft.shares.push_back(static_cast<std::uint32_t>(*share));
  }
}

constexpr Field<ChoiceDraft> choice_fields[] = {
    {"one_of",
     [](SchemaReader& r, const Node& k, const Node& v, ChoiceDraft& d) {
       d.alternatives = r.references(v, k.text());
     },
     {.kind = ValueKind::references,
      .description = "Data items of which any one will do: an exclusive choice. The input is "
                     "supplied when one of them is.",
      .names = ElementKind::data,
      .required = true}},
    {"share",
     read_shares,
     {.kind = ValueKind::numbers,
      .description = "The percent of cases that go each way, one whole number per alternative, "
                     "summing to 100. Without it, lead times take the longest way."}},
};

void check_shares(SchemaReader& reader, ChoiceDraft& draft) {
  if (draft.share == nullptr || draft.shares.empty()) {
    return;
  }
  unsigned sum = std::accumulate(draft.shares.begin(), draft.shares.end(), 0U);
  if (draft.shares.size() != draft.alternatives.size()) {
    reader.report(rules::invalid_value, draft.share->at,
                  fmt::format("'share' has {} numbers for {} alternatives: give one percent for "
                              "each, in the order of 'one_of'",
                              draft.shares.size(), draft.alternatives.size()));
    draft.shares.clear();
  } else if (sum != 100) {
    reader.report(rules::invalid_value, draft.share->at,
                  fmt::format("the shares add up to {}, not 100: each is the percent of cases "
                              "that go that way",
                              sum));
    draft.shares.clear();
  }
}

void read_choice(SchemaReader& reader, const Node& item, Process& process) {
  ChoiceDraft draft;
  read_fields<ChoiceDraft>(reader, item, choice_fields, draft, "a 'one_of' input");
  bool has_one_of = false;
  for (std::size_t i = 0; i < item.map_size(); ++i) {
    has_one_of = has_one_of || item.key(i).text() == "one_of";
  }
  if (!has_one_of) {
    reader.report_missing(item.at, "a 'one_of' input", "one_of");
    return;
  }
  if (draft.alternatives.size() == 1) {
    reader.report(rules::invalid_value, item.at,
                  fmt::format("'one_of' names only '{}': an input with one way in is the input "
                              "itself; write '- {}'",
                              draft.alternatives.front().id, draft.alternatives.front().id));
  }
  check_shares(reader, draft);
  if (draft.alternatives.size() > 1) {
    process.choices.push_back(
        {process.inputs.size(), draft.alternatives.size(), std::move(draft.shares), item.at});
  }
  for (Ref& alternative : draft.alternatives) {
    process.inputs.push_back(std::move(alternative));
  }
}

bool entry_has_kind(const Node& entry) {
  for (std::size_t i = 0; i < entry.map_size(); ++i) {
    if (entry.key(i).text() == "kind") {
      return true;
    }
  }
  return false;
}

// --- the calendar -----------------------------------------------------------------

template <double Calendar::*member, int high>
void read_calendar_number(SchemaReader& reader, const Node& key, const Node& value,
                          Calendar& calendar) {
  if (std::optional<double> number =
          read_number(reader, value, key.text(), {0, double(high), false, false})) {
    calendar.*member = *number;
  }
}

constexpr Field<Calendar> calendar_fields[] = {
    {"hours_per_day",
     read_calendar_number<&Calendar::hours_per_day, 24>,
     {.kind = ValueKind::number,
      .description = "The hours of a working day: a duration's `d` is this many hours. Default "
                     "8."}},
    {"days_per_week",
     read_calendar_number<&Calendar::days_per_week, 7>,
     {.kind = ValueKind::number,
      .description = "The working days of a week: a duration's `w` is this many days, and a "
                     "daily process runs this many times a week. Default 5."}},
};

} // namespace

void read_calendar(SchemaReader& reader, const Node&, const Node& value, Business& business) {
  if (!reader.expect_map(value, "'calendar'")) {
    return;
  }
  Calendar calendar;
  calendar.at = value.at;
  read_fields<Calendar>(reader, value, calendar_fields, calendar, "'calendar'");
  business.calendar = calendar;
}

std::vector<FormatField> calendar_format() {
  return documented<Calendar>(calendar_fields);
}

std::vector<FormatField> input_choice_format() {
  return documented<ChoiceDraft>(choice_fields);
}

ShownValue shown_volume(const Process& process) {
  if (!process.volume) {
    return {};
  }
  std::string text = volume_text(*process.volume);
  return {{text, text, process.volume->at, {}}};
}

ShownValue shown_inputs(const Process& process) {
  ShownValue value;
  auto choice = process.choices.begin();
  for (std::size_t i = 0; i < process.inputs.size(); ++i) {
    if (choice != process.choices.end() && choice->first == i) {
      std::string text = one_of_text(process, *choice);
      value.push_back({text, text, choice->at, {}});
      i += choice->count - 1;
      ++choice;
      continue;
    }
    const Ref& input = process.inputs[i];
    value.push_back({input.id, input.id, input.at, {}});
  }
  return value;
}

ShownValue shown_calendar(const Business& business) {
  if (!business.calendar) {
    return {};
  }
  std::string text =
      fmt::format("{} hours a day, {} days a week", number_text(business.calendar->hours_per_day),
                  number_text(business.calendar->days_per_week));
  return {{text, text, business.calendar->at, {}}};
}

std::optional<double> read_number(SchemaReader& reader, const Node& value, std::string_view key,
                                  NumberRange range) {
  std::optional<std::string> text = reader.text(value, key);
  if (!text) {
    return std::nullopt;
  }
  std::optional<double> number = parse_number(*text);
  if (number && within(*number, range)) {
    return number;
  }
  reader.report(rules::invalid_value, value.at,
                fmt::format("'{}' is '{}', but takes {}", key, *text, range_words(range)));
  return std::nullopt;
}

std::optional<Duration> read_duration_value(SchemaReader& reader, const Node& value,
                                            std::string_view key) {
  std::optional<std::string> text = reader.text(value, key);
  if (!text) {
    return std::nullopt;
  }
  std::string_view digits(*text);
  char unit = digits.empty() ? '\0' : digits.back();
  digits.remove_suffix(digits.empty() ? 0 : 1);
  if (is_duration(digits, unit)) {
    return Duration{static_cast<std::uint32_t>(std::stoul(std::string(digits))), unit};
  }
  std::optional<Spoken> spoken = SpokenReader(*text).read();
  std::optional<Duration> meant = spoken ? written_duration(*spoken) : std::nullopt;
  if (meant) {
    std::string written = duration_text(*meant);
    reader.report(rules::invalid_value, value.at,
                  fmt::format("{} '{}' must be one whole number and one unit (m, h, d or w): "
                              "write {}; bizmap reads it as {}",
                              key, *text, written, written),
                  written);
    return meant;
  }
  bool number = !text->empty() && text->find_first_not_of("0123456789") == std::string::npos;
  reader.report(rules::invalid_value, value.at,
                number ? fmt::format("{} '{}' has no unit: write {}m for minutes or {}h for hours",
                                     key, *text, *text, *text)
                       : fmt::format("{} '{}' is not a whole number from 1 to 999999 followed by "
                                     "m, h, d or w (like '30m' or '2h')",
                                     key, *text));
  return std::nullopt;
}

std::optional<Volume> read_volume_value(SchemaReader& reader, const Node& value,
                                        std::string_view key) {
  std::optional<std::string> text = reader.text(value, key);
  if (!text) {
    return std::nullopt;
  }
  if (std::optional<Volume> volume = parse_volume(*text)) {
    volume->at = value.at;
    return volume;
  }
  if (std::optional<Volume> meant = spoken_rate(*text);
      meant && within(meant->amount, volume_range)) {
    std::string written = volume_text(*meant);
    reader.report(rules::invalid_value, value.at,
                  fmt::format("volume '{}' is written as a number, or a number per day, week, "
                              "month, quarter or year: write {}; bizmap reads it as {}",
                              *text, written, written),
                  written);
    meant->at = value.at;
    return meant;
  }
  reader.report(rules::invalid_value, value.at,
                fmt::format("volume '{}' is not a whole number of runs (like '140') or a rate "
                            "(like '30/month', per day, week, month, quarter or year)",
                            *text));
  return std::nullopt;
}

void read_process_inputs(SchemaReader& reader, const Node& key, const Node& value,
                         Process& process) {
  if (value.is_scalar()) {
    process.inputs = reader.references(value, key.text());
    return;
  }
  for (const Node* item : reader.list(value, key.text(), Items::values_or_maps)) {
    if (item->is_map()) {
      read_choice(reader, *item, process);
    } else if (std::optional<std::string> name = reader.item_text(*item, key.text())) {
      process.inputs.push_back({std::move(*name), item->at});
    }
  }
}

void check_process_quantities(SchemaReader& reader, const Process& process) {
  if (!process.volume || process.volume->per != Volume::Per::round) {
    return;
  }
  bool periodic =
      process.frequency != Frequency::unspecified && process.frequency != Frequency::on_demand;
  if (!periodic) {
    std::string amount = number_text(process.volume->amount);
    reader.report(rules::invalid_value, process.volume->at,
                  fmt::format("volume '{}' counts runs each time the frequency comes round, but "
                              "'{}' {}: write a rate such as '{}/month'",
                              amount, process.id.id,
                              process.frequency == Frequency::on_demand ? "runs on demand"
                                                                        : "has no frequency",
                              amount),
                  fmt::format("{}/month", amount));
  }
}

void check_role_quantities(SchemaReader& reader, const Role& role, const Node& entry) {
  if (role.kind != RoleKind::person || !role.people || *role.people == 1) {
    return;
  }
  for (std::size_t i = 0; i < entry.map_size(); ++i) {
    if (entry.key(i).text() == "people") {
      reader.report(rules::invalid_value, entry.value(i).at,
                    fmt::format("role '{}' is a person{} and a person is one person, but it has "
                                "people: {}; write 'kind: team' for a group of people",
                                role.id.id, entry_has_kind(entry) ? "" : " (the default kind)",
                                *role.people),
                    "kind: team");
    }
  }
}

} // namespace bizmap
