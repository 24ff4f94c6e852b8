#include "cli/command.hpp"
#include "docs/model_schema.hpp"

#include <CLI/CLI.hpp>
#include <ostream>

namespace bizmap {
namespace {

class SchemaCommand : public Command {
public:
  void define(CLI::App&) override {}

  int run(Streams& streams) override {
    streams.out << model_schema();
    return 0;
  }
};

} // namespace

std::unique_ptr<Command> make_schema_command() {
  return std::make_unique<SchemaCommand>();
}

} // namespace bizmap
