#pragma once

#include <string>
#include <string_view>

namespace bizmap {

/// The message of a GitHub Actions workflow command, escaped as the Actions
/// toolkit escapes it: `%`, carriage return and line feed.
std::string workflow_command_message(std::string_view text);

/// A property value of a workflow command: also `:` and `,`, which would
/// otherwise end the value.
std::string workflow_command_property(std::string_view text);

} // namespace bizmap
