#include "cli/command.hpp"
#include "lsp/json_rpc.hpp"
#include "lsp/server.hpp"

#include <CLI/CLI.hpp>
#include <ostream>
#include <unistd.h>

namespace bizmap {
namespace {

class LspCommand : public Command {
public:
  void define(CLI::App& app) override {
    app.add_flag("--stdio", stdio_,
                 "Talk over standard input and output (the default and only way)");
  }

  int run(Streams& streams) override {
    lsp::FileSource input(STDIN_FILENO);
    return lsp::serve(input, [&](const std::string& body) {
      streams.out << lsp::frame(body);
      streams.out.flush();
    });
  }

private:
  bool stdio_ = true;
};

} // namespace

std::unique_ptr<Command> make_lsp_command() {
  return std::make_unique<LspCommand>();
}

} // namespace bizmap
