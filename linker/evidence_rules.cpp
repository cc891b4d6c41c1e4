#include "linker/evidence_rules.hpp"

#include "common/strings.hpp"
#include "linker/name_key.hpp"

#include <optional>
#include <utility>

namespace scout::linker {

namespace {

LinkCandidate candidate(std::int64_t from, std::int64_t to, const Evidence& evidence, bool needs_name)
{
  LinkCandidate made;
  made.a = std::min(from, to);
  made.b = std::max(from, to);
  made.rule = evidence.kind;
  made.needs_name = needs_name;
  made.evidence_ids.push_back(evidence.id);
  return made;
}

bool is_source(const AccountIndex& index, std::int64_t id, Source source)
{
  const Account* account = index.find(id);
  return account != nullptr && account->source == source;
}

// github_blog_url, readme_link: only a Hugging Face *profile* (the crawler stores a link to
// a profile with to_account set; a model is only a to_ref).
void profile_link(const Evidence& evidence, const AccountIndex& index, const SharedTargets& shared,
                  std::vector<LinkCandidate>& out)
{
  if (evidence.to == 0 || !is_source(index, evidence.from, Source::github)
      || !is_source(index, evidence.to, Source::huggingface)) {
    return;
  }
  LinkCandidate made = candidate(evidence.from, evidence.to, evidence, false);
  made.reason = shared.refusal(SharedTargets::key_of(evidence));
  out.push_back(std::move(made));
}

// "github:owner" or "github:owner/repo" -> (owner, whether a repository is named).
std::optional<std::pair<std::string, bool>> github_owner(const std::string& ref)
{
  if (!starts_with(ref, "github:") || ref.size() <= 7) {
    return std::nullopt;
  }
  const std::string path = ref.substr(7);
  const std::size_t slash = path.find('/');
  return std::make_pair(path.substr(0, slash), slash != std::string::npos);
}

// "hf:model/owner/name", "hf:dataset/owner/name", "hf:space/owner/name" -> owner.
std::optional<std::string> hf_owner(const std::string& ref)
{
  const std::vector<std::string> parts = split(ref, '/');
  if (!starts_with(ref, "hf:") || parts.size() != 3 || parts[1].empty()) {
    return std::nullopt;
  }
  return parts[1];
}

// hf_card_github (from a Hub account), and paper_code_link or hf_paper_github (from an arXiv
// author): a paper's code named in its abstract or on its Hub page is one rule, paper_code_link.
void repository_link(const Evidence& evidence, const AccountIndex& index, const SharedTargets& shared,
                     std::vector<LinkCandidate>& out)
{
  const std::optional<std::pair<std::string, bool>> owner = github_owner(evidence.to_ref);
  const std::int64_t owner_id = owner ? index.github_account(owner->first) : 0;
  if (owner_id == 0 || owner_id == evidence.from) {
    return;
  }
  const bool from_paper = evidence.kind == "paper_code_link" || evidence.kind == "hf_paper_github";
  LinkCandidate made = candidate(evidence.from, owner_id, evidence, owner->second || from_paper);
  if (from_paper) {
    made.rule = "paper_code_link";
  }
  made.reason = shared.refusal(SharedTargets::key_of(evidence));
  out.push_back(std::move(made));
}

// paper_hf_link: a paper links a model, dataset or Space; its owner must share an author's name.
void hub_repository_link(const Evidence& evidence, const AccountIndex& index, const SharedTargets& shared,
                         std::vector<LinkCandidate>& out)
{
  const std::optional<std::string> owner = hf_owner(evidence.to_ref);
  const std::int64_t owner_id = owner ? index.hf_account(*owner) : 0;
  if (owner_id == 0) {
    return;
  }
  LinkCandidate made = candidate(evidence.from, owner_id, evidence, true);
  made.reason = shared.refusal(SharedTargets::key_of(evidence));
  out.push_back(std::move(made));
}

// hf_paper_claim: the claimant is the paper's author whose printed name is the name the
// papers API gave (or, when it gave none, the claimant's own name).
void paper_claim(const Evidence& evidence, const AccountIndex& index, std::vector<LinkCandidate>& out)
{
  if (!starts_with(evidence.to_ref, "arxiv:") || !is_source(index, evidence.from, Source::huggingface)) {
    return;
  }
  const std::string claimed =
    evidence.detail.empty() ? index.name_key_of(evidence.from) : normalise_name(evidence.detail);
  for (const auto& [author, name] : index.paper_authors(std::string_view(evidence.to_ref).substr(6))) {
    if (!claimed.empty() && name == claimed) {
      LinkCandidate made = candidate(evidence.from, author, evidence, false);
      made.name_match = true;
      out.push_back(std::move(made));
    }
  }
}

}  // namespace

std::vector<LinkCandidate> evidence_candidates(const LinkInput& input, const AccountIndex& index,
                                               const SharedTargets& shared)
{
  std::vector<LinkCandidate> out;
  for (const Evidence& evidence : input.evidence) {
    const std::string& kind = evidence.kind;
    if (kind == "github_blog_url" || kind == "readme_link") {
      profile_link(evidence, index, shared, out);
    } else if (kind == "hf_card_github" || kind == "paper_code_link" || kind == "hf_paper_github") {
      repository_link(evidence, index, shared, out);
    } else if (kind == "paper_hf_link") {
      hub_repository_link(evidence, index, shared, out);
    } else if (kind == "hf_paper_claim") {
      paper_claim(evidence, index, out);
    }
  }
  return out;
}

}  // namespace scout::linker
