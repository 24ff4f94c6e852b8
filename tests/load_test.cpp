// Loading: positions of every element, folder scanning, merging files.
#include "load/assemble.hpp"
#include "support.hpp"
#include "text/text.hpp"
#include "yaml/tree.hpp"

#include <catch2/catch.hpp>
#include <deque>
#include <fmt/format.h>
#include <random>

using namespace bizmap;
using namespace bizmap::testing;

TEST_CASE("every element keeps its file, line and column") {
  Checked checked = check_text(R"(bizmap: 1
roles:
  - id: founder
systems:
  - id: sales
    goal: Win clients
    manager: founder
    processes:
      - id: qualify-lead
        owner: founder
        inputs: [inquiry, referral]
        steps:
          - Call the lead
          - do: Send the proposal
            by: founder
)");
  const Model& model = checked.loaded.model;
  CHECK(model.roles[0].id.at == Location{0, 3, 9, 7});
  CHECK(model.systems[0].id.at == Location{0, 5, 9, 5});
  CHECK(model.systems[0].manager->at == Location{0, 7, 14, 7});
  const Process& process = model.processes[0];
  CHECK(process.id.at == Location{0, 9, 13, 12});
  CHECK(process.owner->at == Location{0, 10, 16, 7});
  CHECK(process.inputs[1].at == Location{0, 11, 27, 8});
  CHECK(process.steps[0].at.line == 13);
  CHECK(process.steps[1].by->at == Location{0, 15, 17, 7});
  CHECK(process.system == std::optional<std::size_t>(0));
  CHECK(model.systems[0].processes == std::vector<std::size_t>{0});
}

TEST_CASE("columns count characters, not bytes, and quoted values underline their quotes") {
  Checked checked = check_text("bizmap: 1\nbusiness: {name: Café, dëscription: \"x\"}\n");
  REQUIRE(checked.findings.size() == 1);
  CHECK(checked.findings[0].at == Location{0, 2, 24, 11});
  Checked quoted = check_text("bizmap: 1\nroles: [{id: \"Sales Lead\"}]\n");
  REQUIRE(rules_of(quoted) == std::vector<std::string>{"invalid-value", "unused-role"});
  CHECK(quoted.findings[0].at == Location{0, 2, 14, 12});
  CHECK(quoted.findings[0].suggestion == "sales-lead");
}

TEST_CASE("repeated keys keep the first value") {
  Checked checked = check_text("bizmap: 1\nbusiness:\n  name: First\n  name: Second\n");
  CHECK(finding_lines(checked, {}) ==
        "model.yaml:4:3: error: key 'name' is repeated; YAML keeps only one of the two values, "
        "so bizmap reads the first [duplicate-key]\n"
        "model.yaml:3:3: note: the first 'name' is here\n");
  CHECK(checked.loaded.model.business->name == "First");
}

TEST_CASE("subsystems nest and processes know their system") {
  Checked checked = check_text(R"(bizmap: 1
systems:
  - id: fulfilment
    goal: Deliver
    manager: founder
    systems:
      - id: production
        goal: Make
        processes:
          - {id: bake, owner: baker, trigger: Night, steps: [Bake]}
)");
  const Model& model = checked.loaded.model;
  REQUIRE(model.systems.size() == 2);
  CHECK(model.systems[1].parent == std::optional<std::size_t>(0));
  CHECK(model.systems[0].subsystems == std::vector<std::size_t>{1});
  CHECK(model.processes[0].system == std::optional<std::size_t>(1));
}

TEST_CASE("a folder is one model: every yaml file below it, hidden names and non-models skipped") {
  fs::path folder = fresh_folder("folder-scan");
  write_text(folder / "business.yaml", "bizmap: 1\nbusiness: {name: Shop}\n");
  write_text(folder / "sales" / "sales.yml", "bizmap: 1\nsystems: []\n");
  write_text(folder / ".hidden.yaml", "bizmap: 1\nbusiness: {name: Hidden}\n");
  write_text(folder / ".git" / "x.yaml", "bizmap: 1\nbusiness: {name: Hidden}\n");
  write_text(folder / "other.yaml", "name: some other tool's file\n");
  write_text(folder / "notes.txt", "bizmap: 1\n");
  Checked checked = check_path(folder);
  std::vector<std::string> files;
  for (const SourceFile& file : checked.loaded.model.files) {
    files.push_back(fs::path(file.path).lexically_relative(folder).generic_string());
  }
  CHECK(files == std::vector<std::string>{"business.yaml", "sales/sales.yml"});
  CHECK(finding_lines(checked, folder) == "");
}

