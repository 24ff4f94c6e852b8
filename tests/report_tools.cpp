#include "report_tools.hpp"

#include "output/markdown.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fmt/format.h>
#include <map>
#include <set>
#include <sstream>

namespace bizmap::testing {
namespace {

fs::path npm_tools() {
  return source_dir() / "tools" / "npm" / "report";
}

std::string quoted(const fs::path& path) {
  return shell_quoted(path.string());
}

// Heading text as a reader sees it: backslash escapes removed.
std::string unescape(std::string_view text) {
  std::string plain;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() &&
        std::ispunct(static_cast<unsigned char>(text[i + 1]))) {
      ++i;
    }
    plain += text[i];
  }
  return plain;
}

std::vector<std::string> lines_outside_fences(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  bool fenced = false;
  for (std::string line; std::getline(stream, line);) {
    if (line.starts_with("```")) {
      fenced = !fenced;
    } else if (!fenced) {
      lines.push_back(line);
    }
  }
  return lines;
}

std::set<std::string> anchors_of(const fs::path& file) {
  std::set<std::string> anchors;
  Slugger slugger;
  for (const std::string& line : lines_outside_fences(read_text(file))) {
    std::size_t level = line.find_first_not_of('#');
    if (level > 0 && level <= 6 && level < line.size() && line[level] == ' ') {
      anchors.insert(slugger.next(collapse_whitespace(unescape(line.substr(level + 1)))));
    }
  }
  return anchors;
}

bool escaped(const std::string& line, std::size_t at) {
  std::size_t backslashes = 0;
  while (at > backslashes && line[at - backslashes - 1] == '\\') {
    ++backslashes;
  }
  return backslashes % 2 == 1;
}

// Whether a link target names a scheme (`https:`, `mailto:`): a web
// address, not a file of the report.
bool is_absolute(std::string_view target) {
  std::size_t colon = target.find(':');
  return colon != std::string_view::npos && colon > 0 &&
         std::all_of(target.begin(), target.begin() + static_cast<std::ptrdiff_t>(colon),
                     [](char c) {
                       return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '.' ||
                              c == '-';
                     });
}

// The targets of inline links `[text](target)` whose bracket is not escaped
// and that point into the report (web addresses are left out).
std::vector<std::string> link_targets(const fs::path& file) {
  std::vector<std::string> targets;
  for (const std::string& line : lines_outside_fences(read_text(file))) {
    for (std::size_t at = line.find("]("); at != std::string::npos; at = line.find("](", at + 1)) {
      std::size_t close = line.find(')', at);
      if (!escaped(line, at) && close != std::string::npos &&
          !is_absolute(std::string_view(line).substr(at + 2, close - at - 2))) {
        targets.push_back(line.substr(at + 2, close - at - 2));
      }
    }
  }
  return targets;
}

std::vector<fs::path> markdown_files(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.path().extension() == ".md") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace

std::string shell_quoted(std::string_view text) {
  std::string quoted = "'";
  for (char c : text) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

ToolRun run_tool(const std::string& command) {
  ToolRun run;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) {
    return run;
  }
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
    run.output.append(buffer, n);
  }
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string missing_npm_tools() {
  if (run_tool("command -v npm").exit_code != 0) {
    return "npm is not installed";
  }
  if (!fs::exists(npm_tools() / "node_modules" / ".bin" / "mmdc") ||
      !fs::exists(npm_tools() / "node_modules" / ".bin" / "markdownlint-cli2")) {
    return "tools/npm/report is not installed (run scripts/install-npm.sh)";
  }
  if (!fs::exists("/usr/bin/chromium")) {
    return "Debian's chromium is not installed (scripts/packages/report.txt)";
  }
  return {};
}

std::string missing_graphviz() {
  return run_tool("command -v dot").exit_code == 0 ? "" : "Graphviz's dot is not installed";
}

ToolRun markdownlint(const fs::path& folder) {
  return run_tool(fmt::format("cd {} && node_modules/.bin/markdownlint-cli2 --config "
                              ".markdownlint-cli2.jsonc {}",
                              quoted(npm_tools()), quoted(folder / "**" / "*.md")));
}

ToolRun render_mermaid(const fs::path& markdown, const fs::path& output) {
  return run_tool(fmt::format("cd {} && node_modules/.bin/mmdc --quiet -p puppeteer-config.json "
                              "-e svg -i {} -o {}",
                              quoted(npm_tools()), quoted(markdown), quoted(output)));
}

std::string broken_links(const fs::path& folder) {
  return broken_links(markdown_files(folder));
}

std::string broken_links(const std::vector<fs::path>& files) {
  std::map<fs::path, std::set<std::string>> anchors;
  std::string problems;
  for (const fs::path& file : files) {
    for (const std::string& target : link_targets(file)) {
      if (target.starts_with("https://") || target.starts_with("http://") ||
          target.starts_with("mailto:")) {
        continue;
      }
      std::size_t hash = target.find('#');
      std::string path = target.substr(0, hash);
      fs::path linked = path.empty() ? file : (file.parent_path() / path).lexically_normal();
      if (!fs::exists(linked)) {
        problems += fmt::format("{}: no file {}\n", file.string(), target);
        continue;
      }
      if (hash == std::string::npos) {
        continue;
      }
      if (!anchors.contains(linked)) {
        anchors[linked] = anchors_of(linked);
      }
      if (!anchors[linked].contains(target.substr(hash + 1))) {
        problems += fmt::format("{}: no heading for {}\n", file.string(), target);
      }
    }
  }
  return problems;
}

std::size_t count_links(const fs::path& folder) {
  std::size_t count = 0;
  for (const fs::path& file : markdown_files(folder)) {
    count += link_targets(file).size();
  }
  return count;
}

std::vector<std::string> mermaid_blocks(const std::string& markdown) {
  std::vector<std::string> blocks;
  for (std::size_t at = markdown.find("```mermaid\n"); at != std::string::npos;
       at = markdown.find("```mermaid\n", at + 1)) {
    std::size_t end = markdown.find("\n```", at + 10);
    blocks.push_back(markdown.substr(at, end + 4 - at));
  }
  return blocks;
}

} // namespace bizmap::testing
