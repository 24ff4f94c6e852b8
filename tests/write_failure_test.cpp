// Writing output that fails: a full disk, a folder that cannot be written, a
// target that cannot be replaced. `check -o`, `graph -o` and `report -o` then
// exit with 2 and one sentence naming the path, leave an existing target byte
// for byte as it was and leave no temporary file or folder beside it. Also:
// the modes of what they write, and writes interrupted by signals.
//
// The failures are made so that they also fail for root, which ignores
// permissions: RLIMIT_FSIZE in a forked child stands for a full disk, and a
// regular file in the place of a folder for an unwritable folder.
#include "support.hpp"
#include "util/atomic_file.hpp"

#include <catch2/catch.hpp>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fmt/format.h>
#include <iostream>
#include <map>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace bizmap;
using namespace bizmap::testing;

namespace {

// Every entry below a folder, hidden ones included, with its text (files),
// "<folder>" (folders) and permission bits: two snapshots are equal only if
// nothing was changed, added or left behind.
std::map<std::string, std::string> snapshot(const fs::path& folder) {
  std::map<std::string, std::string> entries;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    std::string text = entry.is_directory() ? "<folder>" : read_text(entry.path());
    auto mode = static_cast<unsigned>(entry.status().permissions());
    entries[entry.path().lexically_relative(folder).generic_string()] =
        fmt::format("{:o} {}", mode, text);
  }
  return entries;
}

unsigned mode_of(const fs::path& path) {
  return static_cast<unsigned>(fs::status(path).permissions());
}

// The folder of one test: the broken sales model and nothing else.
fs::path model_folder(std::string_view name) {
  fs::path folder = fresh_folder(fmt::format("write-failure-{}", name));
  write_text(folder / "sales.yaml", broken_sales_model);
  return folder;
}

std::string model_in(const fs::path& folder) {
  return (folder / "sales.yaml").string();
}

// Sets the umask for the lifetime of one test and restores it after.
class Umask {
public:
  explicit Umask(mode_t mask) : old_(::umask(mask)) {}
  Umask(const Umask&) = delete;
  Umask& operator=(const Umask&) = delete;
  ~Umask() { ::umask(old_); }

private:
  mode_t old_;
};

// Everything a descriptor gives until its end, going on after interrupted
// reads; every `pause_every` reads it sleeps for 20 ms first (0: never).
std::string read_all(int descriptor, int pause_every = 0) {
  std::string received;
  char buffer[4096];
  for (int reads = 0;; ++reads) {
    if (pause_every > 0 && reads % pause_every == 0) {
      ::usleep(20000);
    }
    ssize_t n = ::read(descriptor, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return received;
    }
    received.append(buffer, static_cast<std::size_t>(n));
  }
}

// Runs `bizmap ARGS...` in a forked child in which no file can grow beyond
// `limit` bytes: with SIGXFSZ ignored, write() fails with EFBIG there, as it
// fails with ENOSPC on a full disk. The parent's limits stay as they are.
CliResult bizmap_cli_on_full_disk(const std::vector<std::string>& args, rlim_t limit) {
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  int pipe_ends[2];
  REQUIRE(::pipe(pipe_ends) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::close(pipe_ends[0]);
    int code = 100;
    std::string out;
    std::string err;
    rlimit small{limit, limit};
    if (std::signal(SIGXFSZ, SIG_IGN) != SIG_ERR && ::setrlimit(RLIMIT_FSIZE, &small) == 0) {
      try {
        CliResult result = bizmap_cli(args);
        code = result.exit_code;
        out = std::move(result.out);
        err = std::move(result.err);
      } catch (...) {
        code = 101;
      }
    }
    write_all(pipe_ends[1], fmt::format("{}\n{}{}", out.size(), out, err));
    ::_exit(code);
  }
  ::close(pipe_ends[1]);
  std::string received = read_all(pipe_ends[0]);
  ::close(pipe_ends[0]);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  REQUIRE(WIFEXITED(status));
  int code = WEXITSTATUS(status);
  INFO("exit code of the child: " << code << " (100: no limit set, 101: an exception)");
  REQUIRE(code < 100);
  std::size_t newline = received.find('\n');
  REQUIRE(newline != std::string::npos);
  std::size_t out_size = std::stoul(received.substr(0, newline));
  return {code, received.substr(newline + 1, out_size), received.substr(newline + 1 + out_size)};
}

