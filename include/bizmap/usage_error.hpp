#pragma once

#include <stdexcept>

namespace bizmap {

/// A problem with how bizmap was called (exit code 2), not with the model: a
/// path that does not exist, a file that cannot be written, an option that
/// makes no sense. Every stage may throw it, so it sits below them all.
class UsageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

} // namespace bizmap
