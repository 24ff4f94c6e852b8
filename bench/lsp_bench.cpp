// bizmap-lsp-bench BIZMAP MODEL_DIR FILE [EDITS]: replays EDITS (200) edits of
// FILE, a file of the model in MODEL_DIR, through `BIZMAP lsp` over its
// standard input and output, as an editor sends them, and reports the time
// from each didChange to the publishDiagnostics of that version (p50, p95),
// the time to parse FILE alone, and the server's peak memory against that of
// `BIZMAP check MODEL_DIR`. See bench/README.md.
#include "lsp/json_rpc.hpp"
#include "lsp/text_document.hpp"
#include "yaml/tree.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <fmt/format.h>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

struct Server {
  pid_t pid = -1;
  int to = -1;
  int from = -1;
};

Server start(const std::string& bizmap) {
  int in[2];
  int out[2];
  if (pipe(in) != 0 || pipe(out) != 0) {
    throw std::runtime_error("pipe failed");
  }
  Server server;
  server.pid = fork();
  if (server.pid == 0) {
    dup2(in[0], STDIN_FILENO);
    dup2(out[1], STDOUT_FILENO);
    close(in[1]);
    close(out[0]);
    execl(bizmap.c_str(), bizmap.c_str(), "lsp", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  server.to = in[1];
  server.from = out[0];
  return server;
}

void send(const Server& server, const Json& message) {
  std::string framed = bizmap::lsp::frame(message.dump());
  for (std::size_t sent = 0; sent < framed.size();) {
    ssize_t n = write(server.to, framed.data() + sent, framed.size() - sent);
    if (n <= 0) {
      throw std::runtime_error("the server stopped reading");
    }
    sent += static_cast<std::size_t>(n);
  }
}

std::string read_file(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

// Peak resident memory of a process, in KB, from /proc.
long peak_kb(pid_t pid) {
  std::ifstream status(fmt::format("/proc/{}/status", pid));
  for (std::string line; std::getline(status, line);) {
    if (line.starts_with("VmHWM:")) {
      return std::stol(line.substr(6));
    }
  }
  return -1;
}

long check_peak_kb(const std::string& bizmap, const std::string& model) {
  pid_t pid = fork();
  if (pid == 0) {
    freopen("/dev/null", "w", stdout);
    execl(bizmap.c_str(), bizmap.c_str(), "check", model.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  return usage.ru_maxrss;
}

// Processor time of a process and all its threads, in ms, from /proc.
double cpu_ms(pid_t pid) {
  std::ifstream stat(fmt::format("/proc/{}/stat", pid));
  std::string line;
  std::getline(stat, line);
  // The fields after the command's closing parenthesis: utime and stime are
  // the 12th and 13th.
  std::istringstream fields(line.substr(line.rfind(')') + 2));
  std::string field;
  double ticks = 0;
  for (int i = 1; i <= 13 && fields >> field; ++i) {
    if (i >= 12) {
      ticks += std::stod(field);
    }
  }
  return ticks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double thread_cpu_ms() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

struct ParseTime {
  double wall_ms;
  double cpu_ms;
};

ParseTime parse_time(const std::string& text) {
  auto start = Clock::now();
  double cpu_start = thread_cpu_ms();
  bizmap::yaml::Document document = bizmap::yaml::parse(text, 0);
  return {std::chrono::duration<double, std::milli>(Clock::now() - start).count(),
          thread_cpu_ms() - cpu_start};
}

// Reads the server's messages on a thread of its own, so that the server
// never waits on a full pipe while the bench writes (a didOpen of a large
// file, sent while the server publishes the diagnostics of the files it read
// from disk), and stamps each with the time it arrived.
class Inbox {
public:
  explicit Inbox(int from) : source_(from), reader_(source_) {
    thread_ = std::thread([this] { read_all(); });
  }
  Inbox(const Inbox&) = delete;
  Inbox& operator=(const Inbox&) = delete;
  ~Inbox() { thread_.join(); }

  // The first message that `accept` takes, with the time it arrived; the
  // messages before it are dropped.
  template <typename Accept> std::pair<Json, Clock::time_point> wait_for(Accept accept) {
    std::unique_lock lock(mutex_);
    for (;;) {
      arrived_.wait(lock, [&] { return !messages_.empty() || ended_; });
      while (!messages_.empty()) {
        auto message = std::move(messages_.front());
        messages_.pop_front();
        if (accept(message.first)) {
          return message;
        }
      }
      if (ended_) {
        throw std::runtime_error("the server ended");
      }
    }
  }

private:
  void read_all() {
    while (std::optional<bizmap::lsp::Incoming> incoming = reader_.next()) {
      if (!incoming->body) {
        continue;
      }
      Json message = Json::parse(*incoming->body);
      std::lock_guard lock(mutex_);
      messages_.emplace_back(std::move(message), Clock::now());
      arrived_.notify_one();
    }
    std::lock_guard lock(mutex_);
    ended_ = true;
    arrived_.notify_one();
  }

  bizmap::lsp::FileSource source_;
  bizmap::lsp::MessageReader reader_;
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::deque<std::pair<Json, Clock::time_point>> messages_;
  bool ended_ = false;
  std::thread thread_;
};

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  std::size_t rank = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[rank];
}

// The lines of a text that hold a key, as (line, column where the value starts).
std::vector<std::pair<int, int>> values_of(const std::string& text, std::string_view key) {
  std::vector<std::pair<int, int>> places;
  std::istringstream lines(text);
  int number = 0;
  for (std::string line; std::getline(lines, line); ++number) {
    std::size_t at = line.find(key);
    if (at != std::string::npos && line.find_first_not_of(' ') == at) {
      places.emplace_back(number, static_cast<int>(at + key.size()));
    }
  }
  return places;
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: bizmap-lsp-bench BIZMAP MODEL_DIR FILE [EDITS]\n");
    return 2;
  }
  std::string bizmap = argv[1];
  std::string model = std::filesystem::absolute(argv[2]).lexically_normal().string();
  std::string file = std::filesystem::absolute(argv[3]).lexically_normal().string();
  int edits = argc > 4 ? std::stoi(argv[4]) : 200;
  std::string text = read_file(file);
  std::string uri = bizmap::lsp::uri_of(file);

  Server server = start(bizmap);
  Inbox inbox(server.from);
  auto wait_for = [&](auto accept) { return inbox.wait_for(accept).second; };
  auto published = [&](int version) {
    return [&, version](const Json& m) {
      return m.value("method", "") == "textDocument/publishDiagnostics" &&
             m["params"]["uri"] == uri && m["params"].value("version", -1) == version;
    };
  };

  send(server,
       {{"jsonrpc", "2.0"},
        {"id", 1},
        {"method", "initialize"},
        {"params", {{"rootUri", bizmap::lsp::uri_of(model)}, {"capabilities", Json::object()}}}});
  wait_for([](const Json& m) { return m.value("id", 0) == 1; });
  send(server, {{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", Json::object()}});
  send(server, {{"jsonrpc", "2.0"},
                {"method", "textDocument/didOpen"},
                {"params",
                 {{"textDocument",
                   {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}}}});
  wait_for(published(1));

  // Each edit rewrites a process's trigger; every fourth misspells an input
  // and the next puts it back, so that findings come and go as one types.
  std::vector<std::pair<int, int>> triggers = values_of(text, "trigger: ");
  std::vector<std::pair<int, int>> inputs = values_of(text, "inputs: [");
  std::vector<double> times;
  // The parse of the file alone is timed between the edits, so that both
  // meet the same load on the machine.
  std::vector<double> parses;
  std::vector<double> parse_cpu;
  double server_cpu_start = cpu_ms(server.pid);
  for (int edit = 0; edit < edits; ++edit) {
    int version = edit + 2;
    Json change;
    if (edit % 4 == 3 || edit % 4 == 0) {
      auto [line, column] = inputs[static_cast<std::size_t>(edit / 4) % inputs.size()];
      bool misspell = edit % 4 == 3;
      change = {{"range",
                 {{"start", {{"line", line}, {"character", column}}},
                  {"end", {{"line", line}, {"character", misspell ? column : column + 1}}}}},
                {"text", misspell ? "x" : ""}};
    } else {
      auto [line, column] = triggers[static_cast<std::size_t>(edit) % triggers.size()];
      change = {{"range",
                 {{"start", {{"line", line}, {"character", column}}},
                  {"end", {{"line", line}, {"character", column}}}}},
                {"text", fmt::format("Edit {} - ", edit)}};
    }
    auto start = Clock::now();
    send(server, {{"jsonrpc", "2.0"},
                  {"method", "textDocument/didChange"},
                  {"params",
                   {{"textDocument", {{"uri", uri}, {"version", version}}},
                    {"contentChanges", Json::array({change})}}}});
    Clock::time_point arrived = wait_for(published(version));
    times.push_back(std::chrono::duration<double, std::milli>(arrived - start).count());
    if (edit % 10 == 0) {
      ParseTime parse = parse_time(text);
      parses.push_back(parse.wall_ms);
      parse_cpu.push_back(parse.cpu_ms);
    }
  }
  double server_cpu = (cpu_ms(server.pid) - server_cpu_start) / edits;
  long server_kb = peak_kb(server.pid);
  send(server, {{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}});
  wait_for([](const Json& m) { return m.value("id", 0) == 2; });
  send(server, {{"jsonrpc", "2.0"}, {"method", "exit"}});
  int status = 0;
  waitpid(server.pid, &status, 0);

  double parse = percentile(parses, 0.5);
  long check_kb = check_peak_kb(bizmap, model);
  double p50 = percentile(times, 0.50);
  double p95 = percentile(times, 0.95);
  std::printf("edits                               %d of %s\n", edits, file.c_str());
  std::printf("didChange -> publishDiagnostics     p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", p50,
              p95, *std::max_element(times.begin(), times.end()));
  std::printf("parse of the edited file alone      %.1f ms (median of %zu, between the edits)\n",
              parse, parses.size());
  std::printf("p95 target: parse + 15 ms           %.1f ms  %s\n", parse + 15,
              p95 <= parse + 15 ? "MET" : "NOT MET");
  // Processor time does not wait for other programs: on a shared machine it
  // is the steadier measure of what an edit costs besides its parse.
  std::printf("processor time per edit             server %.1f ms, parse alone %.1f ms, "
              "difference %.1f ms  %s\n",
              server_cpu, percentile(parse_cpu, 0.5), server_cpu - percentile(parse_cpu, 0.5),
              server_cpu <= percentile(parse_cpu, 0.5) + 15 ? "within 15 ms" : "above 15 ms");
  std::printf("peak memory: lsp %ld KB, check %ld KB, ratio %.2f  target <= 3  %s\n", server_kb,
              check_kb, static_cast<double>(server_kb) / static_cast<double>(check_kb),
              server_kb <= 3 * check_kb ? "MET" : "NOT MET");
  std::printf("server exit code                    %d\n",
              WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  return 0;
}
