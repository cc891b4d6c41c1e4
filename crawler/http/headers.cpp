#include "common/strings.hpp"
#include "crawler/http/http_types.hpp"

#include <charconv>

namespace scout::crawler {

std::optional<std::string> Headers::get(std::string_view name) const
{
  for (const auto& [item_name, value] : m_items) {
    if (iequals(item_name, name)) {
      return value;
    }
  }
  return std::nullopt;
}

std::optional<std::int64_t> Headers::get_int(std::string_view name) const
{
  const std::optional<std::string> value = get(name);
  if (!value) {
    return std::nullopt;
  }
  // The whole (trimmed) value must be a number: "12abc" is not 12.
  const std::string_view text = trim(*value);
  std::int64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
    return std::nullopt;
  }
  return number;
}

}  // namespace scout::crawler
