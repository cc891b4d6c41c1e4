// github.user_search: GET /search/users?q=...&per_page=100 and its next pages.
#include "crawler/github/github_page.hpp"
#include "crawler/github/github_records.hpp"
#include "crawler/github/github_urls.hpp"
#include "crawler/json_fields.hpp"

namespace scout::crawler::github {

namespace {

// Search answers at most 1,000 results per query (docs.github.com/rest/search/search).
constexpr std::int64_t k_search_result_cap = 1000;

bool is_first_page(const std::string& url)
{
  const std::optional<std::string> page = query_param(url, "page");
  return !page || *page == "1";
}

void add_notes(const GithubPage& page, std::int64_t total_count, bool incomplete, ParseOutput& output)
{
  const std::string query = query_param(page.task.url, "q").value_or("");
  if (total_count > k_search_result_cap && is_first_page(page.task.url)) {
    output.notes.push_back("GitHub user search '" + query + "' matched " + std::to_string(total_count)
                           + " users; the API returns at most 1,000");
  }
  if (incomplete) {
    output.notes.push_back("GitHub user search '" + query + "': incomplete_results on " + page.task.url
                           + " (the search timed out; some matches are missing)");
  }
}

// A github.user task for each person among the items.
void follow_users(const GithubPage& page, const rapidjson::Value& items, ParseOutput& output, std::string& error)
{
  std::size_t index = 0;
  for (const rapidjson::Value& item : items.GetArray()) {
    const model::GithubUserRecord user = read_short_user(JsonFields(item, error, "item " + std::to_string(index++)));
    // Organizations match user searches too; only people are followed.
    if (error.empty() && user.type == "User" && !is_bot(user)) {
      output.new_tasks.push_back(user_task(page, user.login));
    }
  }
}

}  // namespace

ParseOutput parse_user_search(const GithubPage& page)
{
  std::string error;
  const JsonFields fields(page.body, error);
  const std::int64_t total_count = fields.integer("total_count");
  const bool incomplete = fields.optional_bool("incomplete_results").value_or(false);
  const rapidjson::Value* items = fields.array("items");
  ParseOutput output;
  if (items != nullptr) {
    follow_users(page, *items, output, error);
  }
  if (!error.empty()) {
    return failed(error);
  }
  add_notes(page, total_count, incomplete, output);
  const NextPage next = next_page_url(page.page);
  if (!next.error.empty()) {
    return failed(next.error);
  }
  if (next.url) {
    output.new_tasks.push_back(next_page_task(page, *next.url));
  }
  return output;
}

}  // namespace scout::crawler::github
