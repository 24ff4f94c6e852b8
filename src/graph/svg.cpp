#include "graph/svg.hpp"

#include <bizmap/usage_error.hpp>
#include <fmt/format.h>

#ifdef BIZMAP_SVG
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <graphviz/gvc.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#include <unordered_map>
#include <vector>

// The two plugins a drawing needs, linked into the binary rather than found
// through the configuration file `dot -c` writes.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
}
#endif

namespace bizmap {

#ifdef BIZMAP_SVG
namespace {

// What a child process sends back for each text, in order: one status byte
// (1 drawn, 0 not), the length of the SVG as 8 bytes, then the SVG.
constexpr std::size_t record_header = 9;

void write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    ssize_t written = ::write(fd, data, size);
    if (written < 0 && errno == EINTR) {
      continue;
    }
    if (written <= 0) {
      ::_exit(3);
    }
    data += written;
    size -= static_cast<std::size_t>(written);
  }
}

void send(int fd, bool drawn, const char* svg, std::uint64_t length) {
  std::array<char, record_header> header{};
  header[0] = drawn ? 1 : 0;
  std::memcpy(header.data() + 1, &length, sizeof length);
  write_all(fd, header.data(), header.size());
  write_all(fd, svg, length);
}

// Graphviz's own ids of named nodes and subgraphs are the addresses of their
// interned names, and it keeps subgraphs sorted by id: clusters would be
// drawn in an order that changes from run to run. These ids are numbers
// given in the order the names are read instead (even, as Graphviz keeps odd
// ids for anonymous objects).
struct NameIds {
  std::vector<std::string> names;
  std::unordered_map<std::string, IDTYPE> ids;
  IDTYPE anonymous = 1;
};

void* open_ids(Agraph_t* /*graph*/, Agdisc_t* /*discipline*/) {
  return new NameIds; // freed by close_ids, when Graphviz closes the graph
}

long map_id(void* state, int /*kind*/, char* name, IDTYPE* id, int create) {
  auto& table = *static_cast<NameIds*>(state);
  if (name == nullptr) {
    *id = table.anonymous;
    table.anonymous += 2;
    return 1;
  }
  auto found = table.ids.find(name);
  if (found != table.ids.end()) {
    *id = found->second;
    return 1;
  }
  if (create == 0) {
    return 0;
  }
  table.names.emplace_back(name);
  *id = 2 * table.names.size();
  table.ids.emplace(name, *id);
  return 1;
}

long refuse_id(void* /*state*/, int /*kind*/, IDTYPE /*id*/) {
  return 0;
}

void keep_id(void* /*state*/, int /*kind*/, IDTYPE /*id*/) {}

char* print_id(void* state, int /*kind*/, IDTYPE id) {
  auto& table = *static_cast<NameIds*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > table.names.size()) {
    return nullptr;
  }
  return table.names[(id / 2) - 1].data();
}

void close_ids(void* state) {
  delete static_cast<NameIds*>(state); // made by open_ids
}

void register_id(void* /*state*/, int /*kind*/, void* /*object*/) {}

Agiddisc_t name_ids{open_ids, map_id, refuse_id, keep_id, print_id, close_ids, register_id};

Agraph_t* read_graph(const std::string& dot) {
  // fmemopen takes a char* even for "r"; the stream only reads it.
  FILE* text = ::fmemopen(const_cast<char*>(dot.data()), dot.size(), "r");
  if (text == nullptr) {
    return nullptr;
  }
  Agdisc_t discipline{&AgMemDisc, &name_ids, &AgIoDisc};
  return agread(text, &discipline);
}