TEST_CASE("a broken file in a folder is reported when it looks like a model") {
  fs::path folder = fresh_folder("folder-broken");
  write_text(folder / "model.yaml", "bizmap: 1\nsystems: [\n");
  write_text(folder / "other.yaml", "key: [\n");
  CHECK(rules_of(check_path(folder)) == std::vector<std::string>{"yaml-syntax"});
}

TEST_CASE("a file named twice is read once") {
  fs::path folder = fresh_folder("named-twice");
  write_text(folder / "model.yaml", "bizmap: 1\nbusiness: {name: Shop}\n");
  std::vector<std::string> paths{(folder / "model.yaml").string(), folder.string()};
  CHECK(load_model(paths).model.files.size() == 1);
}

TEST_CASE("ids are unique per kind across files, and the business is described once") {
  fs::path folder = fresh_folder("across-files");
  write_text(folder / "a.yaml", "bizmap: 1\nbusiness: {name: Shop}\ntools: [{id: crm}]\n"
                                "roles: [{id: crm}]\n");
  write_text(folder / "b.yaml", "bizmap: 1\nbusiness: {name: Shop two}\ntools: [{id: crm}]\n");
  Checked checked = check_path(folder);
  CHECK(finding_lines(checked, folder) ==
        "a.yaml:3:14: info: tool 'crm' is used nowhere [unused-tool]\n"
        "a.yaml:4:14: info: role 'crm' owns, manages and performs nothing [unused-role]\n"
        "b.yaml:2:1: error: 'business' is already described in another file; describe it in one "
        "file only [duplicate-business]\n"
        "a.yaml:2:1: note: 'business' is described here\n"
        "b.yaml:3:14: error: tool id 'crm' is already used by another tool [duplicate-id]\n"
        "a.yaml:3:14: note: the first tool 'crm' is here\n");
}

TEST_CASE("line index maps offsets to lines and character columns") {
  LineIndex lines("ab\ncé d\r\nlast");
  CHECK(lines.line_of(0) == 1);
  CHECK(lines.line_of(3) == 2);
  CHECK(lines.column_of(7) == 4); // 'd', after the two bytes of 'é'
  CHECK(lines.line(2) == "cé d");
  CHECK(lines.line(3) == "last");
  CHECK(lines.line(4).empty());
}

TEST_CASE("a cursor places offsets in any order as the line index does") {
  std::string text;
  for (int line = 0; line < 200; ++line) {
    text += std::string(static_cast<std::size_t>(line % 7), ' ') + "key: \xC3\xA9t\xC3\xA9";
    text += line % 3 == 0 ? "\r\n" : line % 3 == 1 ? "\n" : "\n\n";
  }
  LineIndex lines(text);
  Cursor cursor(lines);
  std::mt19937 random(7);
  std::uniform_int_distribution<std::size_t> anywhere(0, text.size());
  std::uniform_int_distribution<std::size_t> step(0, 12);
  std::size_t offset = 0;
  for (int i = 0; i < 5000; ++i) {
    // Mostly forward by a few bytes, as a parser goes; sometimes a jump.
    offset = i % 10 == 9 ? anywhere(random) : std::min(text.size(), offset + step(random));
    if ((static_cast<unsigned char>(text[std::min(offset, text.size() - 1)]) & 0xC0) == 0x80) {
      continue; // inside a character
    }
    Cursor::LineColumn at = cursor.at(offset);
    INFO("offset " << offset);
    REQUIRE(at.line == lines.line_of(offset));
    REQUIRE(at.column == lines.column_of(offset));
  }
}

namespace {

// Files parsed and kept as the language server keeps them, with a place for
// each file's reading.
struct KeptFiles {
  std::vector<std::string> paths;
  std::vector<std::string> texts;
  std::deque<yaml::Document> documents;
  std::vector<std::unique_ptr<FileReading>> readings;

