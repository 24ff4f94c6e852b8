#include <bizmap/run.hpp>
#include <cstdlib>
#include <iostream>
#include <unistd.h>

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const char* no_color = std::getenv("NO_COLOR");
  bizmap::Terminal terminal{isatty(STDOUT_FILENO) != 0, no_color != nullptr && *no_color != '\0'};
  return bizmap::run(args, std::cin, std::cout, std::cerr, terminal);
}