// An output file's name: graph picks its language from the extension.
std::string output_name(std::string_view command, std::string_view stem = "out") {
  return fmt::format("{}.{}", stem, command == "graph" ? "mmd" : "txt");
}

std::string cannot_write(const std::string& path, std::string_view reason) {
  return fmt::format("bizmap: error: cannot write '{}': {}\n", path, reason);
}

// Runs a command that must fail to write its output: exit code 2, nothing on
// standard output, exactly `error` on standard error, and every entry of the
// folder as it was, with no temporary file or folder left beside the target.
template <class Run>
void expect_failed_write(const fs::path& folder, Run run, const std::string& error) {
  std::map<std::string, std::string> before = snapshot(folder);
  CliResult result = run();
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err == error);
  CHECK(snapshot(folder) == before);
}

// The same on a disk that holds no more than `limit` bytes per file.
void expect_full_disk_failure(const fs::path& folder, const std::vector<std::string>& args,
                              rlim_t limit, const std::string& target) {
  expect_failed_write(
      folder, [&] { return bizmap_cli_on_full_disk(args, limit); },
      cannot_write(target, "File too large"));
}

// A regular file takes the place of a folder: nothing can be created below
// it, not even by root.
fs::path file_in_the_way(const fs::path& folder) {
  fs::path file = folder / "not-a-folder";
  write_text(file, "a file, not a folder\n");
  return file;
}

// chmod 555 blocks writing into a folder, except for root (CAP_DAC_OVERRIDE).
bool locked_against_writing(const fs::path& folder) {
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read |
                              fs::perms::others_exec);
  return ::access(folder.c_str(), W_OK) != 0;
}

} // namespace

TEST_CASE("a full disk leaves an earlier check -o and graph -o output as it was",
          "[write-failure]") {
  fs::path folder = model_folder("full-disk-file");
  std::string model = model_in(folder);
  auto command = GENERATE(as<std::vector<std::string>>{}, std::vector<std::string>{"check"},
                          std::vector<std::string>{"check", "--format", "sarif"},
                          std::vector<std::string>{"graph"},
                          std::vector<std::string>{"graph", "--format", "dot"});
  CAPTURE(command);
  std::string target = (folder / output_name(command[0])).string();
  std::vector<std::string> args = command;
  args.insert(args.end(), {"-o", target, model});

  SECTION("an existing target") {
    write_text(target, "the earlier output\n");
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    expect_full_disk_failure(folder, args, 16, target);
  }
  SECTION("no target yet") {
    expect_full_disk_failure(folder, args, 16, target);
  }
  SECTION("with room on the disk, the same run writes the file") {
    CliResult result = bizmap_cli_on_full_disk(args, RLIM_INFINITY);
    CHECK(result.exit_code == (command[0] == "check" ? 1 : 0));
    CHECK(result.err.empty());
    CHECK(fs::file_size(target) > 16);
  }
}

TEST_CASE("a full disk leaves an earlier report folder as it was", "[write-failure]") {
  fs::path folder = model_folder("full-disk-report");
  std::string model = model_in(folder);
  std::string target = (folder / "report").string();
  bool single_file = GENERATE(false, true);
  std::vector<std::string> args{"report", model, "-o", target};
  if (single_file) {
    args.emplace_back("--single-file");
  }
  CAPTURE(single_file);

  SECTION("an existing report, of the model before a change") {
    REQUIRE(bizmap_cli({"report", model, "-o", target}).exit_code == 0);
    write_text(model, std::string(broken_sales_model) +
                          "      - id: close-sale\n        owner: founder\n"
                          "        inputs: [client-brief-draft]\n");
    expect_full_disk_failure(folder, args, 64, target);
  }
  SECTION("no report yet") {
    expect_full_disk_failure(folder, args, 64, target);
  }
  SECTION("with room on the disk, the same run writes the report") {
    CliResult result = bizmap_cli_on_full_disk(args, RLIM_INFINITY);
    CHECK(result.exit_code == 0);
    CHECK(fs::exists(fs::path(target) / "README.md"));
  }
}

