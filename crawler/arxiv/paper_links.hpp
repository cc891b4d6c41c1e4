#pragma once

#include "model/records.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace scout::crawler {

// A code or model link written in a paper's abstract or comment.
struct PaperLink {
  std::string to_ref;  // "github:owner/repo", "hf:model/org/name", "hf:dataset/org/name", "hf:space/org/name"
  std::string kind;    // "paper_code_link" or "paper_hf_link"
  std::string url;     // as written, minus trailing punctuation and ".git"
};

// GitHub repository and Hugging Face repo URLs in `text`, in order of appearance, each
// `to_ref` once (compared ignoring case; the first spelling is kept). Links to a bare user/org page, to
// site pages (github.com/features, huggingface.co/papers/...) and to gists are left out.
std::vector<PaperLink> find_paper_links(std::string_view text);

// One evidence record per distinct link in the paper's abstract and comment:
// from arxiv "paper:<id>" to the link's `to_ref`, seen at `source_url`.
std::vector<model::LinkEvidenceRecord> paper_link_evidence(const model::ArxivPaperRecord& paper,
                                                           const std::string& source_url);

}  // namespace scout::crawler
