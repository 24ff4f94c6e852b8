#include "report/value_streams.hpp"

#include "model/handoffs.hpp"

namespace bizmap {
namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

// Marks each system a chain passes through, and the systems above it, once.
void mark_systems(const Model& model, const Trace& chain, std::size_t stream, ValueStreams& streams,
                  std::vector<std::size_t>& last_marked) {
  for (const TracedProcess& traced : chain.processes) {
    for (std::optional<std::size_t> s = model.processes[traced.process].system;
         s && last_marked[*s] != stream; s = model.systems[*s].parent) {
      last_marked[*s] = stream;
      streams.through_system[*s].push_back(stream);
    }
  }
}

} // namespace

ValueStreams find_value_streams(const Model& model, const Handoffs& handoffs,
                                const FlowAnalysis& flow) {
  ValueStreams streams;
  streams.through_system.resize(model.systems.size());
  std::vector<std::size_t> last_marked(model.systems.size(), none);
  TraceOptions options{false, value_stream_chain_limit};
  for (const Ref* data : flow.deliveries()) {
    ValueStream stream{data, std::nullopt, flow.slowest_producer(data->id)};
    if (stream.last) {
      stream.chain = trace_flow(model, handoffs, flow, {ElementKind::data, data->id, 0},
                                std::nullopt, options);
      if (stream.chain) {
        mark_systems(model, *stream.chain, streams.streams.size(), streams, last_marked);
      } else {
        ++streams.too_long;
      }
    }
    streams.streams.push_back(std::move(stream));
  }
  return streams;
}

} // namespace bizmap
