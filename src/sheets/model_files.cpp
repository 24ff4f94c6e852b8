// The drafts of the sheets as model files, laid out as a person writes them.
#include "sheets/model_files.hpp"

#include "load/format.hpp"

#include <algorithm>
#include <cstdint>

namespace bizmap::sheets {
namespace {

class FileLayout {
public:
  explicit FileLayout(Drafts& drafts) : drafts_(drafts) {}

  // Each system and process is written once: its drafts are moved into the file.
  YamlValue system_value(std::size_t index) {
    SystemDraft& system = drafts_.systems[index];
    YamlValue value = std::move(system.fields);
    for (const ElementKey<System>& key : element_keys<System>()) {
      if (key.key == "processes" && !system.processes.empty()) {
        YamlValue& list = value.add("processes", YamlValue::sequence(false));
        for (std::size_t process : system.processes) {
          list.items.push_back(process_value(std::move(drafts_.processes[process])));
        }
      } else if (key.key == "systems" && !system.subsystems.empty()) {
        YamlValue& list = value.add("systems", YamlValue::sequence(false));
        for (std::size_t sub : system.subsystems) {
          list.items.push_back(system_value(sub));
        }
      }
    }
    return value;
  }

  // A process's keys in the order of the format, its steps where `steps` is.
  static YamlValue process_value(ProcessDraft process) {
    YamlValue value = YamlValue::map(false);
    for (const ElementKey<Process>& key : element_keys<Process>()) {
      if (key.key == "steps") {
        add_steps(process, value);
        continue;
      }
      for (auto& [written, entry] : process.fields.entries) {
        if (written == key.key) {
          value.add(written, std::move(entry));
        }
      }
    }
    return value;
  }

  static void add_steps(ProcessDraft& process, YamlValue& value) {
    if (process.steps.empty()) {
      return;
    }
    std::vector<StepDraft*> steps;
    for (StepDraft& step : process.steps) {
      steps.push_back(&step);
    }
    std::stable_sort(steps.begin(), steps.end(), [](const StepDraft* a, const StepDraft* b) {
      return a->number.value_or(UINT64_MAX) < b->number.value_or(UINT64_MAX);
    });
    YamlValue& list = value.add("steps", YamlValue::sequence(false));
    for (StepDraft* step : steps) {
      YamlValue& fields = step->fields;
      list.items.push_back(fields.entries.size() == 1 ? std::move(fields.entries.front().value)
                                                      : std::move(fields));
    }
  }

  YamlValue business_file() {
    YamlValue file = YamlValue::map(false);
    file.add("bizmap", YamlValue::scalar("1"));
    if (!drafts_.business.entries.empty()) {
      file.add("business", std::move(drafts_.business));
    }
    for (CatalogueRows* catalogue : {&drafts_.roles, &drafts_.tools, &drafts_.data}) {
      // Built from rows that name every element by its id, a catalogue would
      // say nothing the rows do not: the model is left without one, as a
      // model written without one exports.
      if (catalogue->from_sheet || catalogue->named_in_rows) {
        YamlValue& list = file.add(std::string(catalogue->key), YamlValue::sequence(false));
        list.items = std::move(catalogue->entries);
        if (list.items.empty()) {
          list.flow = true;
        }
      }
    }
    if (!drafts_.external.entries.empty()) {
      file.add("external", std::move(drafts_.external));
    }
    return file;
  }

  std::string system_file_name(const std::string& id) const {
    return id == "business" ? "system-business.yaml" : id + ".yaml";
  }

  ModelFiles write() {
    add_file("business.yaml", business_file());
    for (std::size_t i = 0; i < drafts_.systems.size(); ++i) {
      if (!drafts_.systems[i].parent) {
        YamlValue file = YamlValue::map(false);
        file.add("bizmap", YamlValue::scalar("1"));
        file.add("systems", YamlValue::sequence(false)).items.push_back(system_value(i));
        add_file(system_file_name(drafts_.systems[i].id), file);
      }
    }
    return std::move(written_);
  }

  void add_file(std::string path, const YamlValue& document) {
    WrittenFile written = write_yaml(document);
    written_.files.push_back({std::move(path), std::move(written.text)});
    written_.places.push_back(std::move(written.places));
  }

private:
  Drafts& drafts_;
  ModelFiles written_;
};

} // namespace

ModelFiles write_model_files(Drafts& drafts) {
  return FileLayout(drafts).write();
}

} // namespace bizmap::sheets
