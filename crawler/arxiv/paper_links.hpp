#pragma once

#include "model/records.hpp"

#include <string>
#include <vector>

namespace scout::crawler {

// One evidence record per distinct code or model link (see crawler/links) in the paper's
// abstract and comment, from arxiv "paper:<id>", seen at `source_url`: a GitHub repository
// is a "paper_code_link", a Hugging Face model, dataset or Space with an owner a
// "paper_hf_link" (its rule credits the owner, so an ownerless dataset is left out; so are
// accounts and other papers). `detail` is the link as written from the host on.
std::vector<model::LinkEvidenceRecord> paper_link_evidence(const model::ArxivPaperRecord& paper,
                                                           const std::string& source_url);

}  // namespace scout::crawler
