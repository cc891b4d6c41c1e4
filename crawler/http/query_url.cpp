#include "crawler/http/query_url.hpp"

#include "common/strings.hpp"

#include <charconv>

namespace scout::crawler {

namespace {

// Where a parameter's value sits in the URL text.
struct ParamSpan {
  std::size_t value_begin = 0;
  std::size_t value_end = 0;
};

// The query runs from after '?' to '#' or the end.
std::optional<ParamSpan> find_param(std::string_view url, std::string_view name)
{
  const std::size_t question = url.find('?');
  if (question == std::string_view::npos) {
    return std::nullopt;
  }
  const std::size_t query_end = std::min(url.find('#', question), url.size());
  std::size_t begin = question + 1;
  while (begin <= query_end) {
    std::size_t end = url.find('&', begin);
    end = end == std::string_view::npos || end > query_end ? query_end : end;
    const std::string_view param = url.substr(begin, end - begin);
    if (param.size() > name.size() && param.substr(0, name.size()) == name && param[name.size()] == '=') {
      return ParamSpan{begin + name.size() + 1, end};
    }
    begin = end + 1;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> query_param(std::string_view url, std::string_view name)
{
  const std::optional<ParamSpan> span = find_param(url, name);
  if (!span) {
    return std::nullopt;
  }
  return std::string(url.substr(span->value_begin, span->value_end - span->value_begin));
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
  if (const std::optional<ParamSpan> span = find_param(url, name)) {
    std::string out(url.substr(0, span->value_begin));
    out += value;
    out += url.substr(span->value_end);
    return out;
  }
  // Absent: append before any fragment.
  const std::size_t hash = std::min(url.find('#'), url.size());
  const std::string_view head = url.substr(0, hash);
  std::string out(head);
  if (head.find('?') == std::string_view::npos) {
    out += '?';
  } else if (head.back() != '?' && head.back() != '&') {
    out += '&';
  }
  out += name;
  out += '=';
  out += value;
  out += url.substr(hash);
  return out;
}

std::string percent_decode(std::string_view text)
{
  return scout::percent_decode(text, true);
}

}  // namespace scout::crawler
