// Files in the encodings editors save: UTF-16 and UTF-32 with a byte-order
// mark are read, with positions in characters; anything else that is not
// UTF-8 is a finding, even when found in a folder, never a silent skip.
#include "load/encoding.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

struct Wide {
  std::string_view name;
  std::string_view mark;
  std::size_t unit;
  bool big_endian;
};

constexpr Wide wide_encodings[] = {
    {"UTF-16LE", "\xFF\xFE", 2, false},
    {"UTF-16BE", "\xFE\xFF", 2, true},
    {"UTF-32LE", std::string_view("\xFF\xFE\0\0", 4), 4, false},
    {"UTF-32BE", std::string_view("\0\0\xFE\xFF", 4), 4, true},
};

void append_unit(std::uint32_t value, const Wide& encoding, std::string& bytes) {
  for (std::size_t i = 0; i < encoding.unit; ++i) {
    std::size_t shift = 8 * (encoding.big_endian ? encoding.unit - 1 - i : i);
    bytes += static_cast<char>((value >> shift) & 0xFF);
  }
}

// Code points in the encoding, with its byte-order mark.
std::string encode(std::u32string_view text, const Wide& encoding) {
  std::string bytes(encoding.mark);
  for (char32_t code : text) {
    if (encoding.unit == 2 && code > 0xFFFF) {
      append_unit(0xD800 + ((code - 0x10000) >> 10), encoding, bytes);
      append_unit(0xDC00 + ((code - 0x10000) & 0x3FF), encoding, bytes);
    } else {
      append_unit(code, encoding, bytes);
    }
  }
  return bytes;
}

// A process whose owner is written after a name with characters beyond
// ASCII, one of them outside the Basic Multilingual Plane: an unknown key
// there shows that columns count characters.
constexpr std::u32string_view wide_model = U"bizmap: 1\n"
                                           U"roles: [{id: chef}]\n"
                                           U"systems:\n"
                                           U"  - id: kitchen\n"
                                           U"    goal: Cook\n"
                                           U"    manager: chef\n"
                                           U"    processes:\n"
                                           U"      - {id: bake, name: Café 🍞, ownr: chef}\n";

} // namespace

TEST_CASE("UTF-16 and UTF-32 files with a byte-order mark are read as UTF-8", "[encoding]") {
  for (const Wide& encoding : wide_encodings) {
    DYNAMIC_SECTION(encoding.name) {
      fs::path folder = fresh_folder(fmt::format("encoding-{}", encoding.name));
      write_text(folder / "model.yaml", encode(wide_model, encoding));
      Checked checked = check_path(folder);
      REQUIRE(checked.loaded.model.files.size() == 1);
      // 'ownr' is the 34th character of its line, and its 39th byte.
      CHECK(contains(finding_lines(checked, folder),
                     "model.yaml:8:34: warning: unknown key 'ownr' in a process; did you mean "
                     "'owner'? bizmap reads it as 'owner' [unknown-key]\n"));
      CHECK(checked.loaded.model.processes.at(0).name == "Café 🍞");
      CliResult text = bizmap_cli({"check", folder.string()});
      // The caret counts display columns: the emoji takes two.
      CHECK(contains(text.out, "    8 |       - {id: bake, name: Café 🍞, ownr: chef}\n"
                               "      |                                   ^~~~\n"));
    }
  }
}

TEST_CASE("a broken UTF-16 or UTF-32 file is a finding that names its encoding", "[encoding]") {
  std::string lone_surrogate = encode(U"bizmap: 1\n", wide_encodings[0]);
  lone_surrogate += std::string("\x00\xD8\x41\x00", 4); // a high surrogate, then 'A'
  CHECK(decode_model_text(lone_surrogate).problem ==
        "the file is UTF-16LE (it starts with that byte-order mark), but byte 22 is not: save it "
        "as UTF-8");
  std::string cut = encode(U"bizmap: 1\n", wide_encodings[3]) + std::string("\0\0", 2);
  CHECK(decode_model_text(cut).problem ==
        "the file is UTF-32BE (it starts with that byte-order mark), but it ends in the middle "
        "of a character: save it as UTF-8");
  std::string beyond_unicode = encode(U"bizmap: 1\n", wide_encodings[2]);
  beyond_unicode += std::string("\x00\x00\x11\x00", 4);
  CHECK(contains(decode_model_text(beyond_unicode).problem, "but byte 44 is not"));
  CHECK(decode_model_text("bizmap: 1\n").problem.empty());
  CHECK(decode_model_text("bizmap: 1\n").text == "bizmap: 1\n");
}

TEST_CASE("a .yaml file in a folder that is not text bizmap can read is a finding, not a skip",
          "[encoding]") {
  fs::path folder = fresh_folder("encoding-undecodable");
  write_text(folder / "model.yaml", "bizmap: 1\nbusiness: {name: Shop}\n");
  std::string utf16_without_mark;
  for (char c : std::string_view("bizmap: 1\nroles: [{id: clerk}]\n")) {
    utf16_without_mark += std::string{c, '\0'};
  }
  write_text(folder / "no-mark.yaml", utf16_without_mark);
  // Not UTF-8, and with a control character no text in another encoding has.
  write_text(folder / "binary.yaml", "name: Caf\xE9\x01\n");
  Checked checked = check_path(folder);
  CHECK(finding_lines(checked, folder) ==
        "binary.yaml:1:10: error: the file is not valid UTF-8 text, and it does not read as text "
        "in another encoding either: it is not a text file [yaml-syntax]\n"
        "no-mark.yaml:1:1: error: the file looks like UTF-16 without a byte-order mark; save it "
        "as UTF-8, or as UTF-16 with a byte-order mark [yaml-syntax]\n");
  CliResult result = bizmap_cli({"check", folder.string()});
  CHECK(result.exit_code == 1);
  // One line and two, whatever their line ends.
  CHECK(contains(result.out, "; line 1 of " + (folder / "binary.yaml").string() +
                                 " and lines 1-2 of " + (folder / "no-mark.yaml").string() +
                                 " could not be read"));
}
