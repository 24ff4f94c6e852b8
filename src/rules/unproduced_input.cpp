#include "rules/examples.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

#include <fmt/format.h>

namespace bizmap::rules {
namespace {

// Suggests what the process most likely meant: a produced data id (with its
// producer) or an external input.
class SupplySuggester {
public:
  explicit SupplySuggester(const RuleContext& context)
      : context_(context), supplies_(shared_suggester(supplies(context))) {}

  std::string hint(std::string_view data, std::optional<std::string_view>& near) const {
    near = supplies_->closest(data);
    if (!near) {
      return " and it is not an external input";
    }
    std::span<const Handoffs::Use> producers = context_.handoffs.producers(*near);
    if (producers.empty()) {
      return did_you_mean(near, "external input");
    }
    return did_you_mean(
        near,
        fmt::format("output of '{}'", context_.model.processes[producers.front().process].id.id));
  }

private:
  static std::vector<std::string_view> supplies(const RuleContext& context) {
    std::vector<std::string_view> ids = context.handoffs.produced();
    for (const Ref& input : context.model.external_inputs) {
      ids.push_back(input.id);
    }
    return ids;
  }

  const RuleContext& context_;
  std::shared_ptr<const Suggester> supplies_;
};

void check(const RuleContext& context, Findings& findings) {
  std::optional<SupplySuggester> suggester;
  for (const Process& process : context.model.processes) {
    for (std::size_t i = 0; i < process.inputs.size(); ++i) {
      const Ref& input = process.inputs[i];
      // It may be produced in lines that could not be read; an output
      // written almost alike makes it a broken handoff. Of a `one_of`,
      // one alternative supplied is enough.
      if (context.handoffs.is_supplied_input(process, i) || context.model.may_be_unread(input.id) ||
          context.is_broken_handoff(input.id)) {
        continue;
      }
      if (!suggester) {
        suggester.emplace(context);
      }
      std::optional<std::string_view> near;
      std::string hint = suggester->hint(input.id, near);
      findings
          .report(input.at,
                  fmt::format("process '{}' needs '{}', but no process produces it{}",
                              process.id.id, input.id, hint),
                  suggestion_text(near))
          .about(ElementKind::process, process.id.id);
    }
  }
}

} // namespace

extern const Rule unproduced_input{
    .id = "unproduced-input",
    .severity = Severity::error,
    .summary = "a process input that no process outputs and that is not an external input",
    .details = R"md(
## What it does

Reports a process input that no process outputs and that is not listed in
`external.inputs`: a broken handoff. The closest data id that is produced (and
the process producing it) or that arrives from outside is suggested. An input
whose id is written almost like an output that nothing uses is one handoff
written two ways: broken-handoff reports the two together instead.

## Why it matters

A process cannot start without its inputs. When nothing hands them over, the
work waits on information that never comes, or people rebuild it by hand.
)md",
    .bad_example = examples::unproduced_input.bad,
    .good_example = examples::unproduced_input.good,
    .check = check,
};

} // namespace bizmap::rules
