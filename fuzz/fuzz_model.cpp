// libFuzzer target: any bytes as one model file, through every stage that
// works in memory (fuzz/every_stage.hpp). Built with -DBIZMAP_FUZZ=ON; see
// docs/limits.md and `make fuzz`.
#include "every_stage.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  bizmap::fuzzing::run_every_stage(std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
