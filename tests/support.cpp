#include "support.hpp"

#include "docs/example_files.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace bizmap::testing {
namespace {

// The folder of one run of the test program, made with mkdtemp: ctest starts
// a process per test case, and other checkouts on the machine run suites of
// their own, so no two runs ever share a folder. It is removed at the end.
class RunFolder {
public:
  RunFolder() {
    std::string pattern = (fs::temp_directory_path() / "bizmap-tests-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("cannot make a folder for the tests in " +
                               fs::temp_directory_path().string());
    }
    path_ = pattern;
  }
  RunFolder(const RunFolder&) = delete;
  RunFolder& operator=(const RunFolder&) = delete;
  ~RunFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }

  const fs::path& path() const { return path_; }

private:
  fs::path path_;
};

// A folder name for a test case: the start of its name in lower-case letters,
// digits and hyphens, and a hash of the whole name, so that two test cases
// (whose names Catch keeps unique) never get the same folder.
std::string folder_name_of(std::string_view test_name) {
  std::string name;
  for (char c : test_name) {
    if (name.size() == 40) {
      break;
    }
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    bool upper = c >= 'A' && c <= 'Z';
    if (word || upper) {
      name += upper ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (!name.empty() && name.back() != '-') {
      name += '-';
    }
  }
  if (!name.empty() && name.back() != '-') {
    name += '-';
  }
  std::uint32_t hash = 2166136261U; // FNV-1a
  for (char c : test_name) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 16777619U;
  }
  return fmt::format("{}{:08x}", name, hash);
}

} // namespace

fs::path source_dir() {
  return BIZMAP_SOURCE_DIR;
}

fs::path fresh_folder(std::string_view name) {
  static const RunFolder run;
  std::string test_name = Catch::getResultCapture().getCurrentTestName();
  fs::path folder = run.path() / folder_name_of(test_name) / name;
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

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) {
    lines.push_back(line);
  }
  return lines;
}

void write_text(const fs::path& path, std::string_view text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

Checked check_path(const fs::path& path, const RuleSettings& settings) {
  CheckedExample checked = check_example(path, settings, test_today);
  return {std::move(checked.loaded), std::move(checked.findings)};
}

Checked check_text(std::string_view text, std::string name) {
  Checked checked{load_text(std::move(name), std::string(text)), {}};
  checked.findings =
      check_model(checked.loaded.model, checked.loaded.findings, {{}, test_today, 0});
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

CliResult bizmap_in(const fs::path& folder, const std::vector<std::string>& args) {
  struct InFolder {
    fs::path before = fs::current_path();
    explicit InFolder(const fs::path& folder) { fs::current_path(folder); }
    InFolder(const InFolder&) = delete;
    InFolder& operator=(const InFolder&) = delete;
    ~InFolder() { fs::current_path(before); }
  } in_folder(folder);
  return bizmap_cli(args);
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

std::string example(std::string_view name) {
  return (source_dir() / "examples" / name).string();
}

void write_example(std::string_view example, const fs::path& folder) {
  write_example_files(example, folder);
}

} // namespace bizmap::testing
