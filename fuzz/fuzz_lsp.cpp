// libFuzzer target: any bytes as the messages of a language server session
// (fuzz/lsp_session.hpp). Built with -DBIZMAP_FUZZ=ON; `make fuzz-lsp`.
#include "lsp_session.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  bizmap::fuzzing::run_lsp_session(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
