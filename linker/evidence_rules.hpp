#pragma once

#include "linker/account_index.hpp"
#include "linker/identity_model.hpp"
#include "linker/shared_targets.hpp"

#include <vector>

namespace scout::linker {

// Candidates read off single evidence rows, one rule per kind of evidence:
//   github_blog_url, readme_link  a GitHub profile's blog or README links a Hugging Face profile
//   hf_card_github                a model card links a GitHub profile, or a repository (then the
//                                 owner's name must match)
//   hf_paper_claim                the papers API names a Hub user as an author: links them to the
//                                 arXiv author of that name on that paper
//   paper_code_link, paper_hf_link  a paper's abstract or comment (or, for code, its Hub page:
//                                 evidence kind hf_paper_github) links a repository or model whose
//                                 owner's name matches one of its authors
// Candidates are not judged yet (see judge_candidate), except that links through shared
// targets carry their refusal.
std::vector<LinkCandidate> evidence_candidates(const LinkInput& input, const AccountIndex& index,
                                               const SharedTargets& shared);

// Candidates from two pieces of evidence together:
//   shared_paper       the same arXiv paper in a GitHub README and in a Hugging Face model's
//                      arxiv: tag or card, with matching names
//   github_site_and_x  two GitHub profiles with the same website and the same X handle
std::vector<LinkCandidate> pair_candidates(const LinkInput& input, const AccountIndex& index,
                                           const SharedTargets& shared);

}  // namespace scout::linker
