#pragma once

#include "crawler/github/link_target.hpp"

#include <optional>
#include <string_view>

namespace scout::crawler::github {

// What a Hugging Face page path (after "huggingface.co/", without query or fragment)
// names: "{user}" -> account huggingface/{user}; "{org}/{name}[/...]" -> "hf:model/org/name";
// "datasets/{org}/{name}" -> "hf:dataset/..."; "spaces/{org}/{name}" -> "hf:space/...";
// "papers/{arxiv id}" -> "arxiv:{id}". nullopt for site pages (docs, blog, models, ...)
// and for anything that is not a valid name.
std::optional<LinkTarget> hf_target(std::string_view path);

}  // namespace scout::crawler::github
