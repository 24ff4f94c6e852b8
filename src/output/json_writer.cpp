#include "output/json_writer.hpp"

#include "output/json_text.hpp"

#include <ostream>
#include <string>

namespace bizmap {

void JsonWriter::begin_object() {
  begin_member();
  open('{');
}

void JsonWriter::begin_object(std::string_view key) {
  begin_member();
  out_ << json_string(key) << ": ";
  open('{');
}

void JsonWriter::end_object() {
  close('}');
}

void JsonWriter::begin_array() {
  begin_member();
  open('[');
}

void JsonWriter::begin_array(std::string_view key) {
  begin_member();
  out_ << json_string(key) << ": ";
  open('[');
}

void JsonWriter::end_array() {
  close(']');
}

void JsonWriter::field(std::string_view key, std::string_view text) {
  begin_member();
  out_ << json_string(key) << ": " << json_string(text);
}

void JsonWriter::field(std::string_view key, std::uint64_t number) {
  begin_member();
  out_ << json_string(key) << ": " << number;
}

void JsonWriter::boolean_field(std::string_view key, bool value) {
  begin_member();
  out_ << json_string(key) << ": " << (value ? "true" : "false");
}

void JsonWriter::null_field(std::string_view key) {
  begin_member();
  out_ << json_string(key) << ": null";
}

void JsonWriter::element(std::string_view text) {
  begin_member();
  out_ << json_string(text);
}

void JsonWriter::begin_member() {
  if (has_members_.empty()) {
    return;
  }
  out_ << (has_members_.back() ? ",\n" : "\n") << std::string(2 * has_members_.size(), ' ');
  has_members_.back() = true;
}

void JsonWriter::open(char bracket) {
  out_ << bracket;
  has_members_.push_back(false);
}

// An empty object or array stays on one line: `[]`.
void JsonWriter::close(char bracket) {
  bool had_members = has_members_.back();
  has_members_.pop_back();
  if (had_members) {
    out_ << '\n' << std::string(2 * has_members_.size(), ' ');
  }
  out_ << bracket;
  if (has_members_.empty()) {
    out_ << '\n';
  }
}

} // namespace bizmap
