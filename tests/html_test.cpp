// bizmap report --format html: the HTML manual's files, its escaping, its
// labels in each language, the staff's pages and the folder it is written to.
#include "graph/svg.hpp"
#include "html/escape.hpp"
#include "html/labels.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <map>
#include <regex>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

std::string hostile_model() {
  return (source_dir() / "tests" / "html" / "hostile.yaml").string();
}

// Every file below a folder by its path inside it, the manifest left out.
std::map<std::string, std::string> site_files(const fs::path& folder) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().filename() != ".bizmap-report") {
      files[entry.path().lexically_relative(folder).string()] = read_text(entry.path());
    }
  }
  return files;
}

CliResult write_site(const std::string& model, const fs::path& out,
                     std::vector<std::string> more = {}) {
  std::vector<std::string> args{"report", model,        "--format", "html",
                                "-o",     out.string(), "--today",  std::string(test_today_option)};
  args.insert(args.end(), more.begin(), more.end());
  return bizmap_cli(args);
}

std::size_t count(std::string_view text, std::string_view part) {
  std::size_t found = 0;
  for (std::size_t at = text.find(part); at != std::string_view::npos;
       at = text.find(part, at + part.size())) {
    ++found;
  }
  return found;
}

} // namespace

TEST_CASE("the HTML manual has a page per system, process and role, a run sheet per process and "
          "print.html",
          "[html]") {
  fs::path out = fresh_folder("site");
  CliResult written = write_site(example("bakery"), out);
  REQUIRE(written.exit_code == 0);
  std::map<std::string, std::string> files = site_files(out);
  // bakery: 10 systems, 20 processes, the run sheets of the 8 systems that
  // have processes of their own, 11 roles;
  // index, health, value streams and print; the search index, script and style.
  std::size_t systems = 0, processes = 0, sheets = 0, roles = 0;
  for (const auto& [path, text] : files) {
    systems += path.starts_with("systems/");
    processes += path.starts_with("processes/");
    sheets += path.starts_with("run-sheets/");
    roles += path.starts_with("roles/");
  }
  CHECK(systems == 10);
  CHECK(processes == 20);
  CHECK(sheets == 8);
  CHECK(roles == 11);
  CHECK(files.size() == 10 + 20 + 8 + 11 + 4 + 3);
  for (const char* page : {"index.html", "health.html", "value-streams.html", "print.html",
                           "search-index.js", "search.js", "style.css"}) {
    CHECK(files.contains(page));
  }
  CHECK(written.err == fmt::format("bizmap: wrote the HTML manual ({} files) to {}; open {}\n",
                                   files.size(), out.string(), (out / "index.html").string()));
  // The manifest lists every file, as the Markdown report's does.
  std::string manifest = read_text(out / ".bizmap-report");
  for (const auto& [path, text] : files) {
    CHECK(contains(manifest, "  " + path + "\n"));
  }
  // Every page loads the search index as a script, never by fetching it.
  const std::string& sheet = files.at("run-sheets/production.html");
  CHECK(contains(sheet, "<script src=\"../search-index.js\" defer></script>"));
  CHECK(files.at("search-index.js").starts_with("// The search index"));
  CHECK(contains(files.at("search-index.js"),
                 "[\"Bake off\",\"processes/bake-off.html\",\"Processes\","));
  CHECK_FALSE(contains(files.at("search.js"), "fetch("));
  CHECK_FALSE(contains(files.at("search.js"), "XMLHttpRequest"));
}

TEST_CASE("a run sheet lists the steps as boxes to tick with who, tool, time and what-ifs",
          "[html]") {
  fs::path out = fresh_folder("site");
  REQUIRE(write_site(example("bakery"), out).exit_code == 0);
  std::string sheet = read_text(out / "run-sheets" / "production.html");
  CHECK(contains(sheet, "<h1>Run sheets: Overnight Production</h1>"));
  CHECK(contains(sheet,
                 "<section class=\"sheet\">\n<h2 id=\"run-sheet-4\">Run sheet: Bake off</h2>"));
  CHECK(contains(sheet, "<tr><td class=\"tick\"><input type=\"checkbox\" id=\"step-4-1\"></td>"
                        "<td><label for=\"step-4-1\">1. Preheat the deck oven</label></td>"
                        "<td><a href=\"../roles/head-baker.html\">Tomasz Nowak (Head "
                        "baker)</a></td><td>Four-deck oven</td><td>45 min, automated</td>"));
  // The author's words are never re-cased: "The oven fails" stays as written.
  CHECK(contains(sheet, "<li><strong>The oven fails:</strong> Call the engineer"));
}

