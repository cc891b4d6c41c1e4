#pragma once

#include <string>
#include <string_view>

namespace scout::ranker {

// Days since 1970-01-01 of an ISO-8601 date or timestamp ("2025-03-14", "2025-03-14T10:00:00Z");
// -1 when the text does not start with a valid YYYY-MM-DD.
int day_number(std::string_view iso);

// The inverse: "2025-03-14" for day_number("2025-03-14"); "" for a negative day.
std::string day_text(int day);

}  // namespace scout::ranker
