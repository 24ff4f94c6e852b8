#pragma once

#include <algorithm>
#include <bizmap/diagnostic.hpp>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <span>
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
  std::uint32_t weight = 1; ///< nodes it stands for once aliases are expanded (saturates at 2^31)

  /// The value of a scalar, in the parsed text or the Document; empty for
  /// other nodes.
  std::string_view text() const {
    return is_scalar() ? std::string_view(static_cast<const char*>(data_), size_)
                       : std::string_view();
  }
  /// Sequence: items; map: key, value, key, value, ...; empty for other nodes.
  std::span<const Node* const> children() const {
    return is_collection() ? std::span(static_cast<const Node* const*>(data_), size_)
                           : std::span<const Node* const>();
  }
  void set_text(std::string_view text) {
    data_ = text.data();
    size_ = static_cast<std::uint32_t>(text.size());
  }
  void set_children(std::span<const Node* const> children) {
    data_ = children.data();
    size_ = static_cast<std::uint32_t>(children.size());
  }

  bool is_scalar() const { return kind == NodeKind::scalar; }
  bool is_map() const { return kind == NodeKind::map; }
  bool is_sequence() const { return kind == NodeKind::sequence; }
  bool is_null() const { return kind == NodeKind::null; }
  bool is_collection() const { return is_map() || is_sequence(); }
  std::size_t map_size() const { return children().size() / 2; }
  const Node& key(std::size_t i) const { return *children()[2 * i]; }
  const Node& value(std::size_t i) const { return *children()[2 * i + 1]; }

private:
  // A scalar's text or a collection's children, never both: one pointer and
  // one 32-bit size (files are below 4 GiB, Limits) keep a node at 40 bytes
  // instead of 56, a third less memory for the tree of a large model.
  std::uint32_t size_ = 0;
  const void* data_ = nullptr;
};

static_assert(sizeof(Node) == 40);

/// Storage that hands out contiguous copies and frees them all at once: the
/// texts and child lists of a document's nodes, without an allocation each
/// (a model of 100,000 processes has millions of nodes).
template <class T> class Arena {
public:
  std::span<const T> copy(std::span<const T> items) {
    if (items.empty()) {
      return {};
    }
    T* start = nullptr;
    if (items.size() > block_size / 4) {
      start = blocks_.emplace_back(new T[items.size()]).get();
    } else {
      if (items.size() > free_) {
        next_ = blocks_.emplace_back(new T[block_size]).get();
        free_ = block_size;
      }
      start = next_;
      next_ += items.size();
      free_ -= items.size();
    }
    std::copy(items.begin(), items.end(), start);
    return {start, items.size()};
  }

private:
  static constexpr std::size_t block_size = 65536 / sizeof(T); // NOLINT(bugprone-sizeof-expression)
  std::vector<std::unique_ptr<T[]>> blocks_;
  T* next_ = nullptr;
  std::size_t free_ = 0;
};

/// Limits that keep a hostile file from exhausting the machine.
struct Limits {
  std::uint64_t max_file_bytes = std::uint64_t{512} << 20; ///< 512 MiB
  std::uint32_t max_nodes = 40'000'000; ///< about 2 GB of tree, 4 times a 100,000-process model
  std::uint32_t max_depth = 400;
  std::uint32_t max_alias_expansion = 1'000'000;
};

/// The rules whose findings the tree reports. Their documentation and
/// default severity live with the rules; the loader applies the severity to
/// findings reported as errors. A finding reported as a warning is one the
/// rule gives at a lower severity than its default: the file reads, but most
/// likely not as its author meant.
inline constexpr std::string_view syntax_rule = "yaml-syntax";
inline constexpr std::string_view duplicate_key_rule = "duplicate-key";

/// Lines of a file, first to last.
struct LineRange {
  std::uint32_t first;
  std::uint32_t last;
};

/// The first YAML document of a file. `root` is null when the file is empty or
/// could not be parsed at all; `findings` then say why.
struct Document {
  std::deque<Node> nodes;
  Arena<char> texts;
  Arena<const Node*> lists;
  const Node* root = nullptr;
  std::vector<Diagnostic> findings;
  /// The file in UTF-8, when it was saved in another encoding: the text to
  /// show and to look for comments in, instead of the file's bytes.
  std::unique_ptr<std::string> converted;
  /// The text that was read, when mistakes had to be repaired to read it.
  std::unique_ptr<std::string> repaired;
  /// Lines that could not be read even so: a broken entry, or the rest of
  /// the file after it.
  std::vector<LineRange> unread;
};

/// Counts the problems of a candidate reading of a broken file (the schema
/// findings of its tree): of two repairs that both read, the one with fewer
/// problems is what the author meant.
using Judge = std::function<std::size_t(const Node& root)>;

/// Parses `text` (the contents of file number `file`) into a positioned tree.
/// Scalars written as they read point into `text`, which must stay where it
/// is for as long as the document is used.
/// Never throws for bad input: syntax errors, duplicate keys and exceeded
/// limits become findings. A syntax error is said in plain words at the
/// mistake, and the file is read again as if the mistake were fixed (the
/// likeliest fix, as `judge` decides); what cannot be fixed is left unread.
Document parse(std::string_view text, std::uint32_t file, const Limits& limits = {},
               const Judge& judge = {});

/// Gives every place in the document the file number `file`: a file parsed
/// ahead, on another thread, learns its number when the model takes it.
void renumber(Document& document, std::uint32_t file);

/// YAML 1.2 core schema for plain scalars.
bool is_null_scalar(const Node& node);
/// Parses a plain integer scalar, if it is one.
bool to_integer(const Node& node, long long& value);

} // namespace bizmap::yaml
