# Included at the end of the top-level CMakeLists.txt when BIZMAP_FUZZ is ON
# (clang only): the libFuzzer target over load, check, outputs, graph, report.
add_executable(fuzz_model ${PROJECT_SOURCE_DIR}/fuzz/fuzz_model.cpp)
set_target_properties(fuzz_model PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
target_include_directories(fuzz_model PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(fuzz_model PRIVATE libbizmap bizmap_warnings)
target_link_options(fuzz_model PRIVATE -fsanitize=fuzzer)

# The language server's message handling: any bytes as a session's messages.
add_executable(fuzz_lsp ${PROJECT_SOURCE_DIR}/fuzz/fuzz_lsp.cpp)
set_target_properties(fuzz_lsp PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
target_include_directories(fuzz_lsp PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(fuzz_lsp PRIVATE libbizmap nlohmann_json::nlohmann_json bizmap_warnings)
target_link_options(fuzz_lsp PRIVATE -fsanitize=fuzzer)
