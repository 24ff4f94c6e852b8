#include "cli/command.hpp"
#include "cli/starter_model.hpp"
#include "docs/model_schema.hpp"
#include "util/atomic_file.hpp"

#include <CLI/CLI.hpp>
#include <array>
#include <bizmap/load.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <ostream>

namespace bizmap {
namespace {

namespace fs = std::filesystem;

struct StarterFile {
  std::string_view name;
  std::string text;
};

std::array<StarterFile, 3> starter_files() {
  return {{
      {"business.yaml", std::string(starter_model)},
      {".bizmap.yaml", std::string(starter_configuration)},
      {starter_schema_name, model_schema()},
  }};
}

void create_folder(const fs::path& folder) {
  std::error_code error;
  fs::create_directories(folder, error);
  if (error || !fs::is_directory(folder)) {
    throw UsageError(fmt::format("cannot create the folder '{}': {}", folder.string(),
                                 error ? error.message() : "a file has this name"));
  }
}

// Reports every file that is already there; true when there was none.
bool none_exists(const fs::path& folder, std::ostream& err) {
  bool none = true;
  for (const StarterFile& file : starter_files()) {
    fs::path path = folder / file.name;
    std::error_code error;
    if (fs::symlink_status(path, error).type() != fs::file_type::not_found) {
      err << fmt::format("bizmap: error: left '{}' alone: it already exists\n", path.string());
      none = false;
    }
  }
  return none;
}

class InitCommand : public Command {
public:
  void define(CLI::App& app) override {
    app.add_option("dir", folder_, "Folder to write the starter model into (created if missing)")
        ->capture_default_str();
  }

  // All or nothing: one file already there means nothing is written, so a
  // model is never half replaced by the starter.
  int run(Streams& streams) override {
    fs::path folder(folder_);
    if (fs::exists(folder) && !none_exists(folder, streams.err)) {
      streams.err << "bizmap: nothing was written\n";
      return 2;
    }
    create_folder(folder);
    for (const StarterFile& file : starter_files()) {
      std::string path = (folder / file.name).string();
      write_file_atomically(path, file.text);
      streams.out << fmt::format("wrote {}\n", path);
    }
    streams.out << fmt::format("next: describe your business in {}, then run 'bizmap check {}'\n",
                               (folder / "business.yaml").string(), folder_);
    return 0;
  }

private:
  std::string folder_ = ".";
};

} // namespace

std::unique_ptr<Command> make_init_command() {
  return std::make_unique<InitCommand>();
}

} // namespace bizmap
