// A step's notes read with cmark-gfm: they stay inside their step, read back
// as what they were, and past the limits show as written.
#include "report/notes.hpp"

#include <catch2/catch.hpp>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <fmt/format.h>
#include <string>

using namespace bizmap;

namespace {

// Notes that each try to break the page around them.
const char* const hostile_notes[] = {
    "Plain text",
    "# Heading\nSetext\n===\n\n---",
    "- a\n- b\n\n  para\n- ```\n  code\n  ```",
    "1. one\n2) two\n10. ten\n* star\n+ plus",
    "> quote\nlazy line\n\n> other\n>> deeper\n> - item\n>   ```\n>   in quote\n",
    "```\nunclosed fence\n\n\n- not a list",
    "    indented code\n\n\tтаб\n",
    "| a | b |\n|---|:-:|\n| `x\\|y` | [l](https://e.com) |\n| only one |",
    "<div>\n\n*html*\n\n</div>\n<script>alert(1)</script>\ntext <span>x</span>",
    "[a](javascript:x) [b](<https://e.com/a b>) ![c](https://e.com/c.png) <https://e.com>",
    "*a **b** c* ***d*** _e_ __f__ ~~g~~ `` `h` `` ``` i ```",
    "\\- escaped\n\\1. not a list\n1986\\. year\n\\# not a heading\n+",
    "- [ ] open\n- [x] done\n  - [ ] nested\n\n[ref]: https://e.com\n[use][ref]",
    "text\n***\n- a\n***\nb\n---",
    "a@b.co www.example.com http://x.y/z?q=(1). end",
    "line with trailing spaces   \nnext\\\nafter",
    "- \n-\n- x\n\n1.\n\n-",
    "&amp; &copy; &#35; &#x26; \\& & <",
    "| not | a table\nbut text",
    "- a\n\n\n- b\n\n        code in item\n- c",
    "> ```\n> fence in quote without close",
    "Wow![x](https://e.com) !",
    "~~~ruby startline=3 `bad`\nputs 1\n~~~~\n",
};

// The note placed in step 1 of a two-step list, read back with cmark-gfm.
std::string page_of(const std::string& notes) {
  return fmt::format("1. Step one\n\n{}\n\n2. Step two\n", notes);
}

struct Parsed {
  cmark_node* document;
  explicit Parsed(const std::string& text) {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char* name : {"table", "tasklist", "autolink", "strikethrough"}) {
      cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    }
    cmark_parser_feed(parser, text.data(), text.size());
    document = cmark_parser_finish(parser);
    cmark_parser_free(parser);
  }
  ~Parsed() { cmark_node_free(document); }
  Parsed(const Parsed&) = delete;
  Parsed& operator=(const Parsed&) = delete;
};

int count_children(cmark_node* node) {
  int count = 0;
  for (cmark_node* child = cmark_node_first_child(node); child != nullptr;
       child = cmark_node_next(child)) {
    ++count;
  }
  return count;
}

std::string html_of(cmark_node* node) {
  char* html = cmark_render_html(node, CMARK_OPT_DEFAULT, nullptr);
  std::string text(html);
  free(html);
  return text;
}

} // namespace

TEST_CASE("notes stay inside their step, whatever they hold", "[report][notes]") {
  for (const char* notes : hostile_notes) {
    INFO(notes);
    std::string written = StepNotes(notes).markdown(3);
    INFO(written);
    Parsed page(page_of(written));
    cmark_node* list = cmark_node_first_child(page.document);
    REQUIRE(cmark_node_get_type(list) == CMARK_NODE_LIST);
    CHECK(cmark_node_next(list) == nullptr);
    REQUIRE(count_children(list) == 2);
    cmark_node* second = cmark_node_last_child(list);
    CHECK(html_of(cmark_node_first_child(second)) == "<p>Step two</p>\n");
  }
}

TEST_CASE("notes written as Markdown read back as the same notes", "[report][notes]") {
  for (const char* notes : hostile_notes) {
    INFO(notes);
    StepNotes first(notes);
    std::string written = first.markdown(0);
    INFO(written);
    StepNotes again(written);
    CHECK(again.markdown(0) == written);
    CHECK(again.html() == first.html());
  }
}

