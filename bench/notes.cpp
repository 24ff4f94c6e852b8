// bizmap-notes-bench [--n BYTES] [--cmark-alone] [--case TEXT]: the time to read and
// write hostile step notes at sizes n, 2n, 4n and 8n (n is 8 KiB by default,
// so 8n is the 64 KiB limit of docs/limits.md), to show that it grows
// linearly with their size. With --cmark-alone, the same inputs parsed by
// cmark-gfm without bizmap's limits, to show where they are needed; with
// --case, only the cases whose name holds TEXT.
#include "report/notes.hpp"

#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace {

// Processor time of this thread: on a shared machine, wall time mostly
// measures the other programs.
double thread_milliseconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Repeats a piece until the text is `bytes` long.
std::string fill(std::size_t bytes, const std::function<std::string(std::size_t)>& piece) {
  std::string text;
  for (std::size_t i = 0; text.size() < bytes; ++i) {
    text += piece(i);
  }
  text.resize(bytes);
  return text;
}

std::string repeat(std::string_view piece, std::size_t bytes) {
  return fill(bytes, [piece](std::size_t) { return std::string(piece); });
}

struct Case {
  const char* name;
  std::function<std::string(std::size_t)> make;
};

const std::vector<Case> cases = {
    {"block quotes nested", [](std::size_t b) { return repeat("> ", b); }},
    {"lists nested", [](std::size_t b) { return repeat("- ", b); }},
    {"quotes then lazy lines",
     [](std::size_t b) { return repeat("> ", b / 4) + "a\n" + repeat("b\n", b - b / 4); }},
    {"lists then lazy lines",
     [](std::size_t b) { return repeat("- ", b / 4) + "a\n" + repeat("b\n", b - b / 4); }},
    {"16 lists then lazy lines",
     [](std::size_t b) {
       std::string deep;
       for (int i = 0; i < 16; ++i) {
         deep += std::string(2 * i, ' ') + "- a\n";
       }
       return deep + repeat("b\n", b - deep.size());
     }},
    {"indented lists",
     [](std::size_t b) {
       return fill(b, [](std::size_t i) { return std::string(i % 16 * 2, ' ') + "- a\n"; });
     }},
    {"[ runs", [](std::size_t b) { return repeat("[", b); }},
    {"[a runs", [](std::size_t b) { return repeat("[a", b); }},
    {"[ (]( runs", [](std::size_t b) { return repeat("[ (](", b); }},
    {"[a](b unclosed", [](std::size_t b) { return repeat("[a](b", b); }},
    {"![ runs", [](std::size_t b) { return repeat("![", b); }},
    {"nested * and **",
     [](std::size_t b) {
       std::size_t pieces = b / 14;
       return repeat("*a **a ", pieces * 7) + "b" + repeat(" a** a*", pieces * 7);
     }},
    {"_a openers", [](std::size_t b) { return repeat("_a ", b); }},
    {"*a_ mismatched", [](std::size_t b) { return repeat("*a_ ", b); }},
    {"~~ runs", [](std::size_t b) { return repeat("~~a ", b); }},
    {"backtick runs",
     [](std::size_t b) {
       return fill(b, [](std::size_t i) { return "e" + std::string(i % 64 + 1, '`'); });
     }},
    {"| runs on one line", [](std::size_t b) { return "a|b\n-|-\n" + repeat("|", b - 8); }},
    {"table rows", [](std::size_t b) { return "a|b\n-|-\n" + repeat("x|y\n", b - 8); }},
    {"table, 64 cells a row",
     [](std::size_t b) {
       return "a|b\n-|-\n" + fill(b - 8, [](std::size_t i) {
                return i % 65 == 64 ? std::string("\n") : std::string("a|");
              });
     }},
    {"email runs a@", [](std::size_t b) { return repeat("a@", b); }},
    {"www. runs", [](std::size_t b) { return repeat("www.", b); }},
    {"link definitions",
     [](std::size_t b) {
       std::string text;
       for (std::size_t i = 0; text.size() < b / 2; ++i) {
         text += "[" + std::to_string(i) + "]: https://e.com\n";
       }
       return text + repeat("[0] ", b - text.size());
     }},
    {"checklists", [](std::size_t b) { return repeat("- [ ] a\n", b); }},
    {"fences", [](std::size_t b) { return repeat("```\n", b); }},
    {"html", [](std::size_t b) { return repeat("<a href=x>", b); }},
};

double milliseconds_bizmap(const std::string& text) {
  double start = thread_milliseconds();
  bizmap::StepNotes notes(text);
  std::string page = notes.markdown(3);
  double took = thread_milliseconds() - start;
  return page.empty() ? -1 : took;
}

double milliseconds_cmark_alone(const std::string& text) {
  double start = thread_milliseconds();
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  for (const char* name : {"table", "tasklist", "autolink", "strikethrough"}) {
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
  }
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node_free(cmark_parser_finish(parser));
  cmark_parser_free(parser);
  return thread_milliseconds() - start;
}

} // namespace

int main(int argc, char** argv) {
  bool alone = false;
  std::size_t n = 8 * 1024;
  std::string_view only;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--cmark-alone") == 0) {
      alone = true;
    } else if (std::strcmp(argv[i], "--n") == 0 && i + 1 < argc) {
      n = std::strtoul(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--case") == 0 && i + 1 < argc) {
      only = argv[++i];
    }
  }
  cmark_gfm_core_extensions_ensure_registered();
  constexpr int runs = 5;
  std::printf("%s: best of %d runs, milliseconds of processor time\n",
              alone ? "cmark-gfm alone (parse only, no limits)" : "bizmap (read, write Markdown)",
              runs);
  std::printf("%-26s %9zu %9zu %9zu %9zu %s  %s\n", "notes (bytes)", n, 2 * n, 4 * n, 8 * n,
              "each doubling", alone ? "" : "read as");
  int square_growth = 0;
  for (const Case& each : cases) {
    if (std::string_view(each.name).find(only) == std::string_view::npos) {
      continue;
    }
    std::vector<double> times;
    std::string read_as;
    for (std::size_t size : {n, 2 * n, 4 * n, 8 * n}) {
      std::string text = each.make(size);
      double best = 1e300;
      for (int run = 0; run < (alone ? 1 : runs); ++run) {
        best = std::min(best, alone ? milliseconds_cmark_alone(text) : milliseconds_bizmap(text));
      }
      times.push_back(best);
      if (!alone) {
        bool written = !bizmap::StepNotes(text).shown_as_written_because().empty();
        read_as += written ? "W" : "M";
      }
    }
    // Linear growth doubles the time with the size, growth like the square
    // quadruples it; a single step up (the input outgrowing the processor's
    // caches) is not growth.
    bool square = true;
    std::string ratios;
    for (std::size_t i = 1; i < times.size(); ++i) {
      double ratio = times[i] / std::max(times[i - 1], 0.001);
      square = square && ratio >= 3 && times[i] >= 1.0;
      ratios += " x" + std::to_string(ratio).substr(0, 3);
    }
    square_growth += square ? 1 : 0;
    std::printf("%-26s %9.2f %9.2f %9.2f %9.2f %s  %s%s\n", each.name, times[0], times[1], times[2],
                times[3], ratios.c_str(), read_as.c_str(), square ? "  grows like the square" : "");
  }
  if (!alone) {
    std::printf("read as: M Markdown, W shown as written (past a limit), for each size\n");
  }
  std::printf("%d grow like the square (every doubling at least triples the time)\n",
              square_growth);
  return 0;
}
