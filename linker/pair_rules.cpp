// The two rules that need two pieces of evidence at once (declared in evidence_rules.hpp).
#include "common/strings.hpp"
#include "linker/evidence_rules.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace scout::linker {

namespace {

LinkCandidate pair_candidate(const Evidence& first, const Evidence& second, std::string rule, bool needs_name)
{
  LinkCandidate made;
  made.a = std::min(first.from, second.from);
  made.b = std::max(first.from, second.from);
  made.rule = std::move(rule);
  made.needs_name = needs_name;
  made.evidence_ids = {std::min(first.id, second.id), std::max(first.id, second.id)};
  return made;
}

Source source_of(const AccountIndex& index, std::int64_t id)
{
  const Account* account = index.find(id);
  return account == nullptr ? Source::arxiv : account->source;
}

// Per paper: the GitHub README citations and the Hugging Face tag or card citations.
struct PaperCitations {
  std::vector<const Evidence*> github;
  std::vector<const Evidence*> hub;
};

std::map<std::string, PaperCitations> citations_by_paper(const LinkInput& input, const AccountIndex& index)
{
  std::map<std::string, PaperCitations> papers;
  for (const Evidence& evidence : input.evidence) {
    if (!starts_with(evidence.to_ref, "arxiv:")) {
      continue;
    }
    const Source from = source_of(index, evidence.from);
    if (evidence.kind == "readme_link" && from == Source::github) {
      papers[evidence.to_ref].github.push_back(&evidence);
    } else if ((evidence.kind == "hf_arxiv_tag" || evidence.kind == "hf_card_arxiv") && from == Source::huggingface) {
      papers[evidence.to_ref].hub.push_back(&evidence);
    }
  }
  return papers;
}

void shared_paper(const LinkInput& input, const AccountIndex& index, const SharedTargets& shared,
                  std::vector<LinkCandidate>& out)
{
  for (const auto& [paper, cited] : citations_by_paper(input, index)) {
    const std::string refusal = shared.refusal(to_lower(paper));
    for (const Evidence* github : cited.github) {
      for (const Evidence* hub : cited.hub) {
        // Only same-name pairs become candidates: any other pair is no evidence at all.
        if (index.same_name(github->from, hub->from)) {
          LinkCandidate made = pair_candidate(*github, *hub, "shared_paper", true);
          made.reason = refusal;
          out.push_back(std::move(made));
        }
      }
    }
  }
}

// GitHub accounts grouped by (website, X handle); each group's members are linked in turn.
void same_site_and_x(const LinkInput& input, const AccountIndex& index, std::vector<LinkCandidate>& out)
{
  std::map<std::int64_t, std::vector<const Evidence*>> sites;
  std::map<std::int64_t, std::vector<const Evidence*>> handles;
  for (const Evidence& evidence : input.evidence) {
    if (source_of(index, evidence.from) != Source::github) {
      continue;
    }
    if (evidence.kind == "github_blog_url" && starts_with(evidence.to_ref, "url:")) {
      sites[evidence.from].push_back(&evidence);
    } else if (evidence.kind == "github_twitter" && starts_with(evidence.to_ref, "twitter:")) {
      handles[evidence.from].push_back(&evidence);
    }
  }
  std::map<std::pair<std::string, std::string>, std::vector<std::pair<const Evidence*, const Evidence*>>> groups;
  for (const auto& [account, site_rows] : sites) {
    const auto handle_rows = handles.find(account);
    if (handle_rows == handles.end()) {
      continue;
    }
    for (const Evidence* site : site_rows) {
      for (const Evidence* handle : handle_rows->second) {
        groups[{to_lower(site->to_ref), handle->to_ref}].emplace_back(site, handle);
      }
    }
  }
  for (const auto& [key, members] : groups) {
    for (std::size_t i = 1; i < members.size(); ++i) {
      LinkCandidate made = pair_candidate(*members[0].first, *members[i].first, "github_site_and_x", false);
      made.evidence_ids = {members[0].first->id, members[0].second->id, members[i].first->id, members[i].second->id};
      std::sort(made.evidence_ids.begin(), made.evidence_ids.end());
      out.push_back(std::move(made));
    }
  }
}

}  // namespace

std::vector<LinkCandidate> pair_candidates(const LinkInput& input, const AccountIndex& index,
                                           const SharedTargets& shared)
{
  std::vector<LinkCandidate> out;
  shared_paper(input, index, shared, out);
  same_site_and_x(input, index, out);
  return out;
}

}  // namespace scout::linker
