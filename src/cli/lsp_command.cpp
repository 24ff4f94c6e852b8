#include "cli/command.hpp"

#include <CLI/CLI.hpp>

namespace bizmap {
namespace {

class LspCommand : public Command {
public:
  void define(CLI::App&) override {}
  int run(Streams&) override { return 0; }
};

} // namespace

std::unique_ptr<Command> make_lsp_command() {
  return std::make_unique<LspCommand>();
}

} // namespace bizmap