// The child's work: nothing is freed, since the process ends right after and
// freeing a layout is where Graphviz 2.42 crashes.
[[noreturn]] void draw_in_child(std::span<const std::string> dots, int fd) {
  int null = ::open("/dev/null", O_WRONLY);
  if (null >= 0) {
    ::dup2(null, STDERR_FILENO); // Graphviz's and the C library's messages
  }
  agseterr(AGMAX);
  static constexpr lt_symlist_t builtins[] = {
      {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
      {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
      {nullptr, nullptr},
  };
  GVC_t* context = gvContextPlugins(builtins, 0);
  for (const std::string& dot : dots) {
    Agraph_t* graph = dot.empty() ? nullptr : read_graph(dot);
    char* svg = nullptr;
    unsigned int length = 0;
    bool drawn = graph != nullptr && gvLayout(context, graph, "dot") == 0 &&
                 gvRenderData(context, graph, "svg", &svg, &length) == 0 && svg != nullptr;
    send(fd, drawn, svg, drawn ? length : 0);
  }
  ::_exit(0);
}

struct Child {
  pid_t pid = -1;
  int fd = -1;
  std::size_t begin = 0; ///< the first text it draws
  std::size_t end = 0;
  std::string received;
};

Child start_child(std::span<const std::string> dots, std::size_t begin, std::size_t end) {
  std::array<int, 2> pipe_ends{};
  if (::pipe(pipe_ends.data()) != 0) {
    throw UsageError(fmt::format("cannot draw SVG: {}", std::strerror(errno)));
  }
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(pipe_ends[0]);
    ::close(pipe_ends[1]);
    throw UsageError(fmt::format("cannot draw SVG: {}", std::strerror(errno)));
  }
  if (pid == 0) {
    ::close(pipe_ends[0]);
    draw_in_child(dots.subspan(begin, end - begin), pipe_ends[1]);
  }
  ::close(pipe_ends[1]);
  return {pid, pipe_ends[0], begin, end, {}};
}

// Reads every child's records until each closes its pipe, then waits for it.
void collect(std::vector<Child>& children) {
  std::vector<pollfd> open;
  for (const Child& child : children) {
    open.push_back({child.fd, POLLIN, 0});
  }
  std::size_t left = children.size();
  std::array<char, 65536> buffer{};
  while (left > 0) {
    if (::poll(open.data(), open.size(), -1) < 0) {
      if (errno == EINTR) {
        continue;
      }
      break;
    }
    for (std::size_t c = 0; c < open.size(); ++c) {
      if (open[c].fd < 0 || open[c].revents == 0) {
        continue;
      }
      ssize_t got = ::read(open[c].fd, buffer.data(), buffer.size());
      if (got < 0 && errno == EINTR) {
        continue;
      }
      if (got <= 0) {
        ::close(open[c].fd);
        open[c].fd = -1;
        --left;
        continue;
      }
      children[c].received.append(buffer.data(), static_cast<std::size_t>(got));
    }
  }
  for (Child& child : children) {
    int status = 0;
    while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

// The whole records a child sent, into `drawings` from its first text on;
// returns the number of texts it answered.
std::size_t take_records(const Child& child, std::vector<std::optional<std::string>>& drawings) {
  std::string_view rest = child.received;
  std::size_t answered = 0;
  while (rest.size() >= record_header) {
    std::uint64_t length = 0;
    std::memcpy(&length, rest.data() + 1, sizeof length);
    if (rest.size() - record_header < length) {
      break;
    }
    if (rest[0] == 1) {
      drawings[child.begin + answered] = std::string(rest.substr(record_header, length));
    }
    rest.remove_prefix(record_header + length);
    ++answered;
  }
  return answered;
}

} // namespace

bool draws_svg() {
  return true;
}

std::vector<std::optional<std::string>> dots_to_svgs(std::span<const std::string> dots,
                                                     std::size_t processes) {
  std::vector<std::optional<std::string>> drawings(dots.size());
  processes = std::max<std::size_t>(1, std::min(processes, dots.size()));
  std::deque<std::pair<std::size_t, std::size_t>> runs;
  std::size_t per_run = (dots.size() + processes - 1) / std::max<std::size_t>(1, processes);
  for (std::size_t begin = 0; begin < dots.size(); begin += per_run) {
    runs.emplace_back(begin, std::min(dots.size(), begin + per_run));
  }
  while (!runs.empty()) {
    std::vector<Child> children;
    while (!runs.empty() && children.size() < processes) {
      auto [begin, end] = runs.front();
      runs.pop_front();
      children.push_back(start_child(dots, begin, end));
    }
    collect(children);
    for (const Child& child : children) {
      // A child that stopped early crashed on the text after its last answer:
      // that one stays undrawn, and a new child draws the rest.
      std::size_t next = child.begin + take_records(child, drawings) + 1;
      if (next < child.end) {
        runs.emplace_back(next, child.end);
      }
    }
  }
  return drawings;
}
#else
bool draws_svg() {
  return false;
}

std::vector<std::optional<std::string>> dots_to_svgs(std::span<const std::string> /*dots*/,
                                                     std::size_t /*processes*/) {
  throw UsageError("this build draws no SVG: it was built without Graphviz's library, as the "
                   "statically linked release binary is; write --format dot and draw it with "
                   "Graphviz's dot -Tsvg, or build bizmap from source");
}
#endif

std::string dot_to_svg(const std::string& dot) {
  std::vector<std::optional<std::string>> drawings = dots_to_svgs(std::span(&dot, 1), 1);
  if (!drawings.front()) {
    throw UsageError("Graphviz could not draw the graph");
  }
  return std::move(*drawings.front());
}

std::string to_svg(const HandoffGraph& graph) {
  return dot_to_svg(to_dot(graph));
}

namespace {

// Removes every `<open ... close>` span; Graphviz escapes the text inside
// (a '-' in a comment is written as &#45;), so a span cannot end early.
std::string without(std::string_view text, std::string_view open, std::string_view close) {
  std::string kept;
  kept.reserve(text.size());
  std::size_t at = 0;
  for (std::size_t start; (start = text.find(open, at)) != std::string_view::npos;) {
    std::size_t end = text.find(close, start);
    if (end == std::string_view::npos) {
      break;
    }
    kept += text.substr(at, start - at);
    at = end + close.size();
    if (at < text.size() && text[at] == '\n') {
      ++at;
    }
  }
  kept += text.substr(at);
  return kept;
}

} // namespace

std::string inline_svg(std::string_view svg, std::string_view prefix, std::string_view label) {
  std::size_t start = svg.find("<svg");
  if (start == std::string_view::npos) {
    return {};
  }
  std::string body = without(without(svg.substr(start), "<!--", "-->"), "<title>", "</title>");
  std::string text;
  text.reserve(body.size() + 64);
  std::string_view rest = body;
  constexpr std::string_view id = " id=\"";
  for (std::size_t at; (at = rest.find(id)) != std::string_view::npos;) {
    text += rest.substr(0, at + id.size());
    text += prefix;
    text += '-';
    rest.remove_prefix(at + id.size());
  }
  text += rest;
  // "<svg width=..." becomes "<svg role="img" aria-label="..." width=..."
  return fmt::format("<svg role=\"img\" aria-label=\"{}\"{}", label, text.substr(4));
}

} // namespace bizmap
