#include "ranker/day_number.hpp"

#include <cctype>
#include <chrono>
#include <cstdio>

namespace scout::ranker {

namespace {

bool digits(std::string_view text, std::size_t from, std::size_t count)
{
  for (std::size_t i = from; i < from + count; ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) {
      return false;
    }
  }
  return true;
}

int number(std::string_view text, std::size_t from, std::size_t count)
{
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

int day_number(std::string_view iso)
{
  if (iso.size() < 10 || !digits(iso, 0, 4) || iso[4] != '-' || !digits(iso, 5, 2) || iso[7] != '-'
      || !digits(iso, 8, 2)) {
    return -1;
  }
  const std::chrono::year_month_day date{std::chrono::year(number(iso, 0, 4)),
                                         std::chrono::month(static_cast<unsigned>(number(iso, 5, 2))),
                                         std::chrono::day(static_cast<unsigned>(number(iso, 8, 2)))};
  if (!date.ok()) {
    return -1;
  }
  return static_cast<int>(std::chrono::sys_days(date).time_since_epoch().count());
}

std::string day_text(int day)
{
  if (day < 0) {
    return "";
  }
  const std::chrono::year_month_day date{std::chrono::sys_days(std::chrono::days(day))};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return text;
}

}  // namespace scout::ranker
