#include "cli/command.hpp"
#include "cli/format_option.hpp"
#include "cli/model_options.hpp"
#include "graph/diagram_formats.hpp"
#include "graph/handoff_graph.hpp"
#include "model/index.hpp"
#include "model/suggest.hpp"
#include "util/atomic_file.hpp"
#include "workspace/output_guard.hpp"

#include <CLI/CLI.hpp>
#include <bizmap/load.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <ostream>
#include <string>
#include <vector>

namespace bizmap {
namespace {

std::size_t find_system(const Model& model, const std::string& id) {
  std::vector<std::string_view> ids;
  for (std::size_t s = 0; s < model.systems.size(); ++s) {
    if (model.systems[s].id.id == id) {
      return s;
    }
    ids.push_back(model.systems[s].id.id);
  }
  std::optional<std::string_view> near = closest(id, ids);
  throw UsageError(fmt::format("--system {}: no system has this id{}", id, did_you_mean(near)));
}

// "NAME1|NAME2", "EXT1, EXT2 (TITLE)" and the like, from the table of languages.
std::string format_choices() {
  std::string names;
  for (const DiagramFormat& format : diagram_formats()) {
    names += (names.empty() ? "" : "|") + std::string(format.name);
  }
  return names;
}

std::string extension_list() {
  std::string list;
  for (const DiagramFormat& format : diagram_formats()) {
    std::string names(format.extensions[0]);
    if (!format.extensions[1].empty()) {
      names += fmt::format(" or {}", format.extensions[1]);
    }
    list += fmt::format("{}{} ({})", list.empty() ? "" : ", ", names, format.title);
  }
  return list;
}

// The diagram language an output file's extension names.
const DiagramFormat& format_for(const std::string& output) {
  std::string extension = std::filesystem::path(output).extension().string();
  if (const DiagramFormat* format = format_for_extension(diagram_formats(), extension)) {
    return *format;
  }
  throw UsageError(fmt::format("-o {}: cannot tell the diagram language from {}; name the file "
                               "{}, or give --format {}",
                               output,
                               extension.empty() ? std::string("a name without an extension")
                                                 : fmt::format("the extension '{}'", extension),
                               extension_list(), format_choices()));
}

class GraphCommand : public Command {
public:
  void define(CLI::App& app) override {
    add_model_options(app, model_options_);
    app.add_option("--format", format_,
                   fmt::format("Diagram language (default: from the -o file's extension, else {})",
                               diagram_formats().front().name))
        ->check(CLI::IsMember(format_names(diagram_formats())));
    app.add_option("--system", system_, "Draw only this system and its subsystems")
        ->type_name("ID");
    app.add_option("-o,--output", output_,
                   fmt::format("Write the graph to FILE instead of stdout; {} choose the language",
                               extension_list()))
        ->type_name("FILE");
  }

  int run(Streams& streams) override {
    const DiagramFormat& format = chosen_format();
    Workspace workspace = open_workspace(model_options_, streams.in, streams.err);
    if (!output_.empty()) {
      guard_output(output_, workspace);
    }
    const Model& model = workspace.loaded.model;
    std::optional<std::size_t> focus;
    if (!system_.empty()) {
      focus = find_system(model, system_);
    }
    ModelIndex index(model);
    HandoffGraph graph = build_handoff_graph(model, index.handoffs, focus);
    std::string text = format.write(graph);
    if (output_.empty()) {
      streams.out << text;
    } else {
      write_file_atomically(output_, text);
    }
    return 0;
  }

private:
  const DiagramFormat& chosen_format() const {
    if (!format_.empty()) {
      return *find_format(diagram_formats(), format_); // --format only takes a name of the table
    }
    return output_.empty() ? diagram_formats().front() : format_for(output_);
  }

  ModelOptions model_options_;
  std::string format_;
  std::string system_;
  std::string output_;
};

} // namespace

std::unique_ptr<Command> make_graph_command() {
  return std::make_unique<GraphCommand>();
}

} // namespace bizmap
