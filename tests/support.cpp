#include "support.hpp"

#include "docs/example_files.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace bizmap::testing {

fs::path source_dir() {
  return BIZMAP_SOURCE_DIR;
}

fs::path fresh_folder(std::string_view name) {
  fs::path folder = fs::temp_directory_path() / "bizmap-tests" / name;
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

std::string read_text(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

void write_text(const fs::path& path, std::string_view text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

Checked check_path(const fs::path& path) {
  CheckedExample checked = check_example(path);
  return {std::move(checked.loaded), std::move(checked.findings)};
}

Checked check_text(std::string_view text, std::string name) {
  Checked checked{load_text(std::move(name), std::string(text)), {}};
  checked.findings = check_model(checked.loaded.model, checked.loaded.findings);
  return checked;
}

std::string finding_lines(const Checked& checked, const fs::path& base) {
  auto shown = [&](const Location& at) {
    fs::path file = checked.loaded.model.files[at.file].path;
    return base.empty() ? file.generic_string() : file.lexically_relative(base).generic_string();
  };
  // Messages that name a file (not-a-model) use the same paths.
  std::string prefix = base.empty() ? "" : (base / "").generic_string();
  std::string lines;
  for (const Diagnostic& d : checked.findings) {
    std::string message = d.message;
    for (std::size_t at; !prefix.empty() && (at = message.find(prefix)) != std::string::npos;) {
      message.erase(at, prefix.size());
    }
    lines += fmt::format("{}:{}:{}: {}: {} [{}]\n", shown(d.at), d.at.line, d.at.column,
                         to_string(d.severity), message, d.rule);
    for (const RelatedLocation& related : d.related) {
      lines += fmt::format("{}:{}:{}: note: {}\n", shown(related.at), related.at.line,
                           related.at.column, related.note);
    }
  }
  return lines;
}

std::vector<std::string> rules_of(const Checked& checked) {
  std::vector<std::string> rules;
  for (const Diagnostic& d : checked.findings) {
    rules.emplace_back(d.rule);
  }
  return rules;
}

void compare_with_golden(const std::string& actual, const fs::path& golden) {
  const char* update = std::getenv("BIZMAP_UPDATE_GOLDEN");
  if (update != nullptr && std::string_view(update) == "1") {
    write_text(golden, actual);
    return;
  }
  INFO("golden file: " << golden.string());
  REQUIRE(fs::exists(golden));
  CHECK(read_text(golden) == actual);
}

CliResult bizmap_cli(const std::vector<std::string>& args, const Terminal& terminal) {
  std::ostringstream out;
  std::ostringstream err;
  int code = run(args, out, err, terminal);
  return {code, out.str(), err.str()};
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

std::string example(std::string_view name) {
  return (source_dir() / "examples" / name).string();
}

void write_example(std::string_view example, const fs::path& folder) {
  constexpr std::string_view marker = "# file: ";
  std::string name = "model.yaml";
  std::string text;
  std::istringstream lines{std::string(example)};
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with(marker)) {
      if (!text.empty()) {
        write_text(folder / name, text);
      }
      name = line.substr(marker.size());
      text.clear();
    } else {
      text += line + "\n";
    }
  }
  write_text(folder / name, text);
}

} // namespace bizmap::testing
