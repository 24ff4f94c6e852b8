#pragma once

#include "support.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bizmap::testing {

/// The outcome of running an external tool: its exit code and what it printed.
struct ToolRun {
  int exit_code = -1;
  std::string output;
};

/// Runs a shell command, capturing its standard output and error.
ToolRun run_tool(const std::string& command);

/// The text as one word for the shell, in single quotes.
std::string shell_quoted(std::string_view text);

/// Why the npm tools (markdownlint-cli2, mmdc with Debian's Chromium) cannot
/// run here, or empty when they can.
std::string missing_npm_tools();

/// Why Graphviz's `dot` cannot run here, or empty when it can.
std::string missing_graphviz();

/// markdownlint-cli2 over every Markdown file below `folder`, with the
/// report configuration.
ToolRun markdownlint(const fs::path& folder);

/// Renders every Mermaid block of a Markdown file with mmdc; the SVGs go
/// beside `output`.
ToolRun render_mermaid(const fs::path& markdown, const fs::path& output);

/// Every relative link in the Markdown files below `folder` whose file or
/// heading anchor (GitHub-style) does not exist, one a line. Links to web
/// addresses (`https:`, `mailto:`, `tel:`) are not followed.
std::string broken_links(const fs::path& folder);
/// The same for the given Markdown files; links to web addresses are not
/// followed.
std::string broken_links(const std::vector<fs::path>& files);

/// The number of relative links checked by broken_links.
std::size_t count_links(const fs::path& folder);

/// The Mermaid code blocks of a Markdown file, each with its fence.
std::vector<std::string> mermaid_blocks(const std::string& markdown);

} // namespace bizmap::testing
