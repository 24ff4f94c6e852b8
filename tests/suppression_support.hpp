#pragma once

// What the suppression tests share: the scanner's findings in a few words,
// and a check's findings as "line:column rule".
#include "lint/suppression.hpp"
#include "support.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bizmap::testing {

// One suppression as "line L: #@C -> T [rule@C, ...]": where the comment is,
// the line it suppresses, and each named rule with its column. File, line and
// length of every location are checked separately by `locations_ok`.
inline std::string describe(const Suppression& s) {
  std::string text = "line " + std::to_string(s.at.line) + ": #@" + std::to_string(s.at.column) +
                     " -> " + std::to_string(s.line) + " [";
  for (std::size_t i = 0; i < s.rules.size(); ++i) {
    text += (i == 0 ? "" : ", ") + s.rules[i].id + "@" + std::to_string(s.rules[i].at.column);
  }
  return text + "]";
}

inline std::vector<std::string> scan(std::string_view text, std::uint32_t file = 0) {
  std::vector<std::string> found;
  for (const Suppression& s : find_suppressions(text, file)) {
    found.push_back(describe(s));
  }
  return found;
}

// The comment's own location, and each rule name's, are on the comment's line
// in the right file, with the length of '#' and of the name.
inline bool locations_ok(const Suppression& s, std::uint32_t file) {
  if (s.at.file != file || s.at.length != 1) {
    return false;
  }
  for (const Ref& rule : s.rules) {
    if (rule.at.file != file || rule.at.line != s.at.line ||
        rule.at.length != static_cast<std::uint32_t>(rule.id.size())) {
      return false;
    }
  }
  return true;
}

// The findings as "line:column rule", in the order they are reported.
inline std::vector<std::string> findings_of(const Checked& checked) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : checked.findings) {
    lines.push_back(std::to_string(d.at.line) + ":" + std::to_string(d.at.column) + " " +
                    std::string(d.rule));
  }
  return lines;
}

inline std::vector<std::string> findings_of(std::string_view text) {
  return findings_of(check_text(text));
}

inline const Diagnostic* finding_at(const Checked& checked, std::uint32_t line,
                                    std::uint32_t column) {
  for (const Diagnostic& d : checked.findings) {
    if (d.at.line == line && d.at.column == column) {
      return &d;
    }
  }
  return nullptr;
}

using Lines = std::vector<std::string>;

// Without suppressions this model reports exactly:
//   4:10 unused-role (intern), 6:10 unused-tool (fax),
//   13:14 process-without-owner and 13:14 process-without-steps (send-contract).
constexpr std::string_view plain_model = R"(bizmap: 1
roles:
  - {id: founder}
  - {id: intern}
tools:
  - {id: fax}
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - {id: qualify-lead, owner: founder, trigger: An inquiry, outputs: [brief], steps: [Call]}
      - {id: send-contract, inputs: [brief]}
)";

} // namespace bizmap::testing
