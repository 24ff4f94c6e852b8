// parallel_for and parallel_for_in_order, which check, report and load spread
// their work with: what they give back must not depend on timing.
#include "util/parallel.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace bizmap;

namespace {

// Later parts sleep less, so that they finish first on several threads.
void sleep_less_for_later(std::size_t i, std::size_t count) {
  std::this_thread::sleep_for(std::chrono::milliseconds(2 * (count - i)));
}

std::string failure_of(const std::function<void()>& run) {
  try {
    run();
  } catch (const std::runtime_error& failure) {
    return failure.what();
  }
  return "none";
}

} // namespace

TEST_CASE("parallel_for calls every part once, whatever the number of threads", "[parallel]") {
  for (std::size_t threads : {1, 2, 3, 8, 100}) {
    CAPTURE(threads);
    std::vector<int> calls(20, 0);
    parallel_for(calls.size(), threads, [&](std::size_t i) { ++calls[i]; });
    CHECK(calls == std::vector<int>(20, 1));
  }
  bool called = false;
  parallel_for(0, 4, [&](std::size_t) { called = true; });
  CHECK_FALSE(called);
}

TEST_CASE("parallel_for rethrows the failure of the first part, not the first to fail",
          "[parallel]") {
  // Part 7 fails at once; part 3 sleeps, then fails: on several threads 7
  // fails first in time, yet 3's failure is the one reported, as on one.
  auto run = [](std::size_t threads) {
    return failure_of([&] {
      parallel_for(10, threads, [](std::size_t i) {
        if (i == 3) {
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
          throw std::runtime_error("part 3");
        }
        if (i == 7) {
          throw std::runtime_error("part 7");
        }
      });
    });
  };
  for (std::size_t threads : {1, 2, 4, 10}) {
    CAPTURE(threads);
    CHECK(run(threads) == "part 3");
  }
}

TEST_CASE("parallel_for_in_order takes the results in order while producing them in parallel",
          "[parallel]") {
  constexpr std::size_t count = 12;
  for (std::size_t threads : {1, 2, 4}) {
    CAPTURE(threads);
    std::vector<std::size_t> taken;
    parallel_for_in_order(
        count, threads,
        [&](std::size_t i) {
          sleep_less_for_later(i, count);
          return i * 10;
        },
        [&](std::size_t i, std::size_t result) {
          CHECK(result == i * 10);
          taken.push_back(i);
        });
    std::vector<std::size_t> in_order(count);
    for (std::size_t i = 0; i < count; ++i) {
      in_order[i] = i;
    }
    CHECK(taken == in_order);
  }
}

TEST_CASE("parallel_for_in_order stops at a failure without leaving a part waiting", "[parallel]") {
  constexpr std::size_t count = 12;
  for (std::size_t threads : {1, 2, 4}) {
    CAPTURE(threads);
    std::vector<std::size_t> taken;
    std::string failure = failure_of([&] {
      parallel_for_in_order(
          count, threads,
          [&](std::size_t i) {
            sleep_less_for_later(i, count);
            if (i == 5) {
              throw std::runtime_error("part 5");
            }
            return i;
          },
          [&](std::size_t i, std::size_t) { taken.push_back(i); });
    });
    CHECK(failure == "part 5");
    // Every part before the failure was taken, in order.
    REQUIRE(taken.size() >= 5);
    for (std::size_t i = 0; i < 5; ++i) {
      CHECK(taken[i] == i);
    }
  }
}
