#include "model/quantity_text.hpp"

#include "model/enum_names.hpp"

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

std::string choice_text(const Process& process, const InputChoice& choice) {
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

} // namespace bizmap