  explicit KeptFiles(const fs::path& folder, const std::vector<std::string>& names)
      : readings(names.size()) {
    for (const std::string& name : names) {
      paths.push_back((folder / name).string());
      texts.push_back(read_text(folder / name));
    }
    for (const std::string& text : texts) {
      documents.push_back(yaml::parse(text, 0));
    }
  }

  // The model of the kept files.
  Checked assemble() {
    std::vector<ParsedSource> sources;
    for (std::size_t i = 0; i < paths.size(); ++i) {
      sources.push_back({paths[i], false, texts[i], &documents[i], &readings[i]});
    }
    Checked checked;
    checked.loaded = assemble_model(sources);
    checked.findings = check_model(checked.loaded.model, checked.loaded.findings);
    return checked;
  }
};

// The systems and processes by id, with the ids their indices lead to.
std::string structure(const Model& model) {
  std::string lines;
  for (const System& system : model.systems) {
    lines += fmt::format("system {} in {}:", system.id.id,
                         system.parent ? model.systems[*system.parent].id.id : "-");
    for (std::size_t sub : system.subsystems) {
      lines += " system " + model.systems[sub].id.id;
    }
    for (std::size_t process : system.processes) {
      lines += " process " + model.processes[process].id.id;
    }
    lines += "\n";
  }
  for (const Process& process : model.processes) {
    lines += fmt::format("process {} in {}\n", process.id.id,
                         process.system ? model.systems[*process.system].id.id : "-");
  }
  return lines;
}

} // namespace

TEST_CASE("kept readings of unchanged files are joined into the model load_model reads") {
  fs::path folder = fresh_folder("kept-readings");
  write_text(folder / "a.yaml", "bizmap: 1\nbusiness: {name: Shop}\nroles: [{id: owner}]\n"
                                "data: [{id: order}, {id: invoice}]\n");
  write_text(folder / "b.yaml", "bizmap: 1\nsystems:\n  - id: sales\n    manager: owner\n"
                                "    processes:\n      - {id: take-order, outputs: [order]}\n"
                                "    systems:\n      - id: billing\n        processes:\n"
                                "          - {id: bill, inputs: [order], outputs: [invoice]}\n");
  write_text(folder / "c.txt.yaml", "not: a model\n");
  write_text(folder / "d.yaml", "bizmap: 1\nsystems:\n  - id: delivery\n    processes:\n"
                                "      - {id: deliver, inputs: [order, invoce], owner: ownr}\n");
  KeptFiles kept(folder, {"a.yaml", "b.yaml", "c.txt.yaml", "d.yaml"});
  Checked whole = check_path(folder);
  REQUIRE_FALSE(whole.findings.empty());

  Checked first = kept.assemble();
  CHECK(finding_lines(first, folder) == finding_lines(whole, folder));
  CHECK(structure(first.loaded.model) == structure(whole.loaded.model));
  CHECK(first.loaded.skipped.size() == 1);

  // The readings keep their own elements, numbered within their file.
  REQUIRE(kept.readings[1]->part.model.processes.size() == 2);
  CHECK(kept.readings[1]->part.model.processes[1].id.id == "bill");
  CHECK(kept.readings[1]->part.model.processes[1].system == 1);
  CHECK(kept.readings[3]->part.model.processes.at(0).system == 0);

  // Only the changed file is read again; the others' readings are the same.
  std::vector<const FileReading*> before;
  for (const auto& reading : kept.readings) {
    before.push_back(reading.get());
  }
  kept.readings[1].reset();
  Checked second = kept.assemble();
  CHECK(kept.readings[0].get() == before[0]);
  CHECK(kept.readings[1] != nullptr);
  CHECK(kept.readings[2].get() == before[2]);
  CHECK(kept.readings[3].get() == before[3]);
  CHECK(finding_lines(second, folder) == finding_lines(whole, folder));
  CHECK(structure(second.loaded.model) == structure(whole.loaded.model));

  // Joined again, unchanged, they make the same model.
  Checked third = kept.assemble();
  CHECK(finding_lines(third, folder) == finding_lines(whole, folder));
  CHECK(structure(third.loaded.model) == structure(whole.loaded.model));
  // Each model holds copies: the first is whole after the later ones.
  CHECK(finding_lines(first, folder) == finding_lines(whole, folder));
  CHECK(structure(first.loaded.model) == structure(whole.loaded.model));
}