TEST_CASE("check -o and graph -o into a folder that cannot be written exit 2 naming the path",
          "[write-failure]") {
  fs::path folder = model_folder("unwritable-file");
  std::string model = model_in(folder);
  std::string command = GENERATE("check", "graph");
  CAPTURE(command);

  SECTION("a regular file where the folder should be") {
    std::string target = (file_in_the_way(folder) / output_name(command)).string();
    expect_failed_write(
        folder,
        [&] {
          return bizmap_cli({command, "-o", target, model});
        },
        cannot_write(target, "Not a directory"));
  }
  SECTION("a folder that does not exist") {
    std::string target = (folder / "missing" / output_name(command)).string();
    expect_failed_write(
        folder,
        [&] {
          return bizmap_cli({command, "-o", target, model});
        },
        cannot_write(target, "No such file or directory"));
  }
  SECTION("a folder without write permission") {
    fs::path locked = folder / "locked";
    std::string target = (locked / output_name(command)).string();
    write_text(target, "the earlier output\n");
    if (!locked_against_writing(locked)) {
      WARN("skipped: running as root (or with CAP_DAC_OVERRIDE), chmod 555 does not block "
           "writing into a folder; the cases above cover an unwritable folder");
      fs::permissions(locked, fs::perms::owner_all);
      return;
    }
    expect_failed_write(
        folder,
        [&] {
          return bizmap_cli({command, "-o", target, model});
        },
        cannot_write(target, "Permission denied"));
    fs::permissions(locked, fs::perms::owner_all);
  }
}

TEST_CASE("report -o into a folder that cannot be written exit 2 naming the path",
          "[write-failure]") {
  fs::path folder = model_folder("unwritable-report");
  std::string model = model_in(folder);

  SECTION("a regular file where the parent folder should be") {
    fs::path file = file_in_the_way(folder);
    std::string target = (file / "report").string();
    expect_failed_write(
        folder,
        [&] {
          return bizmap_cli({"report", model, "-o", target});
        },
        fmt::format("bizmap: error: cannot write '{}': '{}' is not a folder\n", target,
                    file.string()));
  }
  SECTION("a parent folder that does not exist") {
    std::string target = (folder / "missing" / "report").string();
    expect_failed_write(
        folder,
        [&] {
          return bizmap_cli({"report", model, "-o", target});
        },
        cannot_write(target, "its parent folder does not exist"));
  }
  SECTION("a parent folder without write permission") {
    fs::path locked = folder / "locked";
    std::string target = (locked / "report").string();
    fs::create_directories(locked);
    REQUIRE(bizmap_cli({"report", model, "-o", target}).exit_code == 0);
    if (!locked_against_writing(locked)) {
      WARN("skipped: running as root (or with CAP_DAC_OVERRIDE), chmod 555 does not block "
           "writing into a folder; the cases above cover an unwritable folder");
      fs::permissions(locked, fs::perms::owner_all);
      return;
    }
    expect_failed_write(
        folder,
        [&] {
          return bizmap_cli({"report", model, "-o", target});
        },
        cannot_write(target, "Permission denied"));
    fs::permissions(locked, fs::perms::owner_all);
  }
}

TEST_CASE("check -o and graph -o naming a folder fail at the rename and leave no temporary",
          "[write-failure]") {
  fs::path folder = model_folder("rename-fails");
  std::string model = model_in(folder);
  std::string command = GENERATE("check", "graph");
  CAPTURE(command);
  fs::path target = folder / output_name(command);
  write_text(target / "kept.txt", "kept\n");
  expect_failed_write(
      folder,
      [&] {
        return bizmap_cli({command, "-o", target.string(), model});
      },
      cannot_write(target.string(), "Is a directory"));
}

