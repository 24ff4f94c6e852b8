#pragma once

// A language server session made of arbitrary bytes, shared by the libFuzzer
// target fuzz/fuzz_lsp and the regression tests: the server is initialized
// (without a root folder, so nothing is read from disk) with a model open,
// then gets each line of the input as one message, then the whole input
// through the JSON-RPC framing. Whatever the bytes, it must answer without
// crashing or hanging.
#include "lsp/json_rpc.hpp"
#include "lsp/server.hpp"

#include <string>
#include <string_view>

namespace bizmap::fuzzing {

inline constexpr std::string_view lsp_model = R"(bizmap: 1
roles: [{id: founder}]
data: [{id: lead}, {id: brief}]
external: {inputs: [lead]}
systems:
  - id: sales
    manager: founder
    processes:
      - id: qualify
        owner: founder
        inputs: [lead]
        outputs: [brief]
        steps: [Call, {do: Write the brief, outputs: [brief]}]
)";

inline void run_lsp_session(std::string_view input) {
  lsp::Server server([](const std::string&) {});
  server.handle(R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}})");
  server.handle(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
  std::string open = R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":)"
                     R"({"uri":"file:///fuzz/model.yaml","languageId":"yaml","version":1,"text":")";
  for (char c : lsp_model) {
    open += c == '\n' ? std::string("\\n") : std::string(1, c);
  }
  open += R"("}}})";
  server.handle(open);
  server.idle();
  std::size_t start = 0;
  while (start <= input.size() && !server.exited()) {
    std::size_t end = input.find('\n', start);
    std::string_view line = input.substr(start, end == std::string_view::npos ? end : end - start);
    server.handle(line);
    server.idle();
    start = end == std::string_view::npos ? input.size() + 1 : end + 1;
  }
  lsp::TextSource source{std::string(input)};
  lsp::serve(source, [](const std::string&) {});
}

} // namespace bizmap::fuzzing
