#pragma once

#include "crawler/github/link_target.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace scout::crawler::github {

struct ReadmeLink {
  LinkTarget target;
  std::string matched;  // the text that named it: "arxiv.org/abs/2305.18290v2", "huggingface.co/org/name"
};

// arXiv papers and Hugging Face accounts, models, datasets, spaces and papers named in a
// README's text, each target once, in order of first mention. arXiv ids are read after
// "arxiv.org/abs/", "/pdf/", "/html/", "arXiv:" and DOIs "10.48550/arXiv."; a bare
// number is not taken for an id. Versions are dropped ("arxiv:2305.18290").
std::vector<ReadmeLink> find_readme_links(std::string_view text);

}  // namespace scout::crawler::github
