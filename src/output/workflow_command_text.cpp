#include "output/workflow_command_text.hpp"

namespace bizmap {
namespace {

// `%` is escaped first of all in the toolkit, so an escape never escapes itself.
std::string escape(std::string_view text, bool property) {
  std::string escaped;
  for (char c : text) {
    switch (c) {
    case '%':
      escaped += "%25";
      break;
    case '\r':
      escaped += "%0D";
      break;
    case '\n':
      escaped += "%0A";
      break;
    case ':':
      escaped += property ? "%3A" : ":";
      break;
    case ',':
      escaped += property ? "%2C" : ",";
      break;
    default:
      escaped += c;
    }
  }
  return escaped;
}

} // namespace

std::string workflow_command_message(std::string_view text) {
  return escape(text, false);
}

std::string workflow_command_property(std::string_view text) {
  return escape(text, true);
}

} // namespace bizmap
