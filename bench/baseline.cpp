// Baseline for the benchmarks: what plain yaml-cpp costs on the same files.
// Loads every file named on the command line with YAML::LoadFile, walks every
// node and prints the number of scalars (keys and values). bizmap check does
// strictly more work than this (positions, schema, rules, output), so the
// ratios in bench/README.md compare it against the cheapest correct reading.
#include <cstddef>
#include <cstdio>
#include <exception>
#include <vector>
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

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bizmap-baseline FILE.yaml...\n");
    return 2;
  }
  try {
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
