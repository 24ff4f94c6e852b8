#include "config/config.hpp"

#include "config/report_language.hpp"
#include "model/suggest.hpp"
#include "rules/rule.hpp"
#include "yaml/tree.hpp"

#include <algorithm>
#include <bizmap/usage_error.hpp>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace bizmap {
namespace fs = std::filesystem;
namespace {

using yaml::Node;

constexpr std::string_view severities[] = {"error", "warning", "info", "off"};
constexpr std::string_view settings[] = {"rules",    "fail_on", "exclude",
                                         "baseline", "health",  "report"};

bool is_setting(std::string_view key) {
  return std::find(std::begin(settings), std::end(settings), key) != std::end(settings);
}

// 'severity' or the name of an option of some rule ('max').
bool is_rule_option(std::string_view key) {
  if (key == "severity") {
    return true;
  }
  for (const Rule* rule : all_rules()) {
    for (const RuleOption& option : rule->options) {
      if (option.name == key) {
        return true;
      }
    }
  }
  return false;
}

// Reads the whole file and notes every mistake, so that one run shows them
// all; the mistakes are thrown together at the end.
class ConfigReader {
public:
  explicit ConfigReader(const fs::path& path) : path_(path.string()) {}

  Config read(const std::string& text) {
    yaml::Document document = yaml::parse(text, 0);
    for (const Diagnostic& finding : document.findings) {
      note(finding.at, finding.message);
      if (finding.severity == Severity::error) {
        repaired_lines_.push_back(finding.at.line);
      }
    }
    Config config;
    config.folder = fs::absolute(fs::path(path_)).parent_path();
    bool empty = document.root == nullptr || yaml::is_null_scalar(*document.root);
    if (!empty &&
        expect(*document.root, yaml::NodeKind::map, "the configuration", "a map of settings")) {
      for (std::size_t i = 0; i < document.root->map_size(); ++i) {
        read_setting(document.root->key(i), document.root->value(i), config);
      }
    }
    if (!mistakes_.empty()) {
      throw UsageError(fmt::format("{}", fmt::join(mistakes_, "\n")));
    }
    return config;
  }

private:
  void read_setting(const Node& key, const Node& value, Config& config) {
    if (key.text() == "rules") {
      read_rules(value, config.rules);
    } else if (key.text() == "fail_on") {
      std::optional<std::string_view> chosen =
          choice(value, "fail_on", std::span(severities).first(3));
      config.fail_on = chosen ? parse_severity(*chosen) : std::nullopt;
    } else if (key.text() == "exclude") {
      read_exclude(value, config.exclude);
    } else if (key.text() == "baseline") {
      expect(value, yaml::NodeKind::scalar, "'baseline'", "the path of a baseline file");
      config.baseline = config.folder / std::string(value.text());
    } else if (key.text() == "health") {
      read_health(value, config.health_weights);
    } else if (key.text() == "report") {
      read_report(value, config);
    } else if (find_rule(key.text()) != nullptr) {
      note(key.at, fmt::format("'{}' is a rule, not a setting of its own: indent it under "
                               "'rules:'",
                               key.text()));
    } else {
      unknown(key, "setting", {std::begin(settings), std::end(settings)});
    }
  }

  void read_report(const Node& report, Config& config) {
    if (yaml::is_null_scalar(report) ||
        !expect(report, yaml::NodeKind::map, "'report'", "a map with 'language'")) {
      return;
    }
    for (std::size_t i = 0; i < report.map_size(); ++i) {
      if (report.key(i).text() != "language") {
        unknown(report.key(i), "report setting", {"language"});
        continue;
      }
      config.report_language = choice(report.value(i), "language", report_languages);
    }
  }

  void read_health(const Node& health, HealthWeights& weights) {
    if (yaml::is_null_scalar(health)) {
      return;
    }
    if (!expect(health, yaml::NodeKind::map, "'health'", "a map with 'weights'")) {
      return;
    }
    for (std::size_t i = 0; i < health.map_size(); ++i) {
      if (health.key(i).text() != "weights") {
        unknown(health.key(i), "health setting", {"weights"});
        continue;
      }
      read_weights(health.value(i), weights);
    }
  }

