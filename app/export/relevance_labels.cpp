#include "app/export/relevance_labels.hpp"

#include "common/error.hpp"
#include "common/strings.hpp"
#include "store/record_writer.hpp"
#include "store/shortlist_reader.hpp"

#include <charconv>

namespace scout::app {

namespace {

std::optional<std::int64_t> number(std::string_view text)
{
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() ? std::optional(value) : std::nullopt;
}

// "github:Ana" -> the stored key "github:ana"; "person:7" or "7" -> 7.
std::optional<std::int64_t> person_named(std::string_view who, const std::map<std::string, std::int64_t>& people)
{
  if (const std::optional<std::int64_t> id = number(starts_with(who, "person:") ? who.substr(7) : who)) {
    return id;
  }
  const std::size_t colon = who.find(':');
  if (colon == std::string_view::npos) {
    return std::nullopt;
  }
  std::string source = to_lower(who.substr(0, colon));
  source = source == "hf" ? "huggingface" : source;
  const std::string handle = store::normalise_handle(source, std::string(trim(who.substr(colon + 1))));
  const auto found = people.find(source + ":" + handle);
  return found == people.end() ? std::nullopt : std::optional(found->second);
}

}  // namespace

RelevanceLabels read_relevance_labels(const std::string& path, store::Database& db)
{
  const std::map<std::string, std::int64_t> people = store::read_person_of_accounts(db);
  RelevanceLabels labels;
  int line_number = 0;
  bool header_possible = true;  // the header may follow comment lines, but nothing else
  for (const std::string& line : split(read_file(path), '\n')) {
    ++line_number;
    const std::string_view content = trim(line);
    if (content.empty() || content.front() == '#') {
      continue;
    }
    const bool is_header = header_possible && starts_with(to_lower(content), "who,");
    header_possible = false;
    if (is_header) {
      continue;
    }
    const std::size_t comma = content.rfind(',');
    const std::optional<std::int64_t> relevance =
      comma == std::string_view::npos ? std::nullopt : number(trim(content.substr(comma + 1)));
    if (!relevance || *relevance < 0 || *relevance > 3) {
      throw ConfigError(path + ":" + std::to_string(line_number)
                        + ": expected `who,relevance` with relevance 0 to 3, got \"" + std::string(content) + "\"");
    }
    const std::string_view who = trim(content.substr(0, comma));
    if (const std::optional<std::int64_t> person = person_named(who, people)) {
      labels.by_person[*person] = static_cast<int>(*relevance);
    } else {
      labels.unknown.emplace_back(who);
    }
  }
  return labels;
}

}  // namespace scout::app