TEST_CASE("a role's start page lists its processes in the order the work flows, with its "
          "checklist and time",
          "[html]") {
  fs::path out = fresh_folder("site");
  REQUIRE(write_site(example("bakery"), out).exit_code == 0);
  std::string start = read_text(out / "roles" / "night-bakers.html");
  CHECK(contains(start, "<h1>Start here: Night shift bakers</h1>"));
  // Mix and shape doughs hands its trays to Bake off; Receive ingredients,
  // first in the file, comes after both: work reaches it only once the
  // forecast has made a purchase order.
  std::size_t mix = start.find(">Mix and shape doughs</a></h3>");
  std::size_t bake = start.find(">Bake off</a></h3>");
  std::size_t receive = start.find(">Receive ingredients</a></h3>");
  REQUIRE(mix != std::string::npos);
  REQUIRE(bake != std::string::npos);
  REQUIRE(receive != std::string::npos);
  CHECK(mix < bake);
  CHECK(bake < receive);
  CHECK(contains(start, "<label for=\"check-2-4-2\">2. Bake in the order on the bake sheet (café "
                        "bread first)</label> <span class=\"time\">(3 h)</span>"));
  CHECK(contains(start, "<dt>Time</dt><dd>3 h 40 min per run</dd>"));
}

TEST_CASE("the staff's index starts with the roles and draws one diagram per system", "[html]") {
  fs::path out = fresh_folder("site");
  REQUIRE(write_site(example("bakery"), out, {"--audience", "staff"}).exit_code == 0);
  std::string index = read_text(out / "index.html");
  std::size_t start = index.find("<h2 id=\"roles\">Start here</h2>");
  std::size_t systems = index.find("<h2 id=\"systems\">Systems</h2>");
  REQUIRE(start != std::string::npos);
  REQUIRE(systems != std::string::npos);
  CHECK(start < systems);
  CHECK_FALSE(fs::exists(out / "health.html"));
  CHECK_FALSE(contains(index, "health.html"));
  if (draws_svg()) {
    // Six top-level systems, each drawn on its own; never the whole business.
    CHECK(count(index, "<figure class=\"diagram\">") == 6);
    CHECK_FALSE(contains(index, "aria-label=\"Handoffs of Hearth Street Bakery\""));
  }
}

TEST_CASE("no model text opens a tag, a script or an attribute in the HTML manual",
          "[html][escape]") {
  fs::path out = fresh_folder("site");
  REQUIRE(write_site(hostile_model(), out).exit_code == 0);
  std::map<std::string, std::string> files = site_files(out);
  for (const auto& [path, text] : files) {
    INFO(path);
    if (path.ends_with(".html")) {
      // The two scripts of the page, and nothing else that runs.
      CHECK(count(text, "<script") == 2);
      for (const char* opened :
           {"<img", "<iframe", "<style", "<em>", "<b>", "<u>", "<form action", "<textarea",
            "<svg onload", "onmouseover=\"", "onclick=\"", "href=\"javascript:", "<!-- comment"}) {
        CHECK_FALSE(contains(text, opened));
      }
    }
    if (path.ends_with(".js")) {
      CHECK_FALSE(contains(text, "</script"));
      CHECK_FALSE(contains(text, "${injected}\\\" <"));
    }
  }
  const std::string& page = files.at("processes/handle-request.html");
  CHECK(contains(page, "<h1>Handle &lt;em&gt;request&lt;/em&gt; &amp; reply</h1>"));
  CHECK(contains(page, ">Clerk&quot; onmouseover=&quot;alert(2)</a>"));
  // Notes: raw HTML dropped, a link that is not to a web address keeps its text only.
  CHECK(contains(page, "<p>Raw alert(6) HTML is dropped,"));
  CHECK(contains(page, "a bad link keeps only its text"));
  CHECK(contains(page, "<a href=\"https://example.com/?a=1&amp;b=2\">a good one</a>"));
  CHECK(contains(page, "<a href=\"https://example.com/help?x=&quot;y&quot;\">Help &quot; "
                       "onclick=&quot;alert(9)</a>"));
  // The what-if: its condition as written, its response's mention linked.
  CHECK(contains(page,
                 "<strong>Belege kommen zu spät &lt;b&gt;now&lt;/b&gt;:</strong> Call "
                 "<a href=\"../processes/handle-request.html\">Handle &lt;em&gt;request&lt;/em&gt; "
                 "&amp; reply</a> again &amp; wait"));
  CHECK(contains(files.at("search-index.js"),
                 "\"Handle \\u003cem\\u003erequest\\u003c/em\\u003e \\u0026 reply\""));
  CHECK(contains(files.at("search-index.js"), "\\u003c/textarea\\u003e"));
  CHECK(contains(files.at("search-index.js"), "\\u2028"));
}

