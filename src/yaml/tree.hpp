#pragma once

#include <bizmap/diagnostic.hpp>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace bizmap::yaml {

enum class NodeKind : std::uint8_t { null, scalar, sequence, map };

/// A YAML node with the place it was written. An alias is not a node of its
/// own: the parent points at the anchored node, so the tree is a DAG.
struct Node {
  NodeKind kind = NodeKind::null;
  bool quoted = false; ///< quoted or block scalar: always text, never a number or null
  Location at;
  std::string text;                  ///< the value of a scalar
  std::vector<const Node*> children; ///< sequence: items; map: key, value, key, value, ...
  std::uint64_t weight = 1;          ///< nodes it stands for once aliases are expanded

  bool is_scalar() const { return kind == NodeKind::scalar; }
  bool is_map() const { return kind == NodeKind::map; }
  bool is_sequence() const { return kind == NodeKind::sequence; }
  bool is_null() const { return kind == NodeKind::null; }
  std::size_t map_size() const { return children.size() / 2; }
  const Node& key(std::size_t i) const { return *children[2 * i]; }
  const Node& value(std::size_t i) const { return *children[2 * i + 1]; }
};

/// Limits that keep a hostile file from exhausting the machine.
struct Limits {
  std::uint32_t max_depth = 400;
  std::uint64_t max_alias_expansion = 1'000'000;
};

/// The first YAML document of a file. `root` is null when the file is empty or
/// could not be parsed; `findings` then say why.
struct Document {
  std::deque<Node> nodes;
  const Node* root = nullptr;
  std::vector<Diagnostic> findings;
};

/// Parses `text` (the contents of file number `file`) into a positioned tree.
/// Never throws for bad input: syntax errors, duplicate keys and exceeded
/// limits become findings.
Document parse(std::string_view text, std::uint32_t file, const Limits& limits = {});

/// YAML 1.2 core schema for plain scalars.
bool is_null_scalar(const Node& node);
/// Parses a plain integer scalar, if it is one.
bool to_integer(const Node& node, long long& value);

} // namespace bizmap::yaml
