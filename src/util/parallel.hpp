#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <utility>

namespace bizmap {

/// The number of threads worth starting for work that keeps every core busy.
std::size_t available_cores();

/// Calls `work(i)` once for every i in [0, count), on up to `threads` threads,
/// the calling one among them; each thread takes the next i not yet taken, so
/// the i are started in increasing order. Returns when every call has
/// returned. Once a call throws, no further i is started, and the exception of
/// the smallest i that threw is rethrown: which one surfaces does not depend
/// on timing. With one thread, or one i, no thread is started.
void parallel_for(std::size_t count, std::size_t threads,
                  const std::function<void(std::size_t)>& work);

/// The turns of parallel_for_in_order: the i take their turns in order.
class Turns {
public:
  /// The turn of one i, which ends when it is destroyed, also by an
  /// exception, so that the i after it are never left waiting.
  class Turn {
  public:
    Turn(Turns& turns, std::size_t i) : turns_(turns), i_(i) {}
    Turn(const Turn&) = delete;
    Turn& operator=(const Turn&) = delete;
    ~Turn();

    /// Waits until every i before this one has ended its turn.
    void wait();

  private:
    Turns& turns_;
    std::size_t i_;
  };

private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t next_ = 0; ///< the i whose turn it is
};

/// Calls `produce(i)` for every i in [0, count) as parallel_for does, and
/// `take(i, result)` with each result one at a time, in the order of i, on
/// the thread that produced it: what must see the results in order (reading
/// files into one model) runs in order while the rest runs on every core. At
/// most `threads` results wait to be taken.
template <typename Produce, typename Take>
void parallel_for_in_order(std::size_t count, std::size_t threads, Produce produce, Take take) {
  Turns turns;
  parallel_for(count, threads, [&](std::size_t i) {
    Turns::Turn turn(turns, i);
    auto result = produce(i);
    turn.wait();
    take(i, std::move(result));
  });
}

} // namespace bizmap
