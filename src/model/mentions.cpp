#include "model/mentions.hpp"

#include "model/ids.hpp"

#include <algorithm>
#include <iterator>

namespace bizmap {

std::vector<Mention> process_mentions(std::string_view then) {
  std::vector<Mention> mentions;
  for (std::size_t open = then.find('`'); open != std::string_view::npos;) {
    std::size_t close = then.find('`', open + 1);
    if (close == std::string_view::npos) {
      break;
    }
    if (is_kebab_case_id(then.substr(open + 1, close - open - 1))) {
      mentions.push_back({open + 1, close - open - 1});
    }
    open = then.find('`', close + 1);
  }
  return mentions;
}

bool is_web_address(std::string_view url) {
  constexpr std::string_view schemes[] = {"https://", "http://", "mailto:", "tel:"};
  bool known = std::any_of(std::begin(schemes), std::end(schemes), [&](std::string_view scheme) {
    return url.starts_with(scheme) && url.size() > scheme.size();
  });
  return known && std::none_of(url.begin(), url.end(), [](char c) {
           return static_cast<unsigned char>(c) <= ' ' || c == 0x7F || c == '<' || c == '>';
         });
}

} // namespace bizmap
