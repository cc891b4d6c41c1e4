#include "crawler/http/url.hpp"

#include "common/strings.hpp"
#include "crawler/http/curl_url.hpp"

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

}  // namespace

std::string Url::origin() const { return scheme + "://" + host; }

std::optional<Url> parse_url(std::string_view text)
{
  // libcurl's parser, the one that will send the request: what it refuses is no URL here
  // either. Any scheme is parsed; user info and the fragment are left out of Url.
  const std::string trimmed(trim(text));
  // libcurl 7.88 reads "https:///path" as host "path"; an empty authority is no host.
  const std::size_t separator = trimmed.find("://");
  if (separator == std::string::npos || trimmed.compare(separator + 3, 1, "/") == 0) {
    return std::nullopt;
  }
  const CurlUrl parsed = parse_curl_url(trimmed);
  if (!parsed) {
    return std::nullopt;
  }
  Url url;
  url.scheme = to_lower(curl_url_part(parsed.get(), CURLUPART_SCHEME).value_or(""));
  url.host = to_lower(curl_url_part(parsed.get(), CURLUPART_HOST).value_or(""));
  if (url.scheme.empty() || url.host.empty()) {
    return std::nullopt;
  }
  const std::string port = curl_url_part(parsed.get(), CURLUPART_PORT).value_or("");
  if (!port.empty() && port != default_port(url.scheme)) {
    url.host += ":" + port;
  }
  url.path = curl_url_part(parsed.get(), CURLUPART_PATH).value_or("/");
  url.query = curl_url_part(parsed.get(), CURLUPART_QUERY).value_or("");
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