  // `weights: {ownership: 30, flow: 0}`: each area named at most once, each
  // weight a whole number of 0 or more.
  void read_weights(const Node& value, HealthWeights& weights) {
    if (yaml::is_null_scalar(value)) {
      return;
    }
    if (!expect(value, yaml::NodeKind::map, "'weights'",
                "a map from a health area to its weight, like {handoffs: 30, automation: 0}")) {
      return;
    }
    std::vector<std::string_view> areas(health_area_keys.begin(), health_area_keys.end());
    for (std::size_t i = 0; i < value.map_size(); ++i) {
      const Node& key = value.key(i);
      auto area = std::find(areas.begin(), areas.end(), key.text());
      if (key.text() == "documentation") {
        // An area of earlier versions: a configuration written for them
        // fails with the reason rather than an unknown word.
        note(key.at, "'documentation' has no weight: the model's completeness is scored apart "
                     "from the business's health; remove it from 'weights'");
        continue;
      }
      if (area == areas.end()) {
        unknown(key, "health area", areas, " in 'weights'");
        continue;
      }
      if (std::optional<int> chosen = weight(value.value(i), *area)) {
        weights.of[static_cast<std::size_t>(area - areas.begin())] = *chosen;
      }
    }
  }

  std::optional<int> weight(const Node& value, std::string_view area) {
    long long result = 0;
    constexpr long long most = 1000000;
    if (!yaml::to_integer(value, result) || result < 0 || result > most) {
      note(value.at, fmt::format("the weight of '{}' must be a whole number from 0 to {}, not '{}'",
                                 area, most, value.text()));
      return std::nullopt;
    }
    return static_cast<int>(result);
  }

  void read_rules(const Node& rules, RuleSettings& settings) {
    if (yaml::is_null_scalar(rules) ||
        !expect(rules, yaml::NodeKind::map, "'rules'", "a map from rule id to its setting")) {
      return;
    }
    for (std::size_t i = 0; i < rules.map_size(); ++i) {
      const Rule* rule = find_rule(rules.key(i).text());
      if (rule == nullptr && misplaced_under_rules(rules, i)) {
        continue;
      }
      if (rule == nullptr) {
        note(rules.key(i).at, unknown_rule_message(rules.key(i).text()));
        // Its setting may have mistakes of its own: read it as the rule meant.
        if (std::optional<std::string_view> meant = closest_rule(rules.key(i).text())) {
          rule_setting(*find_rule(*meant), rules.value(i));
        }
        continue;
      }
      settings[std::string(rule->id)] = rule_setting(*rule, rules.value(i));
    }
  }

  // A key under 'rules:' that belongs a level up (a setting such as
  // 'fail_on') or a level down (an option such as 'max', of the rule above
  // it): the advice names the level it belongs at.
  bool misplaced_under_rules(const Node& rules, std::size_t i) {
    const Node& key = rules.key(i);
    if (is_setting(key.text())) {
      note(key.at, fmt::format("'{}' is a setting of its own, not a rule: write it at the start "
                               "of its line, not indented under 'rules:'",
                               key.text()));
      return true;
    }
    if (!is_rule_option(key.text())) {
      return false;
    }
    const Rule* above = i > 0 ? find_rule(rules.key(i - 1).text()) : nullptr;
    note(key.at, above != nullptr
                     ? fmt::format("'{}' is an option of a rule, not a rule: indent it under "
                                   "'{}' on line {}, as in '{}: {{{}: {}}}'",
                                   key.text(), above->id, rules.key(i - 1).at.line, above->id,
                                   key.text(), rules.value(i).text())
                     : fmt::format("'{}' is an option of a rule, not a rule: indent it under "
                                   "the rule it sets",
                                   key.text()));
    return true;
  }

  RuleSetting rule_setting(const Rule& rule, const Node& value) {
    RuleSetting setting;
    if (value.is_scalar()) {
      set_severity(setting, value, rule.id);
      return setting;
    }
    if (!expect(value, yaml::NodeKind::map, fmt::format("the setting of '{}'", rule.id),
                "a severity or a map with 'severity' and options")) {
      return setting;
    }
    std::vector<std::string_view> keys{"severity"};
    for (const RuleOption& option : rule.options) {
      keys.push_back(option.name);
    }
    for (std::size_t i = 0; i < value.map_size(); ++i) {
      const Node& key = value.key(i);
      if (key.text() == "severity") {
        set_severity(setting, value.value(i), rule.id);
      } else if (std::find(keys.begin(), keys.end(), key.text()) != keys.end()) {
        if (std::optional<long long> n = number(value.value(i), key.text())) {
          setting.options[std::string(key.text())] = *n;
        }
      } else if (is_setting(key.text())) {
        note(key.at, fmt::format("'{}' is a setting of its own, not an option of '{}': write it "
                                 "at the start of its line, not indented under 'rules:'",
                                 key.text(), rule.id));
      } else {
        unknown(key, "option", keys, fmt::format(" for rule '{}'", rule.id));
      }
    }
    return setting;
  }

