#include "replay/headers.hpp"

#include "common/strings.hpp"

#include <algorithm>

namespace scout::replay {

const std::string* find_header(const Headers& headers, std::string_view name)
{
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) {
      return &value;
    }
  }
  return nullptr;
}

void set_header(Headers& headers, std::string_view name, std::string value)
{
  remove_header(headers, name);
  headers.emplace_back(std::string(name), std::move(value));
}

void set_header_if_absent(Headers& headers, std::string_view name, std::string value)
{
  if (find_header(headers, name) == nullptr) {
    headers.emplace_back(std::string(name), std::move(value));
  }
}

void remove_header(Headers& headers, std::string_view name)
{
  std::erase_if(headers, [name](const auto& field) { return iequals(field.first, name); });
}

}  // namespace scout::replay
