#include "crawler/page_follower.hpp"

#include "common/json_parse.hpp"
#include "common/strings.hpp"
#include "crawler/http/link_header.hpp"

#include <rapidjson/document.h>

namespace scout::crawler {

std::string json_syntax_error(std::string_view body)
{
  rapidjson::Document document;
  return parse_json(document, body);
}

bool is_json_content_type(std::string_view content_type)
{
  const std::string lower = to_lower(content_type);
  return lower.find("json") != std::string::npos;
}

ParseOutput PageFollower::parse(const model::Task& task, const FetchedPage& page) const
{
  ParseOutput output;
  if (page.status == 404 || page.status == 410) {
    return output;  // absent: nothing to follow
  }
  const std::string content_type = page.headers ? page.headers->get("Content-Type").value_or("") : "";
  if (is_json_content_type(content_type)) {
    const std::string error = json_syntax_error(page.body);
    if (!error.empty()) {
      output.error = page.url + ": " + error;
      return output;
    }
  }
  if (page.headers != nullptr) {
    NextPage next = next_page(*page.headers, page.url);
    if (!next.error.empty()) {
      output.error = page.url + ": " + next.error;
    } else if (next.url) {
      output.new_tasks.push_back(
        model::NewTask{task.source, task.kind, std::move(*next.url), task.id, model::next_page_of(task.subject)});
    }
  }
  return output;
}

}  // namespace scout::crawler
