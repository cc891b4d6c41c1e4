#pragma once

#include "crawler/task_parser.hpp"

#include <string>

namespace scout::crawler {

struct HfParserOptions {
  std::string api_url;   // "https://huggingface.co" or "http://127.0.0.1:PORT", no trailing slash
  bool datasets = true;  // follow an author's overview with their datasets listing
  bool spaces = true;    // ... and their Spaces listing
};

// Parses Hugging Face Hub pages by task kind (see hf_task_kinds.hpp): model lists, model
// details, model cards (Markdown), user/org overviews and papers. Follow-up URLs are built
// on `api_url`. A 404/410 means "absent": empty output, except that a missing user is
// retried as an organisation. Any other kind, or a body of the wrong shape, is an error
// with no records and no tasks. Stateless and const: safe on many threads.
class HfParser : public TaskParser {
public:
  explicit HfParser(HfParserOptions options);
  ParseOutput parse(const model::Task& task, const FetchedPage& page) const override;

private:
  HfParserOptions m_options;
};

}  // namespace scout::crawler
