#pragma once

#include "crawler/task_parser.hpp"

namespace scout::crawler {

// The source-agnostic parser: checks that a JSON or XML body is well formed and follows
// `Link: <...>; rel="next"` to the next page as a task of the same kind. Source adapters
// build on it; the engine's tests and benchmark use it alone.
class PageFollower : public TaskParser {
public:
  ParseOutput parse(const model::Task& task, const FetchedPage& page) const override;
};

// Empty when `body` is well-formed JSON, else "malformed JSON at byte N: <reason>".
std::string json_syntax_error(std::string_view body);

// True when the Content-Type names JSON (application/json, application/vnd.github+json, ...).
bool is_json_content_type(std::string_view content_type);

}  // namespace scout::crawler