TEST_CASE("files written with -o get the mode of a new file under the umask", "[write-failure]") {
  fs::path folder = model_folder("modes");
  std::string model = model_in(folder);
  fs::path target = folder / "out.json";
  std::vector<std::string> args{"check", "--format", "json", "-o", target.string(), model};

  SECTION("umask 022: 644") {
    Umask mask(022);
    REQUIRE(bizmap_cli(args).exit_code == 1);
    CHECK(fmt::format("{:o}", mode_of(target)) == "644");
  }
  SECTION("umask 027: 640") {
    Umask mask(027);
    REQUIRE(bizmap_cli(args).exit_code == 1);
    CHECK(fmt::format("{:o}", mode_of(target)) == "640");
  }
  SECTION("a replaced file keeps its mode") {
    Umask mask(022);
    write_text(target, "the earlier output\n");
    fs::permissions(target,
                    fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
    REQUIRE(bizmap_cli(args).exit_code == 1);
    CHECK(fmt::format("{:o}", mode_of(target)) == "604");
    CHECK(contains(read_text(target), "\"unproduced-input\""));
  }
  SECTION("graph -o too") {
    Umask mask(022);
    target = folder / "out.mmd";
    REQUIRE(bizmap_cli({"graph", "-o", target.string(), model}).exit_code == 0);
    CHECK(fmt::format("{:o}", mode_of(target)) == "644");
  }
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) {
    ++entries;
  }
  CHECK(entries == 2); // the model and the output: no temporary file
}

TEST_CASE("report folders and pages get the modes of new ones under the umask", "[write-failure]") {
  fs::path folder = model_folder("report-modes");
  std::string model = model_in(folder);
  fs::path target = folder / "report";

  SECTION("umask 022: folders 755, pages 644") {
    Umask mask(022);
    REQUIRE(bizmap_cli({"report", model, "-o", target.string()}).exit_code == 0);
    CHECK(fmt::format("{:o}", mode_of(target)) == "755");
    CHECK(fmt::format("{:o}", mode_of(target / "README.md")) == "644");
  }
  SECTION("umask 027: folders 750, pages 640") {
    Umask mask(027);
    REQUIRE(bizmap_cli({"report", model, "-o", target.string()}).exit_code == 0);
    CHECK(fmt::format("{:o}", mode_of(target)) == "750");
    CHECK(fmt::format("{:o}", mode_of(target / "README.md")) == "640");
  }
  SECTION("a replaced report folder keeps its mode") {
    Umask mask(022);
    REQUIRE(bizmap_cli({"report", model, "-o", target.string()}).exit_code == 0);
    fs::permissions(target, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec);
    REQUIRE(bizmap_cli({"report", model, "-o", target.string()}).exit_code == 0);
    CHECK(fmt::format("{:o}", mode_of(target)) == "750");
  }
}

namespace {

volatile std::sig_atomic_t interruptions = 0;

extern "C" void count_interruption(int) {
  interruptions = interruptions + 1;
}

} // namespace

TEST_CASE("writes interrupted by signals go on until everything is written", "[write-failure]") {
  // A child reads a pipe in bursts with pauses of 20 ms while a timer
  // interrupts the parent's writes every millisecond (no SA_RESTART): a write
  // that blocks on the full pipe writes part of the text, or fails with EINTR
  // when it wrote nothing yet.
  constexpr std::size_t size = 1 << 20;
  std::string text(size, 'x');
  for (std::size_t i = 0; i < size; i += 997) {
    text[i] = static_cast<char>('a' + i % 26);
  }
  std::fflush(nullptr);
  int pipe_ends[2];
  REQUIRE(::pipe(pipe_ends) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::close(pipe_ends[1]);
    // Bursts of 16 reads with pauses of 20 ms, so the parent's writes block.
    std::string received = read_all(pipe_ends[0], 16);
    ::_exit(received == text ? 0 : 1);
  }
  ::close(pipe_ends[0]);

  struct sigaction action {};
  action.sa_handler = count_interruption;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0; // no SA_RESTART
  struct sigaction old_action {};
  REQUIRE(::sigaction(SIGALRM, &action, &old_action) == 0);
  itimerval every_millisecond{{0, 1000}, {0, 1000}};
  REQUIRE(::setitimer(ITIMER_REAL, &every_millisecond, nullptr) == 0);

  int error = write_all(pipe_ends[1], text);

  itimerval stop{};
  ::setitimer(ITIMER_REAL, &stop, nullptr);
  ::sigaction(SIGALRM, &old_action, nullptr);
  ::close(pipe_ends[1]);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  CHECK(error == 0);
  CHECK(interruptions > 0);
  REQUIRE(WIFEXITED(status));
  int child_read_everything_in_order = WEXITSTATUS(status) == 0;
  CHECK(child_read_everything_in_order);
}