TEST_CASE("kept readings keep a process whose id the file has already for the handoffs") {
  fs::path folder = fresh_folder("kept-readings-taken-ids");
  write_text(folder / "a.yaml", "bizmap: 1\nsystems:\n  - id: sales\n    processes:\n"
                                "      - {id: sell, outputs: [order]}\n"
                                "      - {id: sell, outputs: [receipt]}\n");
  write_text(folder / "b.yaml", "bizmap: 1\nsystems:\n  - id: filing\n    processes:\n"
                                "      - {id: file, inputs: [order, receipt]}\n");
  KeptFiles kept(folder, {"a.yaml", "b.yaml"});
  Checked whole = check_path(folder);
  Checked assembled = kept.assemble();
  CHECK(assembled.loaded.model.processes_with_taken_ids.size() == 1);
  CHECK(finding_lines(assembled, folder) == finding_lines(whole, folder));
}

TEST_CASE("kept readings give load_model's findings when an id or the business is in two files") {
  fs::path folder = fresh_folder("kept-readings-shared-ids");
  write_text(folder / "a.yaml", "bizmap: 1\nbusiness: {name: Shop}\n"
                                "systems:\n  - id: sales\n    processes: [{id: sell}]\n");
  write_text(folder / "b.yaml",
             "bizmap: 1\nbusiness: {name: Shop two}\n"
             "systems:\n  - id: sales\n    processes: [{id: sell}, {id: ship}]\n");
  KeptFiles kept(folder, {"a.yaml", "b.yaml"});
  Checked whole = check_path(folder);
  Checked assembled = kept.assemble();
  CHECK(finding_lines(assembled, folder) == finding_lines(whole, folder));
  CHECK(structure(assembled.loaded.model) == structure(whole.loaded.model));
  CHECK(assembled.loaded.model.processes.size() == 2);
}

TEST_CASE("notes, links, consulted, informed and review dates are read with their places",
          "[load]") {
  Checked checked = check_text(R"(bizmap: 1
business: {name: Riverside Dental, review_every: 1y}
systems:
  - id: front-desk
    goal: Patients seen on time
    manager: manager
    processes:
      - id: check-in
        owner: reception
        trigger: A patient arrives
        consulted: [dentist]
        informed: [manager, dentist]
        reviewed: 2026-03-01
        review_every: 6mo
        steps:
          - do: Greet the patient
            notes: |
              Smile.
              - [ ] Confirm the address
            links:
              - https://wiki.example.com/greet
              - {title: Script, url: "tel:+441234"}
            what_ifs:
              - {if: No record, then: "Run `check-in` or `Ctrl + R`"}
)");
  std::erase_if(checked.findings, [](const Diagnostic& d) { return d.rule == "isolated-process"; });
  CHECK(finding_lines(checked, {}) == "");
  const Model& model = checked.loaded.model;
  REQUIRE(model.business->review_every);
  CHECK(model.business->review_every->amount == 1);
  CHECK(model.business->review_every->unit == ReviewCadence::Unit::years);
  const Process& process = model.processes[0];
  CHECK(process.consulted[0].at == Location{0, 11, 21, 7});
  CHECK(process.informed[1].id == "dentist");
  CHECK(process.reviewed == Date{2026, 3, 1});
  CHECK(process.reviewed_at == Location{0, 13, 19, 10});
  CHECK(process.review_every->amount == 6);
  CHECK(process.review_every->unit == ReviewCadence::Unit::months);
  const Step& step = process.steps[0];
  CHECK(step.notes == "Smile.\n- [ ] Confirm the address\n");
  REQUIRE(step.links.size() == 2);
  CHECK(step.links[0].url == "https://wiki.example.com/greet");
  CHECK(step.links[0].title.empty());
  CHECK(step.links[1].title == "Script");
  CHECK(step.links[1].url == "tel:+441234");
  // The quoted `then` starts at column 39; `check-in` is 6 characters in.
  REQUIRE(step.what_ifs[0].processes.size() == 1);
  CHECK(step.what_ifs[0].processes[0].id == "check-in");
  CHECK(step.what_ifs[0].processes[0].at == Location{0, 24, 45, 8});
  // Columns count characters: "é" and a tab before the backticks are one each.
  Checked accented = check_text("bizmap: 1\nsystems:\n  - id: s\n    processes:\n"
                                "      - id: p\n        what_ifs:\n"
                                "          - {if: x, then: \"Caf\u00e9\t`p` or `q`\"}\n");
  const WhatIf& what_if = accented.loaded.model.processes[0].what_ifs[0];
  REQUIRE(what_if.processes.size() == 2);
  CHECK(what_if.processes[0].at == Location{0, 7, 34, 1});
  CHECK(what_if.processes[1].at == Location{0, 7, 41, 1});
}