TEST_CASE("HTML text and JavaScript strings escape every special character wherever it stands",
          "[html][escape]") {
  for (auto [raw, escaped] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
           {"&", "&amp;"},
           {"<", "&lt;"},
           {">", "&gt;"},
           {"\"", "&quot;"},
           {"'", "&#39;"},
           {"\x01", " "},
           {"\x7f", " "},
           {"\xff", "\xEF\xBF\xBD"}}) {
    INFO(raw);
    CHECK(html_text(std::string(raw) + "a") == std::string(escaped) + "a");
    CHECK(html_text("a" + std::string(raw) + "b") == "a" + std::string(escaped) + "b");
    CHECK(html_text("a" + std::string(raw)) == "a" + std::string(escaped));
  }
  // Left alone: tab, line feed, and the characters next to the escaped ones.
  CHECK(html_text("\t\n%;=?@`~") == "\t\n%;=?@`~");
  CHECK(js_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(js_string("</script>") == "\"\\u003c/script\\u003e\"");
  CHECK(js_string("\n&") == "\"\\u000a\\u0026\"");
  CHECK(js_string("a\xE2\x80\xA8"
                  "b\xE2\x80\xA9") == "\"a\\u2028b\\u2029\"");
  CHECK(js_string("é €") == "\"é €\"");
}

TEST_CASE("a German manual holds no English label", "[html][language]") {
  fs::path out = fresh_folder("site");
  REQUIRE(write_site(example("bakery"), out, {"--language", "de"}).exit_code == 0);
  std::map<std::string, std::string> files = site_files(out);
  CHECK(contains(files.at("index.html"), "<html lang=\"de\">"));
  CHECK(contains(files.at("run-sheets/production.html"),
                 "<h2 id=\"run-sheet-4\">Laufzettel: Bake off</h2>"));
  // Numbers, frequencies and days are written the German way too.
  CHECK(contains(files.at("roles/bakery-owner.html"), "<p>etwa 2,3 Stunden pro Woche</p>"));
  CHECK(contains(files.at("roles/bakery-owner.html"), "<dt>Wie oft</dt><dd>nach Bedarf</dd>"));
  CHECK(contains(files.at("processes/bake-off.html"), "<dt>Wie oft</dt><dd>täglich</dd>"));
  std::span<const std::string_view, label_count> english = labels(Language::en);
  std::span<const std::string_view, label_count> german = labels(Language::de);
  for (std::size_t l = 0; l < label_count; ++l) {
    INFO(english[l]);
    CHECK(english[l] != german[l]);
    // Each part of a label around its values, where a label stands in markup:
    // as an element's text, its start, or an attribute.
    std::string_view text = english[l];
    if (text.size() < 3) {
      continue; // the decimal point: checked below
    }
    std::string_view part = text.substr(0, text.find("{}"));
    if (part.size() < 3) {
      part = text.substr(text.find("{}") + 2);
    }
    for (const auto& [path, page] : files) {
      INFO(path);
      CHECK_FALSE(contains(page, ">" + std::string(part) + "<"));
      CHECK_FALSE(contains(page, ">" + std::string(part) + ":"));
      CHECK_FALSE(contains(page, "=\"" + std::string(part) + "\""));
      if (part.size() > 12) {
        CHECK_FALSE(contains(page, part));
      }
    }
  }
}

