#pragma once

#include <cstdint>
#include <iosfwd>
#include <string_view>
#include <vector>

namespace bizmap {

/// Writes indented JSON, placing the commas and line breaks between members.
class JsonWriter {
public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  void begin_object();
  void begin_object(std::string_view key);
  void end_object();
  void begin_array();
  void begin_array(std::string_view key);
  void end_array();

  /// A member whose value is a string.
  void field(std::string_view key, std::string_view text);
  /// A member whose value is a number.
  void field(std::string_view key, std::uint64_t number);
  /// A member whose value is true or false.
  void boolean_field(std::string_view key, bool value);
  /// A member whose value is null.
  void null_field(std::string_view key);
  /// A string element of an array.
  void element(std::string_view text);

private:
  void begin_member();
  void open(char bracket);
  void close(char bracket);

  std::ostream& out_;
  std::vector<bool> has_members_; ///< per open object or array
};

} // namespace bizmap
