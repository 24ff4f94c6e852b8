// Baseline for the benchmarks: what plain yaml-cpp costs on the same files.
// Loads every file named on the command line with YAML::LoadFile, walks every
// node and prints the number of scalars (keys and values). bizmap check does
// strictly more work than this (positions, schema, rules, output), so the
// ratios in bench/README.md compare it against the cheapest correct reading.
//
// With --events it only runs yaml-cpp's event parser over each file and counts
// the scalar events, building nothing: the floor under any reader built on
// yaml-cpp, bizmap's included (printed for reference, not a target).
#include <cstddef>
#include <cstdio>
#include <exception>
#include <fstream>
#include <string>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

namespace {

std::size_t count_scalars(const YAML::Node& root) {
  std::size_t scalars = 0;
  std::vector<YAML::Node> stack{root};
  while (!stack.empty()) {
    YAML::Node node = stack.back();
    stack.pop_back();
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
      scalars += node.Scalar().empty() ? 0 : 1;
      break;
    case YAML::NodeType::Sequence:
      for (const auto& child : node)
        stack.push_back(child);
      break;
    case YAML::NodeType::Map:
      for (const auto& entry : node) {
        stack.push_back(entry.first);
        stack.push_back(entry.second);
      }
      break;
    default:
      break;
    }
  }
  return scalars;
}

class ScalarCounter : public YAML::EventHandler {
public:
  std::size_t scalars = 0;
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string& value) override {
    scalars += value.empty() ? 0 : 1;
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

std::size_t count_scalar_events(const char* path) {
  std::ifstream stream(path, std::ios::binary);
  YAML::Parser parser(stream);
  ScalarCounter counter;
  while (parser.HandleNextDocument(counter)) {
  }
  return counter.scalars;
}

int events_only(int argc, char** argv) {
  std::size_t scalars = 0;
  for (int i = 2; i < argc; ++i) {
    scalars += count_scalar_events(argv[i]);
  }
  std::printf("%zu scalar events in %d files\n", scalars, argc - 2);
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bizmap-baseline [--events] FILE.yaml...\n");
    return 2;
  }
  try {
    if (std::string(argv[1]) == "--events") {
      return events_only(argc, argv);
    }
    std::vector<YAML::Node> documents; // keep every file alive, like one model
    std::size_t scalars = 0;
    for (int i = 1; i < argc; ++i) {
      documents.push_back(YAML::LoadFile(argv[i]));
      scalars += count_scalars(documents.back());
    }
    std::printf("%zu scalars in %d files\n", scalars, argc - 1);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "bizmap-baseline: %s\n", error.what());
    return 1;
  }
  return 0;
}