TEST_CASE("the configuration's report language, and its mistakes", "[html][language][config]") {
  fs::path folder = fresh_folder("model");
  fs::copy(source_dir() / "examples" / "bakery", folder, fs::copy_options::recursive);
  write_text(folder / ".bizmap.yaml", "report:\n  language: de\n");
  fs::path out = fresh_folder("site");
  REQUIRE(write_site(folder.string(), out).exit_code == 0);
  CHECK(contains(read_text(out / "index.html"), "<html lang=\"de\">"));
  // --language wins over the configuration.
  fs::path english = fresh_folder("english");
  REQUIRE(write_site(folder.string(), english, {"--language", "en"}).exit_code == 0);
  CHECK(contains(read_text(english / "index.html"), "<html lang=\"en\">"));

  write_text(folder / ".bizmap.yaml", "report:\n  language: dee\n  lang: en\n");
  CliResult wrong = write_site(folder.string(), fresh_folder("wrong"));
  CHECK(wrong.exit_code == 2);
  CHECK(contains(wrong.err, ".bizmap.yaml:2:13: language is 'dee', which is not one of en, de; "
                            "did you mean 'de'?"));
  CHECK(contains(wrong.err, ".bizmap.yaml:3:3: unknown report setting 'lang'; did you mean "
                            "'language'?"));
  CHECK(write_site(example("bakery"), fresh_folder("fr"), {"--language", "fr"}).exit_code == 2);
}

TEST_CASE("report --format html refuses what only Markdown does", "[html]") {
  fs::path out = fresh_folder("site");
  CliResult single = write_site(example("bakery"), out, {"--single-file"});
  CHECK(single.exit_code == 2);
  CHECK(single.err == "bizmap: error: --single-file writes Markdown; the HTML manual is a folder "
                      "(-o DIR)\n");
  CliResult language =
      bizmap_cli({"report", example("bakery"), "-o", (out / "md").string(), "--language", "de"});
  CHECK(language.exit_code == 2);
  CHECK(contains(language.err, "--language chooses the words of the HTML manual"));
  CHECK(fs::is_empty(out));
}

TEST_CASE("the HTML manual is the same on every run and on any number of threads", "[html]") {
  fs::path first = fresh_folder("first");
  fs::path second = fresh_folder("second");
  REQUIRE(write_site(example("bakery"), first).exit_code == 0);
  REQUIRE(write_site(example("bakery"), second).exit_code == 0);
  CHECK(site_files(first) == site_files(second));
}

TEST_CASE("the HTML manual keeps to the output guard and the one-change write", "[html]") {
  fs::path out = fresh_folder("site");
  write_text(out / "index.html", "the user's own page\n");
  CliResult refused = write_site(example("bakery"), out);
  CHECK(refused.exit_code == 2);
  CHECK(contains(refused.err, "index.html' exists and bizmap report did not write it; nothing "
                              "was written"));
  CHECK(read_text(out / "index.html") == "the user's own page\n");
  CHECK(site_files(out).size() == 1);
  // A Markdown report in the folder is replaced by the manual, page by page.
  fs::path both = fresh_folder("both");
  REQUIRE(bizmap_cli({"report", example("bakery"), "-o", both.string()}).exit_code == 0);
  REQUIRE(fs::exists(both / "README.md"));
  REQUIRE(write_site(example("bakery"), both).exit_code == 0);
  CHECK_FALSE(fs::exists(both / "README.md"));
  CHECK(fs::exists(both / "index.html"));
  // The model's own folder is never the output.
  CHECK(write_site(example("bakery"), fs::path(example("bakery"))).exit_code == 2);
}
