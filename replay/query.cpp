#include "replay/query.hpp"

#include "common/strings.hpp"

#include <algorithm>
#include <vector>

namespace scout::replay {

namespace {

bool needs_escape(unsigned char c)
{
  constexpr std::string_view k_ambiguous = "%&=+# ";
  return c < 0x21 || c >= 0x7f || k_ambiguous.find(static_cast<char>(c)) != std::string_view::npos;
}

std::string canonical_encode(std::string_view text)
{
  constexpr std::string_view k_hex = "0123456789ABCDEF";
  std::string result;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (needs_escape(byte)) {
      result += '%';
      result += k_hex[byte >> 4];
      result += k_hex[byte & 0xf];
    } else {
      result += c;
    }
  }
  return result;
}

// One `name=value` part; a part without `=` stays a bare name.
std::string normalise_parameter(std::string_view part)
{
  const std::size_t equals = part.find('=');
  if (equals == std::string_view::npos) {
    return canonical_encode(percent_decode(part, true));
  }
  return canonical_encode(percent_decode(part.substr(0, equals), true)) + '='
         + canonical_encode(percent_decode(part.substr(equals + 1), true));
}

}  // namespace

std::string normalise_query(std::string_view query)
{
  if (starts_with(query, "?")) {
    query.remove_prefix(1);
  }
  std::vector<std::string> parameters;
  for (const std::string& part : split(query, '&')) {
    if (!part.empty()) {
      parameters.push_back(normalise_parameter(part));
    }
  }
  std::sort(parameters.begin(), parameters.end());
  return join(parameters, "&");
}

std::string normalise_path(std::string_view path) { return percent_decode(path, false); }

std::string route_key(std::string_view method, std::string_view path, std::string_view query)
{
  std::string key = std::string(method) + ' ' + std::string(path);
  if (!query.empty()) {
    key += '?';
    key += query;
  }
  return key;
}

}  // namespace scout::replay