TEST_CASE("notes as HTML keep tables, checklists, web links and the text of HTML, and drop what "
          "could run",
          "[report][notes]") {
  std::string html = StepNotes("| a |\n|---|\n| *b* |\n\n- [x] done\n- [ ] open\n\n"
                               "~~old~~ www.example.com [go](https://e.com/a?b=1&c=2)\n\n"
                               "<script>alert(1)</script>\n\n[x](javascript:alert(1)) "
                               "<img src=x onerror=alert(1)> ![i](https://e.com/i.png)\n\n## Head")
                         .html();
  CHECK(html == "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
                "<td><em>b</em></td>\n</tr>\n</tbody>\n</table>\n"
                "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>\n"
                "<li><input type=\"checkbox\" disabled=\"\" /> open</li>\n</ul>\n"
                "<p><del>old</del> <a href=\"http://www.example.com\">www.example.com</a> "
                "<a href=\"https://e.com/a?b=1&amp;c=2\">go</a></p>\n"
                "<p>alert(1)</p>\n<p>x  <a href=\"https://e.com/i.png\">i</a></p>\n"
                "<p><strong>Head:</strong></p>\n");
}

TEST_CASE("notes up to 65536 bytes are read as Markdown, longer ones shown as written",
          "[report][notes][limits]") {
  std::string at_limit = "*a*" + std::string(65536 - 3, 'x');
  CHECK(StepNotes(at_limit).shown_as_written_because().empty());
  std::string past_limit = at_limit + "x";
  StepNotes past(past_limit);
  CHECK(past.shown_as_written_because() == "they are longer than 65536 bytes");
  CHECK(past.markdown(2) == "  These notes are shown as written: they are longer than 65536 "
                            "bytes.\n\n  ```text\n  " +
                                past_limit + "\n  ```");
  CHECK(past.html().starts_with("<p>These notes are shown as written: they are longer than "
                                "65536 bytes.</p>\n<pre><code class=\"language-text\">*a*xxx"));
}

TEST_CASE("a line of up to 64 '|' is read as Markdown, one of 65 shows the notes as written",
          "[report][notes][limits]") {
  std::string row64 = "|";
  for (int i = 0; i < 63; ++i) {
    row64 += " a |";
  }
  std::string header = "a | b\n--|--\n";
  CHECK(StepNotes(header + row64 + "\nnext line |").shown_as_written_because().empty());
  StepNotes past(header + row64 + "|");
  CHECK(past.shown_as_written_because() == "a line holds more than 64 '|'");
  CHECK(past.markdown(0).find("\n```text\na | b\n") != std::string::npos);
}

TEST_CASE("lists and block quotes nest up to 16 deep: deeper notes show as written",
          "[report][notes][limits]") {
  auto nested = [](std::string_view marker, int depth) {
    std::string text;
    for (int i = 0; i < depth; ++i) {
      text += marker;
    }
    return text + "a\nlazy";
  };
  for (std::string_view marker : {"> ", "- ", "1. ", "> - "}) {
    int per_level = marker == "> - " ? 2 : 1;
    INFO(marker);
    CHECK(StepNotes(nested(marker, 16 / per_level)).shown_as_written_because().empty());
    CHECK(StepNotes(nested(marker, 16 / per_level + 1)).shown_as_written_because() ==
          "they nest lists and block quotes more than 16 deep");
  }
  // Nesting by indentation counts the same way.
  std::string indented;
  for (int i = 0; i < 17; ++i) {
    indented += std::string(2 * i, ' ') + "- a\n";
  }
  CHECK_FALSE(StepNotes(indented).shown_as_written_because().empty());
  indented.erase(indented.rfind(std::string(32, ' ')));
  CHECK(StepNotes(indented).shown_as_written_because().empty());
}

TEST_CASE("emphasis and strong nest up to 16 deep: deeper notes show as written",
          "[report][notes][limits]") {
  auto nested = [](int depth) {
    std::string open;
    std::string close;
    for (int i = 0; i < depth; ++i) {
      std::string marker = i % 2 == 0 ? "*" : "**";
      open += marker + "a ";
      close.insert(0, " b" + marker);
    }
    return open + "x" + close;
  };
  CHECK(StepNotes(nested(16)).shown_as_written_because().empty());
  CHECK(StepNotes(nested(17)).shown_as_written_because() ==
        "they nest emphasis, strikethrough and links more than 16 deep");
}
