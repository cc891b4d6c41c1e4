#pragma once

#include <string_view>

namespace scout::crawler {

// The one list, for every source, of first path segments on github.com and huggingface.co
// that are the site's own pages rather than an account: "github.com/explore/foo" and
// "huggingface.co/docs/hub" name no repository or model, wherever the link was found (an
// arXiv abstract, a model card, a README). Case-insensitive.
bool is_github_site_page(std::string_view first_segment);
bool is_hf_site_page(std::string_view first_segment);

}  // namespace scout::crawler
