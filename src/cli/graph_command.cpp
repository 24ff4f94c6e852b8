#include "cli/command.hpp"
#include "graph/handoff_graph.hpp"
#include "model/index.hpp"
#include "model/suggest.hpp"
#include "util/atomic_file.hpp"

#include <CLI/CLI.hpp>
#include <bizmap/load.hpp>
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

class GraphCommand : public Command {
public:
  void define(CLI::App& app) override {
    app.add_option("paths", paths_, "Model files and folders (default: the current folder)");
    app.add_option("--format", format_, "Diagram language")
        ->check(CLI::IsMember({"mermaid", "dot"}))
        ->capture_default_str();
    app.add_option("--system", system_, "Draw only this system and its subsystems")
        ->type_name("ID");
    app.add_option("-o,--output", output_, "Write the graph to FILE instead of stdout")
        ->type_name("FILE");
  }

  int run(Streams& streams) override {
    LoadResult loaded = load_model(paths_);
    const Model& model = loaded.model;
    std::optional<std::size_t> focus;
    if (!system_.empty()) {
      focus = find_system(model, system_);
    }
    ModelIndex index(model);
    HandoffGraph graph = build_handoff_graph(model, index.handoffs, focus);
    std::string text = format_ == "dot" ? to_dot(graph) : to_mermaid(graph);
    if (output_.empty()) {
      streams.out << text;
    } else {
      write_file_atomically(output_, text);
    }
    return 0;
  }

private:
  std::vector<std::string> paths_{"."};
  std::string format_ = "mermaid";
  std::string system_;
  std::string output_;
};

} // namespace

std::unique_ptr<Command> make_graph_command() {
  return std::make_unique<GraphCommand>();
}

} // namespace bizmap
