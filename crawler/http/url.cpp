#include "crawler/http/url.hpp"

#include "common/strings.hpp"

#include <algorithm>
#include <cctype>

namespace scout::crawler {

namespace {

std::string_view default_port(std::string_view scheme)
{
  if (scheme == "http") {
    return "80";
  }
  if (scheme == "https") {
    return "443";
  }
  return "";
}

bool is_scheme(std::string_view text)
{
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '-' || c == '.';
  });
}

// "[::1]:8080" or "example.org:8080" -> ("[::1]", "8080"); the port is empty when absent.
std::pair<std::string_view, std::string_view> split_host_port(std::string_view authority)
{
  const std::size_t search_from = authority.starts_with('[') ? authority.find(']') : 0;
  if (search_from == std::string_view::npos) {
    return {authority, {}};
  }
  const std::size_t colon = authority.find(':', search_from);
  if (colon == std::string_view::npos) {
    return {authority, {}};
  }
  return {authority.substr(0, colon), authority.substr(colon + 1)};
}

std::string normalise_host(std::string_view scheme, std::string_view authority)
{
  // User info ("user:pass@") never identifies the host and must not reach logs.
  const std::size_t at = authority.rfind('@');
  if (at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  const auto [host, port] = split_host_port(authority);
  std::string result = to_lower(host);
  if (!port.empty() && port != default_port(scheme)) {
    result += ':';
    result += port;
  }
  return result;
}

}  // namespace

std::string Url::origin() const
{
  return scheme + "://" + host;
}

std::optional<Url> parse_url(std::string_view text)
{
  text = trim(text);
  const std::size_t separator = text.find("://");
  if (separator == std::string_view::npos || !is_scheme(text.substr(0, separator))) {
    return std::nullopt;
  }
  Url url;
  url.scheme = to_lower(text.substr(0, separator));
  std::string_view rest = text.substr(separator + 3);
  rest = rest.substr(0, rest.find('#'));
  const std::size_t authority_end = std::min(rest.find_first_of("/?"), rest.size());
  url.host = normalise_host(url.scheme, rest.substr(0, authority_end));
  if (url.host.empty()) {
    return std::nullopt;
  }
  rest.remove_prefix(authority_end);
  const std::size_t question = std::min(rest.find('?'), rest.size());
  url.path = question == 0 ? "/" : std::string(rest.substr(0, question));
  if (question < rest.size()) {
    url.query = std::string(rest.substr(question + 1));
  }
  return url;
}

bool same_origin(std::string_view a, std::string_view b)
{
  const std::optional<Url> first = parse_url(a);
  const std::optional<Url> second = parse_url(b);
  return first && second && first->scheme == second->scheme && first->host == second->host;
}

std::optional<std::string> resolve_reference(std::string_view base, std::string_view reference)
{
  const std::optional<Url> from = parse_url(base);
  if (!from) {
    return std::nullopt;
  }
  reference = trim(reference);
  if (parse_url(reference)) {
    return std::string(reference);
  }
  if (reference.starts_with("//")) {
    return from->scheme + ":" + std::string(reference);
  }
  if (reference.starts_with('/')) {
    return from->origin() + std::string(reference);
  }
  if (reference.starts_with('?')) {
    return from->origin() + from->path + std::string(reference);
  }
  // A relative path replaces the last segment of the base path.
  const std::string directory = from->path.substr(0, from->path.rfind('/') + 1);
  return from->origin() + directory + std::string(reference);
}

}  // namespace scout::crawler
