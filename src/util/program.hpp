#pragma once

#include <string>
#include <vector>

namespace bizmap {

/// What a program printed and how it ended.
struct ProgramRun {
  int exit_code = -1; ///< -1: it was ended by a signal
  std::string out;
  std::string err;
};

/// Runs a program found on the PATH with these arguments, without a shell
/// (so no argument is ever read as shell syntax), with nothing on its
/// standard input, and collects what it prints. Throws UsageError when it
/// cannot be started.
ProgramRun run_program(const std::vector<std::string>& arguments);

} // namespace bizmap
