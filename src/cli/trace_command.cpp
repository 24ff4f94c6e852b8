#include "cli/command.hpp"
#include "cli/format_option.hpp"
#include "cli/model_options.hpp"
#include "flow/flow.hpp"
#include "model/index.hpp"
#include "model/suggest.hpp"
#include "trace/formats.hpp"
#include "trace/trace.hpp"
#include "trace/trace_view.hpp"
#include "util/atomic_file.hpp"
#include "workspace/output_guard.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <bizmap/load.hpp>
#include <fmt/format.h>
#include <ostream>
#include <sstream>

namespace bizmap {
namespace {

bool is_data(const ModelIndex& index, std::string_view id) {
  return index.references.definition(ElementKind::data, id) != nullptr ||
         !index.references.references_to(ElementKind::data, id).empty();
}

// The closest process or data id, for a suggestion, and which it is.
std::string suggestion(const Model& model, const ModelIndex& index, std::string_view id) {
  std::vector<std::string_view> names = index.references.ids(ElementKind::process);
  std::size_t processes = names.size();
  for (const Reference& reference : index.references.references()) {
    if (reference.names() == ElementKind::data) {
      names.push_back(reference.ref->id);
    }
  }
  for (const DataItem& item : model.data) {
    names.push_back(item.id.id);
  }
  std::optional<std::string_view> near = Suggester(names).closest(id);
  if (!near) {
    return {};
  }
  bool process = std::find(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(processes),
                           *near) != names.begin() + static_cast<std::ptrdiff_t>(processes);
  return did_you_mean(near, process ? "a process" : "a data item");
}

// A process or data id; `process:ID` or `data:ID` says which when an id
// names both.
TraceSubject find_subject(const Model& model, const ModelIndex& index, std::string_view text,
                          std::string_view what) {
  std::string_view id = text;
  bool process_only = id.starts_with("process:");
  bool data_only = id.starts_with("data:");
  id.remove_prefix(process_only ? 8 : data_only ? 5 : 0);
  const Definition* process = index.references.definition(ElementKind::process, id);
  if (process != nullptr && !data_only) {
    return {ElementKind::process, std::string(id),
            static_cast<std::uint32_t>(process->element.index)};
  }
  if (!process_only && is_data(index, id)) {
    return {ElementKind::data, std::string(id), 0};
  }
  throw UsageError(fmt::format("{}no {} has the id '{}'{}", what,
                               process_only ? "process"
                               : data_only  ? "data item"
                                            : "process or data item",
                               id, suggestion(model, index, id)));
}

std::size_t load_errors(const LoadResult& loaded) {
  return static_cast<std::size_t>(
      std::count_if(loaded.findings.begin(), loaded.findings.end(),
                    [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

class TraceCommand : public Command {
public:
  void define(CLI::App& app) override {
    app.add_option("id", id_,
                   "The process or data item to trace (process:ID or data:ID when an id names "
                   "both)")
        ->required();
    add_model_options(app, model_options_);
    app.add_option("--to", to_, "Keep only the paths between ID and this process or data item")
        ->type_name("ID");
    add_format_option(app, format_, trace_formats());
    app.add_option("-o,--output", output_, "Write the trace to FILE instead of stdout")
        ->type_name("FILE");
  }

  int run(Streams& streams) override {
    Workspace workspace = open_workspace(model_options_, streams.in, streams.err);
    if (!output_.empty()) {
      guard_output(output_, workspace);
    }
    const Model& model = workspace.loaded.model;
    ModelIndex index(model);
    TraceSubject subject = find_subject(model, index, id_, "");
    std::optional<TraceSubject> to;
    if (!to_.empty()) {
      to = find_subject(model, index, to_, fmt::format("--to {}: ", to_));
    }
    FlowAnalysis flow(model, index.handoffs);
    Trace trace = *trace_flow(model, index.handoffs, flow, subject, to);
    if (std::size_t errors = load_errors(workspace.loaded)) {
      streams.err << fmt::format("bizmap: note: the model has {} error{} that `bizmap check` "
                                 "lists; the trace follows what could be read\n",
                                 errors, errors == 1 ? "" : "s");
    }
    write(TraceView{model, index, flow, DisplayNames(model)}, trace, streams);
    return 0;
  }

private:
  void write(const TraceView& view, const Trace& trace, Streams& streams) const {
    std::ostringstream text;
    find_format(trace_formats(), format_)->write(view, trace, text);
    if (output_.empty()) {
      streams.out << text.str();
    } else {
      write_file_atomically(output_, text.str());
    }
  }

  std::string id_;
  ModelOptions model_options_;
  std::string to_;
  std::string format_;
  std::string output_;
};

} // namespace

std::unique_ptr<Command> make_trace_command() {
  return std::make_unique<TraceCommand>();
}

} // namespace bizmap
