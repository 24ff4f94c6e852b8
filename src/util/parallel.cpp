#include "util/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace bizmap {
namespace {

// The first failure by i, whatever the order in which the threads met them.
class FirstFailure {
public:
  void record(std::size_t i, std::exception_ptr failure) {
    std::lock_guard lock(mutex_);
    if (!failure_ || i < at_) {
      at_ = i;
      failure_ = std::move(failure);
    }
    failed_ = true;
  }

  bool failed() const { return failed_; }

  void rethrow() const {
    if (failure_) {
      std::rethrow_exception(failure_);
    }
  }

private:
  std::mutex mutex_;
  std::atomic<bool> failed_{false};
  std::size_t at_ = 0;
  std::exception_ptr failure_;
};

} // namespace

std::size_t available_cores() {
  return std::max(1U, std::thread::hardware_concurrency());
}

void parallel_for(std::size_t count, std::size_t threads,
                  const std::function<void(std::size_t)>& work) {
  std::atomic<std::size_t> next{0};
  FirstFailure failure;
  auto run = [&] {
    for (std::size_t i = next++; i < count && !failure.failed(); i = next++) {
      try {
        work(i);
      } catch (...) {
        failure.record(i, std::current_exception());
      }
    }
  };
  {
    std::vector<std::jthread> helpers;
    for (std::size_t t = 1; t < std::min(threads, count); ++t) {
      helpers.emplace_back(run);
    }
    run();
  }
  failure.rethrow();
}

void Turns::Turn::wait() {
  std::unique_lock lock(turns_.mutex_);
  turns_.changed_.wait(lock, [&] { return turns_.next_ == i_; });
}

Turns::Turn::~Turn() {
  wait();
  {
    std::lock_guard lock(turns_.mutex_);
    turns_.next_ = i_ + 1;
  }
  turns_.changed_.notify_all();
}

} // namespace bizmap
