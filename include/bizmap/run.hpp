#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace bizmap {

/// What the process knows about where its output goes.
struct Terminal {
  bool stdout_is_terminal = false;
  bool no_color = false; ///< the NO_COLOR environment variable is set
};

/// Runs the command line `args` (without the program name) and returns the
/// exit code: 0 success, 1 findings at or above the failing severity, 2 usage
/// error. A model given as `-` is read from `in`.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err, const Terminal& terminal = {});

/// The same with nothing to read on standard input.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
        const Terminal& terminal = {});

} // namespace bizmap
