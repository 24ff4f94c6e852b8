// A process's page shows every key of a process and of what it holds (its
// steps, their links and what-ifs). The models are written from the format's
// own description, so a key the format gains is walked here without a line of
// this file: a model that sets every key, and the same model with one key's
// value changed (or, for a list of elements, its first element left out).
#include "model_writer.hpp"
#include "report/context.hpp"
#include "report/report.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// The first process's page, its address included (the address is where its
// id shows), without the findings, which a changed value may change on its own.
std::string first_process_page(const std::string& text, Audience audience) {
  Checked checked = check_text(text);
  REQUIRE_FALSE(checked.loaded.model.processes.empty());
  std::string path = ReportContext::process_path(checked.loaded.model, 0);
  ReportOptions options;
  options.audience = audience;
  options.today = test_today;
  options.threads = 1;
  for (const ReportFile& file : build_report(checked.loaded.model, checked.findings, options)) {
    if (file.path == path) {
      return path + "\n" + file.text.substr(0, file.text.find("\n## Findings"));
    }
  }
  FAIL("no page " << path);
  return {};
}

// Each key of the element called `name`, with the model that sets every key
// but changes that one: "process.owner" and its model.
std::vector<std::pair<std::string, std::string>>
changed_models(const std::vector<ElementFormat>& elements, std::string_view name,
               const std::string& base) {
  const ElementFormat* element = find_element(elements, name);
  REQUIRE(element != nullptr);
  std::vector<std::pair<std::string, std::string>> models;
  for (const FormatField& field : element->fields) {
    Target target{std::string(name), std::string(field.key)};
    std::string changed = ModelWriter(elements, &target).model();
    INFO(name << "." << field.key);
    REQUIRE(changed != base);
    models.emplace_back(fmt::format("{}.{}", name, field.key), std::move(changed));
  }
  return models;
}

} // namespace

TEST_CASE("a process's page shows a change to every key of a process and its steps", "[report]") {
  std::vector<ElementFormat> elements = format_elements();
  std::string base = ModelWriter(elements, nullptr).model();
  std::string base_author = first_process_page(base, Audience::author);
  std::string base_staff = first_process_page(base, Audience::staff);
  std::vector<std::string> missed;
  std::size_t walked = 0;
  for (std::string_view name : {"process", "step", "link", "what-if"}) {
    for (const auto& [key, changed] : changed_models(elements, name, base)) {
      ++walked;
      if (first_process_page(changed, Audience::author) == base_author) {
        missed.push_back(key + " (author)");
      }
      if (key != "process.layer" && first_process_page(changed, Audience::staff) == base_staff) {
        missed.push_back(key + " (staff)"); // the layer is for authors
      }
    }
  }
  CHECK(walked == find_element(elements, "process")->fields.size() +
                      find_element(elements, "step")->fields.size() +
                      find_element(elements, "link")->fields.size() +
                      find_element(elements, "what-if")->fields.size());
  INFO("not shown: " << fmt::format("{}", fmt::join(missed, ", ")));
  CHECK(missed.empty());
}

namespace {

// The role pages, or the data page, joined, each without its findings.
std::string pages_of(const std::string& text, std::string_view prefix) {
  Checked checked = check_text(text);
  ReportOptions options;
  options.today = test_today;
  options.threads = 1;
  std::string pages;
  for (const ReportFile& file : build_report(checked.loaded.model, checked.findings, options)) {
    if (file.path.starts_with(prefix)) {
      pages += file.path + "\n" + file.text.substr(0, file.text.find("\n## Findings"));
    }
  }
  return pages;
}

} // namespace

TEST_CASE("the role, data and system pages show a change to every key of their element",
          "[report]") {
  std::vector<ElementFormat> elements = format_elements();
  std::string base = ModelWriter(elements, nullptr).model();
  std::vector<std::string> missed;
  for (auto [name, prefix] : {std::pair<std::string_view, std::string_view>{"role", "roles/"},
                              {"data item", "data.md"},
                              {"system", "systems/"}}) {
    std::string base_pages = pages_of(base, prefix);
    REQUIRE_FALSE(base_pages.empty());
    for (const auto& [key, changed] : changed_models(elements, name, base)) {
      if (pages_of(changed, prefix) == base_pages) {
        missed.push_back(key);
      }
    }
  }
  INFO("not shown: " << fmt::format("{}", fmt::join(missed, ", ")));
  CHECK(missed.empty());
}
