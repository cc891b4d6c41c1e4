#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace scout::model {

// The three public sources scout crawls.
enum class Source { github, huggingface, arxiv };

std::string_view to_string(Source source);
// Parses "github" / "huggingface" / "arxiv"; returns false for anything else.
bool parse_source(std::string_view text, Source& source);

// A unit of crawl work: one GET of one URL, interpreted by `kind`
// (e.g. "github.user", "hf.author_models", "arxiv.query_page").
struct Task {
  std::int64_t id = 0;
  Source source = Source::github;
  std::string kind;
  std::string url;
  std::int64_t parent_id = 0;  // 0 = planned from config, else the task whose parse made it
  int attempts = 0;            // failed tries so far
};

// A task to add to the frontier; (kind, url) identifies it, so adding twice is a no-op.
struct NewTask {
  Source source = Source::github;
  std::string kind;
  std::string url;
  std::int64_t parent_id = 0;
};

}  // namespace scout::model
