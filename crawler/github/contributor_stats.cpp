#include "crawler/github/contributor_stats.hpp"

#include "common/json_parse.hpp"
#include "common/strings.hpp"
#include "crawler/github/github_page.hpp"
#include "crawler/github/github_urls.hpp"

#include <rapidjson/document.h>

#include <chrono>
#include <cstdio>

namespace scout::crawler::github {

namespace {

using Value = rapidjson::Value;

std::string week_date(std::int64_t unix_seconds)
{
  const std::chrono::sys_days day =
    std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(unix_seconds)));
  const std::chrono::year_month_day date(day);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return text;
}

const Value* member(const Value& object, const char* name)
{
  const auto found = object.FindMember(name);
  return found == object.MemberEnd() ? nullptr : &found->value;
}

// The weeks with a commit date the contributions; a:/d: (lines) are not used.
std::string read_weeks(const Value& weeks, ContributorStats& stats)
{
  if (!weeks.IsArray()) {
    return "field 'weeks': expected array";
  }
  for (const Value& week : weeks.GetArray()) {
    const Value* w = week.IsObject() ? member(week, "w") : nullptr;
    const Value* c = week.IsObject() ? member(week, "c") : nullptr;
    if (w == nullptr || c == nullptr || !w->IsInt64() || !c->IsInt64()) {
      return "field 'weeks': expected objects with integer 'w' and 'c'";
    }
    if (c->GetInt64() > 0) {
      const std::string date = week_date(w->GetInt64());
      if (stats.first_week.empty() || date < stats.first_week) {
        stats.first_week = date;
      }
      if (date > stats.last_week) {
        stats.last_week = date;
      }
    }
  }
  return "";
}

// One array item; sets `keep` false for rows that are not a person (a deleted account's
// null author, a bot).
std::string read_author(const Value& item, ContributorStats& stats, bool& keep)
{
  keep = false;
  if (!item.IsObject()) {
    return "expected an object";
  }
  const Value* author = member(item, "author");
  const Value* total = member(item, "total");
  if (total == nullptr || !total->IsInt64()) {
    return "field 'total': expected integer";
  }
  if (author == nullptr || author->IsNull()) {
    return "";
  }
  const Value* login = author->IsObject() ? member(*author, "login") : nullptr;
  if (login == nullptr || !login->IsString() || login->GetStringLength() == 0) {
    return "field 'author.login': expected a non-empty string";
  }
  const Value* type = member(*author, "type");
  stats.login.assign(login->GetString(), login->GetStringLength());
  keep = !ends_with(stats.login, "[bot]")
         && !(type != nullptr && type->IsString() && type->GetString() == std::string_view("Bot"));
  stats.commits = total->GetInt64();
  const Value* weeks = member(item, "weeks");
  return weeks == nullptr ? "field 'weeks': missing" : read_weeks(*weeks, stats);
}

}  // namespace

ContributorStatsAnswer read_contributor_stats(long status, std::string_view body)
{
  ContributorStatsAnswer answer;
  if (status == 202) {
    answer.computing = true;
    return answer;
  }
  rapidjson::Document document;
  if (std::string error = parse_json(document, body); !error.empty()) {
    answer.error = "expected JSON, got " + error;
    return answer;
  }
  if (!document.IsArray()) {
    answer.error = "expected an array of contributors";
    return answer;
  }
  std::size_t index = 0;
  for (const Value& item : document.GetArray()) {
    ContributorStats stats;
    bool keep = false;
    if (std::string error = read_author(item, stats, keep); !error.empty()) {
      answer.error = "contributor " + std::to_string(index) + ": " + error;
      answer.authors.clear();
      return answer;
    }
    if (keep) {
      answer.authors.push_back(std::move(stats));
    }
    ++index;
  }
  return answer;
}

bool contributors_truncated(std::int64_t page, std::int64_t per_page, std::int64_t rows)
{
  return page >= 1 && (page - 1) * per_page + rows >= k_contributors_listed_max;
}

ParseOutput parse_repo_contributor_stats(const GithubPage& page)
{
  const std::optional<std::string> repo = repo_from_path(page.task.url);
  if (!repo) {
    return failed("cannot tell which repository these statistics are about (no /repos/{owner}/{name} path)");
  }
  ContributorStatsAnswer answer = read_contributor_stats(page.page.status, page.page.body);
  if (!answer.error.empty()) {
    return failed(answer.error);
  }
  ParseOutput output;
  if (answer.computing) {
    output.notes.push_back("GitHub is still computing the contributor statistics of " + *repo
                           + "; the next run asks again");
    return output;
  }
  for (ContributorStats& stats : answer.authors) {
    output.new_tasks.push_back(user_task(page, stats.login));
    output.records.github_contributor_stats.push_back(
      {*repo, stats.login, stats.commits, std::move(stats.first_week), std::move(stats.last_week)});
  }
  return output;
}

}  // namespace scout::crawler::github
