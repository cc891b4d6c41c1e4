#pragma once

#include <string>

namespace scout::crawler::github {

// What a link found on GitHub points at: a known account (`to_source` + `to_handle`,
// e.g. huggingface/alice) or a thing named by `to_ref` ("arxiv:2305.18290",
// "hf:model/org/name"). Exactly one of the two forms is set.
struct LinkTarget {
  std::string to_source;
  std::string to_handle;
  std::string to_ref;

  bool operator==(const LinkTarget&) const = default;
};

}  // namespace scout::crawler::github
