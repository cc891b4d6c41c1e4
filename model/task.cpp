#include "model/task.hpp"

namespace scout::model {

std::string_view to_string(Source source)
{
  switch (source) {
  case Source::github: return "github";
  case Source::huggingface: return "huggingface";
  case Source::arxiv: return "arxiv";
  }
  return "github";
}

bool parse_source(std::string_view text, Source& source)
{
  for (Source candidate : {Source::github, Source::huggingface, Source::arxiv}) {
    if (to_string(candidate) == text) {
      source = candidate;
      return true;
    }
  }
  return false;
}

}  // namespace scout::model
