#include "crawler/arxiv/paper_links.hpp"

#include "common/strings.hpp"
#include "crawler/links/link_evidence.hpp"
#include "crawler/links/link_extractor.hpp"

#include <algorithm>

namespace scout::crawler {

namespace {

// The evidence kind a paper's link gives, or "" when papers keep no evidence of it.
std::string_view paper_kind(const links::Link& link)
{
  switch (link.target) {
  case links::Target::github_repo: return "paper_code_link";
  case links::Target::hf_model:
  case links::Target::hf_dataset:
  case links::Target::hf_space: return link.owner().empty() ? "" : "paper_hf_link";
  default: return "";
  }
}

}  // namespace

std::vector<model::LinkEvidenceRecord> paper_link_evidence(const model::ArxivPaperRecord& paper,
                                                           const std::string& source_url)
{
  std::vector<links::Link> found = links::find_links(paper.abstract);
  for (links::Link& link : links::find_links(paper.comment)) {
    const auto same = [&](const links::Link& known) { return iequals(known.ref(), link.ref()); };
    if (std::none_of(found.begin(), found.end(), same)) {
      found.push_back(std::move(link));
    }
  }
  const links::EvidenceSource from{"arxiv", "paper:" + paper.id, source_url};
  std::vector<model::LinkEvidenceRecord> evidence;
  for (const links::Link& link : found) {
    if (const std::string_view kind = paper_kind(link); !kind.empty()) {
      evidence.push_back(links::link_evidence(from, std::string(kind), link, link.matched));
    }
  }
  return evidence;
}

}  // namespace scout::crawler