TEST_CASE("bad dates, cadences, links and lists of the new fields are schema findings", "[load]") {
  Checked checked = check_text(R"yaml(bizmap: 1
business: {name: Riverside Dental, review_every: 6 months}
systems:
  - id: front-desk
    goal: Patients seen on time
    manager: manager
    processes:
      - id: check-in
        owner: reception
        trigger: A patient arrives
        consulted: dentist
        reviewed: 2026-02-30
        review_every: 0y
        steps:
          - do: Greet the patient
            notes: [Smile]
            links:
              - wiki/greeting
              - "javascript:alert(1)"
              - {title: No address}
              - {url: "https://x.example.com", tittle: Typo}
              - [nested]
      - id: take-payment
        owner: reception
        trigger: A treatment ends
        reviewed: [2026-03-01]
        review_every: 1.5y
        steps: [Take the payment]
)yaml");
  std::erase_if(checked.findings, [](const Diagnostic& d) { return d.rule == "isolated-process"; });
  CHECK(finding_lines(checked, {}) ==
        "model.yaml:2:50: error: review cadence '6 months' is not a whole number above zero "
        "followed by w, mo or y (like '6mo' or '1y') [invalid-value]\n"
        "model.yaml:11:20: error: 'consulted' should be a list, not a single value; write "
        "[dentist]; bizmap reads it as a list of one [wrong-type]\n"
        "model.yaml:12:19: error: 'reviewed' date '2026-02-30' is not a date written YYYY-MM-DD "
        "(like '2026-03-01') [invalid-value]\n"
        "model.yaml:13:23: error: review cadence '0y' is not a whole number above zero followed "
        "by w, mo or y (like '6mo' or '1y') [invalid-value]\n"
        "model.yaml:16:20: error: 'notes' should be a single value, not a list [wrong-type]\n"
        "model.yaml:18:17: error: link 'wiki/greeting' is not a web address: write it in full, "
        "starting with https://, http://, mailto: or tel: [invalid-value]\n"
        "model.yaml:19:17: error: link 'javascript:alert(1)' is not a web address: write it in "
        "full, starting with https://, http://, mailto: or tel: [invalid-value]\n"
        "model.yaml:20:17: error: a link has no 'url' [missing-field]\n"
        "model.yaml:21:48: warning: unknown key 'tittle' in a link; did you mean 'title'? bizmap "
        "reads it as 'title' "
        "[unknown-key]\n"
        "model.yaml:22:17: error: an item of 'links' should be a single value, not a list "
        "[wrong-type]\n"
        "model.yaml:26:19: error: 'reviewed' should be a single value, not a list [wrong-type]\n"
        "model.yaml:27:23: error: review cadence '1.5y' is not a whole number above zero "
        "followed by w, mo or y (like '6mo' or '1y') [invalid-value]\n");
  const Process& process = checked.loaded.model.processes[0];
  CHECK_FALSE(process.reviewed);
  CHECK(process.reviewed_at);
  CHECK(process.steps[0].links.size() == 1);
  // An invalid date is not also "no date": review-overdue stays quiet.
  Checked invalid_date = check_text("bizmap: 1\nsystems:\n  - id: desk\n    goal: Serve\n"
                                    "    manager: boss\n    processes:\n      - id: serve\n"
                                    "        owner: boss\n        trigger: Asked\n"
                                    "        review_every: 1y\n        reviewed: 2026-13-01\n"
                                    "        steps: [Serve]\n");
  CHECK(rules_of(invalid_date) == std::vector<std::string>{"isolated-process", "invalid-value"});
}
