#include "cli/command.hpp"
#include "cli/model_options.hpp"
#include "graph/handoff_graph.hpp"
#include "model/index.hpp"
#include "model/suggest.hpp"
#include "util/atomic_file.hpp"
#include "workspace/output_guard.hpp"

#include <CLI/CLI.hpp>
#include <array>
#include <bizmap/load.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <ostream>

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

struct DiagramExtension {
  std::string_view extension;
  std::string_view format;
};

constexpr std::array<DiagramExtension, 4> diagram_extensions{{
    {".mmd", "mermaid"},
    {".mermaid", "mermaid"},
    {".dot", "dot"},
    {".gv", "dot"},
}};

// The diagram language an output file's extension names.
std::string format_for(const std::string& output) {
  std::string extension = std::filesystem::path(output).extension().string();
  for (const DiagramExtension& known : diagram_extensions) {
    if (extension == known.extension) {
      return std::string(known.format);
    }
  }
  throw UsageError(fmt::format("-o {}: cannot tell the diagram language from {}; name the file "
                               ".mmd or .mermaid (Mermaid), .dot or .gv (Graphviz DOT), or give "
                               "--format mermaid|dot",
                               output,
                               extension.empty() ? std::string("a name without an extension")
                                                 : fmt::format("the extension '{}'", extension)));
}

class GraphCommand : public Command {
public:
  void define(CLI::App& app) override {
    add_model_options(app, model_options_);
    app.add_option("--format", format_,
                   "Diagram language (default: from the -o file's extension, else mermaid)")
        ->check(CLI::IsMember({"mermaid", "dot"}));
    app.add_option("--system", system_, "Draw only this system and its subsystems")
        ->type_name("ID");
    app.add_option("-o,--output", output_,
                   "Write the graph to FILE instead of stdout; .mmd/.mermaid or .dot/.gv choose "
                   "the language")
        ->type_name("FILE");
  }

  int run(Streams& streams) override {
    std::string format = chosen_format();
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
    std::string text = format == "dot" ? to_dot(graph) : to_mermaid(graph);
    if (output_.empty()) {
      streams.out << text;
    } else {
      write_file_atomically(output_, text);
    }
    return 0;
  }

private:
  std::string chosen_format() const {
    if (!format_.empty()) {
      return format_;
    }
    return output_.empty() ? "mermaid" : format_for(output_);
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
