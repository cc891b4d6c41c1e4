#include "crawler/http/rate_headers.hpp"

#include "common/strings.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <vector>

namespace scout::crawler {

namespace {

using TimePoint = std::chrono::system_clock::time_point;

std::optional<int> parse_int(std::string_view text)
{
  text = trim(text);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

// One item of a structured header such as `"fixed window";"api";q=2500;w=300`: the bare
// (quoted) names in order, and the key=value parameters.
struct HeaderItem {
  std::vector<std::string> names;
  std::vector<std::pair<std::string, std::string>> params;

  std::optional<int> int_param(std::string_view key) const
  {
    for (const auto& [name, value] : params) {
      if (name == key) {
        return parse_int(value);
      }
    }
    return std::nullopt;
  }
};

std::string unquote(std::string_view text)
{
  text = trim(text);
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
    text = text.substr(1, text.size() - 2);
  }
  return std::string(text);
}

HeaderItem read_item(std::string_view text)
{
  HeaderItem item;
  for (const std::string& part : split(text, ';')) {
    const std::size_t equals = part.find('=');
    if (equals == std::string::npos) {
      item.names.push_back(to_lower(unquote(part)));
    } else {
      item.params.emplace_back(to_lower(trim(std::string_view(part).substr(0, equals))),
                               unquote(std::string_view(part).substr(equals + 1)));
    }
  }
  return item;
}

// The comma-separated items of a header value. Names hold no commas (Hugging Face's are
// "api", "resolvers", "pages", "fixed window"), so a plain split is enough.
std::vector<HeaderItem> read_items(std::string_view value)
{
  std::vector<HeaderItem> items;
  for (const std::string& part : split(value, ',')) {
    if (!trim(part).empty()) {
      items.push_back(read_item(part));
    }
  }
  return items;
}

// The RateLimit-Policy item for `resource`: the one naming it, else a lone unnamed-resource
// item (a server with a single policy may leave its name out).
std::optional<HeaderItem> policy_for(const Headers& headers, const std::string& resource)
{
  const std::optional<std::string> value = headers.get("RateLimit-Policy");
  if (!value) {
    return std::nullopt;
  }
  const std::vector<HeaderItem> items = read_items(*value);
  for (const HeaderItem& item : items) {
    if (std::find(item.names.begin(), item.names.end(), resource) != item.names.end()) {
      return item;
    }
  }
  if (items.size() == 1) {
    return items.front();
  }
  return std::nullopt;
}

}  // namespace

std::optional<ServerBudget> github_budget(const Headers& headers, TimePoint now)
{
  const std::optional<std::int64_t> remaining = headers.get_int("X-RateLimit-Remaining");
  if (!remaining) {
    return std::nullopt;
  }
  ServerBudget budget;
  budget.remaining = static_cast<int>(std::max<std::int64_t>(0, *remaining));
  if (const std::optional<std::int64_t> limit = headers.get_int("X-RateLimit-Limit")) {
    budget.limit = static_cast<int>(*limit);
  }
  const std::optional<std::int64_t> reset = headers.get_int("X-RateLimit-Reset");
  budget.reset = reset ? TimePoint(std::chrono::seconds(*reset + 1)) : now + std::chrono::seconds(60);
  budget.resource = to_lower(trim(headers.get("X-RateLimit-Resource").value_or("")));
  return budget;
}

std::optional<ServerBudget> ietf_budget(const Headers& headers, TimePoint now)
{
  const std::optional<std::string> value = headers.get("RateLimit");
  if (!value) {
    return std::nullopt;
  }
  // Several items would be several limits on the one request; the first is the one the
  // response belongs to (Hugging Face sends one, naming the request's bucket).
  const std::vector<HeaderItem> items = read_items(*value);
  const std::optional<int> remaining = items.empty() ? std::nullopt : items.front().int_param("r");
  if (!remaining) {
    return std::nullopt;
  }
  const HeaderItem& item = items.front();
  ServerBudget budget;
  budget.remaining = std::max(0, *remaining);
  budget.resource = item.names.empty() ? "" : item.names.front();
  const std::optional<HeaderItem> policy = policy_for(headers, budget.resource);
  budget.limit = policy ? policy->int_param("q") : std::nullopt;
  // Without t= the window's length is the latest the budget can refill.
  const std::optional<int> reset_in = item.int_param("t");
  const int seconds = reset_in ? *reset_in : (policy ? policy->int_param("w").value_or(0) : 0);
  budget.reset = now + std::chrono::seconds(std::max(0, seconds));
  return budget;
}

std::optional<ServerBudget> server_budget(const Headers& headers, TimePoint now)
{
  if (std::optional<ServerBudget> budget = github_budget(headers, now)) {
    return budget;
  }
  return ietf_budget(headers, now);
}

std::optional<TimePoint> retry_after(const Headers& headers, TimePoint now)
{
  const std::optional<std::string> value = headers.get("Retry-After");
  if (!value) {
    return std::nullopt;
  }
  if (const std::optional<int> seconds = parse_int(*value)) {
    return now + std::chrono::seconds(std::max(0, *seconds));
  }
  const std::optional<TimePoint> date = parse_http_date(*value);
  if (!date) {
    return std::nullopt;
  }
  return std::max(now, *date);
}

std::optional<TimePoint> parse_http_date(std::string_view text)
{
  text = trim(text);
  if (const std::size_t comma = text.find(','); comma != std::string_view::npos) {
    text.remove_prefix(comma + 1);
  }
  const std::string copy(trim(text));
  int day = 0;
  int year = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
  std::array<char, 4> month_name{};
  if (std::sscanf(copy.c_str(), "%2d %3s %4d %2d:%2d:%2d GMT", &day, month_name.data(), &year, &hour, &minute, &second)
      != 6) {
    return std::nullopt;
  }
  const std::string_view months = "JanFebMarAprMayJunJulAugSepOctNovDec";
  const std::string_view month(month_name.data());
  const std::size_t index = months.find(month);
  if (month.size() != 3 || index == std::string_view::npos || index % 3 != 0) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(index / 3 + 1),
                                         std::chrono::day(static_cast<unsigned>(day))};
  if (!date.ok() || hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59 || second > 60) {
    return std::nullopt;
  }
  return std::chrono::sys_days(date) + std::chrono::hours(hour) + std::chrono::minutes(minute)
         + std::chrono::seconds(second);
}

}  // namespace scout::crawler
