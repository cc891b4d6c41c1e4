#include "crawler/http/query_url.hpp"

#include "common/strings.hpp"
#include "crawler/http/curl_url.hpp"

#include <charconv>
#include <vector>

namespace scout::crawler {

namespace {

std::string raw_query(CURLU* url) { return curl_url_part(url, CURLUPART_QUERY).value_or(""); }

// The parameter's name, decoded: "a%5Fb=1" is parameter "a_b".
std::string name_of(std::string_view pair) { return percent_decode(pair.substr(0, pair.find('='))); }

// Percent-encodes what may not stand as itself in a query value: everything except
// unreserved characters and the sub-delimiters that carry no meaning to form decoding.
std::string encode_value(std::string_view value) { return percent_encode(value, "/:@!$'()*,;"); }

}  // namespace

std::optional<std::string> query_param(std::string_view url, std::string_view name)
{
  const CurlUrl parsed = parse_curl_url(url);
  if (!parsed) {
    return std::nullopt;
  }
  const std::string query = raw_query(parsed.get());
  for (const std::string& pair : split(query, '&')) {
    if (!pair.empty() && name_of(pair) == name) {
      const std::size_t equals = pair.find('=');
      return equals == std::string::npos ? "" : percent_decode(std::string_view(pair).substr(equals + 1));
    }
  }
  return std::nullopt;
}

std::optional<long long> query_int(std::string_view url, std::string_view name)
{
  const std::optional<std::string> text = query_param(url, name);
  if (!text || text->empty()) {
    return std::nullopt;
  }
  long long value = 0;
  const char* end = text->data() + text->size();
  const auto [ptr, ec] = std::from_chars(text->data(), end, value);
  if (ec != std::errc() || ptr != end || value < 0) {
    return std::nullopt;
  }
  return value;
}

std::string with_query_param(std::string_view url, std::string_view name, std::string_view value)
{
  const CurlUrl parsed = parse_curl_url(url);
  if (!parsed) {
    return std::string(url);
  }
  const std::string assignment = std::string(name) + "=" + encode_value(value);
  std::string query;
  bool replaced = false;
  for (const std::string& pair : split(raw_query(parsed.get()), '&')) {
    if (pair.empty()) {
      continue;
    }
    const bool match = !replaced && name_of(pair) == name;
    query += (query.empty() ? "" : "&") + (match ? assignment : pair);
    replaced = replaced || match;
  }
  if (!replaced) {
    query += (query.empty() ? "" : "&") + assignment;
  }
  // The query goes back as text, not through curl_url_set: libcurl 7.88 lower-cases the
  // escapes of a query it is given (%3A -> %3a), and every other byte must stay as it was.
  const std::optional<std::string> fragment = curl_url_part(parsed.get(), CURLUPART_FRAGMENT);
  if (curl_url_set(parsed.get(), CURLUPART_QUERY, nullptr, 0) != CURLUE_OK
      || curl_url_set(parsed.get(), CURLUPART_FRAGMENT, nullptr, 0) != CURLUE_OK) {
    return std::string(url);
  }
  const std::optional<std::string> base = curl_url_part(parsed.get(), CURLUPART_URL);
  if (!base) {
    return std::string(url);
  }
  return *base + "?" + query + (fragment ? "#" + *fragment : "");
}

std::string percent_decode(std::string_view text) { return scout::percent_decode(text, true); }

}  // namespace scout::crawler