  // YAML reads a plain `off` as text, which is what is meant here.
  void set_severity(RuleSetting& setting, const Node& value, std::string_view rule) {
    std::optional<std::string_view> chosen =
        choice(value, fmt::format("the severity of '{}'", rule), severities);
    if (chosen) {
      setting.off = *chosen == "off";
      setting.severity = parse_severity(*chosen);
    }
  }

  std::optional<std::string_view> choice(const Node& value, std::string_view what,
                                         std::span<const std::string_view> choices) {
    if (!expect(value, yaml::NodeKind::scalar, what,
                fmt::format("one of {}", fmt::join(choices, ", ")))) {
      return std::nullopt;
    }
    auto found = std::find(choices.begin(), choices.end(), value.text());
    if (found == choices.end()) {
      note(value.at, fmt::format("{} is '{}', which is not one of {}{}", what, value.text(),
                                 fmt::join(choices, ", "), hint(closest(value.text(), choices))));
      return std::nullopt;
    }
    return *found;
  }

  std::optional<long long> number(const Node& value, std::string_view option) {
    long long result = 0;
    if (!yaml::to_integer(value, result) || result < 0) {
      note(value.at, fmt::format("option '{}' must be a whole number of 0 or more, not '{}'",
                                 option, value.text()));
      return std::nullopt;
    }
    return result;
  }

  void read_exclude(const Node& value, std::vector<Glob>& globs) {
    if (yaml::is_null_scalar(value) ||
        !expect(value, yaml::NodeKind::sequence, "'exclude'", "a list of path patterns")) {
      return;
    }
    for (const Node* item : value.children()) {
      if (!expect(*item, yaml::NodeKind::scalar, "a pattern of 'exclude'", "text")) {
        continue;
      }
      std::string problem;
      if (std::optional<Glob> glob = Glob::parse(item->text(), problem)) {
        globs.push_back(std::move(*glob));
      } else {
        note(item->at, fmt::format("bad pattern '{}' in 'exclude': {}", item->text(), problem));
      }
    }
  }

  bool expect(const Node& value, yaml::NodeKind kind, std::string_view what,
              std::string_view wanted) {
    if (value.kind != kind || (kind == yaml::NodeKind::scalar && yaml::is_null_scalar(value))) {
      note(value.at, fmt::format("{} should be {}", what, wanted));
      return false;
    }
    return true;
  }

  void unknown(const Node& key, std::string_view what, const std::vector<std::string_view>& valid,
               std::string_view where = {}) {
    note(key.at, fmt::format("unknown {} '{}'{}{}", what, key.text(), where,
                             hint(closest(key.text(), valid))));
  }

  static std::string hint(const std::optional<std::string_view>& near) {
    return did_you_mean(near);
  }

  // A line with a YAML mistake was read as if it were fixed: what else seems
  // wrong on it comes from that mistake, and is not said twice.
  void note(const Location& at, const std::string& message) {
    if (std::find(repaired_lines_.begin(), repaired_lines_.end(), at.line) !=
        repaired_lines_.end()) {
      return;
    }
    mistakes_.push_back(fmt::format("{}:{}:{}: {}", path_, at.line, at.column, message));
  }

  std::string path_;
  std::vector<std::string> mistakes_;
  std::vector<std::uint32_t> repaired_lines_;
};

} // namespace

Config read_config(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    throw UsageError(fmt::format("cannot read configuration file '{}'", path.string()));
  }
  std::ostringstream text;
  text << stream.rdbuf();
  return ConfigReader(path).read(text.str());
}

Config read_config(const fs::path& path, const std::string& text) {
  return ConfigReader(path).read(text);
}

std::optional<fs::path> find_config(const fs::path& folder) {
  std::error_code error;
  for (fs::path at = fs::absolute(folder, error); !at.empty(); at = at.parent_path()) {
    fs::path candidate = at / ".bizmap.yaml";
    if (fs::is_regular_file(candidate, error)) {
      return candidate;
    }
    if (at == at.root_path()) {
      break;
    }
  }
  return std::nullopt;
}

bool Config::excludes(const std::string& file) const {
  if (exclude.empty()) {
    return false;
  }
  std::error_code error;
  fs::path relative = fs::weakly_canonical(fs::absolute(file), error)
                          .lexically_relative(fs::weakly_canonical(folder, error));
  std::string path = relative.generic_string();
  if (path.empty() || path.starts_with("..")) {
    return false;
  }
  return std::any_of(exclude.begin(), exclude.end(),
                     [&](const Glob& glob) { return glob.matches(path); });
}

} // namespace bizmap
