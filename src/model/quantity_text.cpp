#include "model/quantity_text.hpp"

#include "model/enum_names.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fmt/format.h>

namespace bizmap {

std::string number_text(double number) {
  if (number == std::floor(number) && std::abs(number) < 1e15) {
    return fmt::format("{}", static_cast<long long>(number));
  }
  return fmt::format("{:g}", number);
}

std::string duration_text(const Duration& duration) {
  return fmt::format("{}{}", duration.amount, duration.unit);
}

std::string volume_text(const Volume& volume) {
  if (volume.per == Volume::Per::round) {
    return number_text(volume.amount);
  }
  return fmt::format("{}/{}", number_text(volume.amount),
                     name_of<Volume::Per>(volume.per, volume_period_names));
}

std::string one_of_text(const Process& process, const InputChoice& choice) {
  std::string text = "one of: ";
  for (std::size_t i = 0; i < choice.count; ++i) {
    text += (i == 0 ? "" : " | ") + process.inputs[choice.first + i].id;
  }
  if (!choice.shares.empty()) {
    text += " (";
    for (std::size_t i = 0; i < choice.shares.size(); ++i) {
      text += fmt::format("{}{}", i == 0 ? "" : "/", choice.shares[i]);
    }
    text += ")";
  }
  return text;
}

std::optional<double> parse_number(std::string_view text) {
  if (text.empty() || text.size() > 12 ||
      text.find_first_not_of("0123456789.") != std::string_view::npos ||
      std::count(text.begin(), text.end(), '.') > 1 || text.front() == '.' || text.back() == '.') {
    return std::nullopt;
  }
  double number = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return number;
}

std::optional<Volume> parse_volume(std::string_view text) {
  std::size_t slash = text.find('/');
  std::optional<double> amount = parse_number(text.substr(0, slash));
  if (!amount || *amount <= 0 || *amount > 1000000) {
    return std::nullopt;
  }
  if (slash == std::string_view::npos) {
    return *amount == std::floor(*amount) ? std::optional(Volume{*amount, Volume::Per::round, {}})
                                          : std::nullopt;
  }
  std::optional<Volume::Per> per =
      value_named<Volume::Per>(text.substr(slash + 1), volume_period_names);
  return per ? std::optional(Volume{*amount, *per, {}}) : std::nullopt;
}

} // namespace bizmap
