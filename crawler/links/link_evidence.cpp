#include "crawler/links/link_evidence.hpp"

#include "common/strings.hpp"

#include <cassert>
#include <utility>

namespace scout::crawler::links {

namespace {

// What a row points at, as far as confidence cares.
enum class Points { any, account, repository, paper };

constexpr double k_strong = 0.9;  // the account's owner said it about themselves
constexpr double k_medium = 0.6;  // ties the account to work that may be someone else's
constexpr double k_weak = 0.3;    // a citation: naming a paper is not writing it

struct KindRow {
  std::string_view kind;
  Points points;
  double confidence;
};

// The one table of evidence kinds (README, "Evidence confidence", explains each row). The
// first row whose kind and target match wins.
constexpr KindRow k_kinds[] = {
  {"github_blog_url", Points::any, k_strong},        // the blog field of the account's own profile
  {"github_twitter", Points::any, k_strong},         // the X handle of the account's own profile
  {"hf_paper_claim", Points::any, k_strong},         // the Hub user claimed authorship on the paper's page
  {"readme_link", Points::account, k_strong},        // the README of an own repository names a Hub profile
  {"readme_link", Points::repository, k_medium},     // ... a model, dataset or Space: theirs, or one they use
  {"readme_link", Points::paper, k_weak},            // ... a paper: usually one it builds on
  {"hf_card_github", Points::account, k_strong},     // a model card names a GitHub profile
  {"hf_card_github", Points::repository, k_medium},  // ... a repository: the author's, or the upstream code
  {"hf_card_arxiv", Points::any, k_weak},            // a card citing a paper, often the method it implements
  {"hf_arxiv_tag", Points::any, k_weak},             // the Hub derives arxiv: tags from the card's arXiv links
  {"paper_code_link", Points::any, k_medium},        // a paper's code link: the authors', or a baseline
  {"paper_hf_link", Points::any, k_medium},          // a paper's model, dataset or Space link: likewise
  {"hf_paper_github", Points::any, k_medium},        // a paper's Hub page names its code: the authors', or a port

  // What identity needs (issue 12): the user's own profile, repositories and Hub bio.
  {"github_social_account", Points::any, k_strong},        // an account listed on the user's own GitHub profile
  {"github_repo_homepage", Points::account, k_strong},     // an own repository's website is a Hub profile
  {"github_repo_homepage", Points::repository, k_medium},  // ... a Hub model, dataset or Space: theirs, or a demo
  {"github_repo_homepage", Points::paper, k_medium},       // ... a paper: the project's own paper, usually
  {"hf_profile_details", Points::account, k_strong},       // a Hub bio names a GitHub profile
  {"hf_profile_details", Points::repository, k_medium},    // ... a repository, model, dataset or Space
  {"hf_profile_details", Points::paper, k_medium},         // ... a paper: often their own, not proven
};

Points points_at(std::string_view to_ref, bool to_account)
{
  if (to_account) {
    return Points::account;
  }
  if (starts_with(to_ref, "arxiv:")) {
    return Points::paper;
  }
  // "github:owner" names an account, "github:owner/repo" a repository; "hf:" refs are repositories.
  if (starts_with(to_ref, "github:") && to_ref.find('/') == std::string_view::npos) {
    return Points::account;
  }
  return starts_with(to_ref, "github:") || starts_with(to_ref, "hf:") ? Points::repository : Points::any;
}

model::LinkEvidenceRecord base_record(const EvidenceSource& from, std::string kind, std::string detail)
{
  model::LinkEvidenceRecord record;
  record.from_source = from.source;
  record.from_handle = from.handle;
  record.kind = std::move(kind);
  record.detail = std::move(detail);
  record.source_url = from.url;
  return record;
}

}  // namespace

double evidence_confidence(std::string_view kind, std::string_view to_ref, bool to_account)
{
  const Points points = points_at(to_ref, to_account);
  for (const KindRow& row : k_kinds) {
    if (row.kind == kind && (row.points == Points::any || row.points == points)) {
      return row.confidence;
    }
  }
  assert(false && "an evidence kind or target missing from k_kinds");
  return k_medium;
}

model::LinkEvidenceRecord link_evidence(const EvidenceSource& from, std::string kind, const Link& link,
                                        std::string detail)
{
  if (link.target == Target::hf_account) {
    model::LinkEvidenceRecord record = base_record(from, std::move(kind), std::move(detail));
    record.to_source = "huggingface";
    record.to_handle = link.name;
    record.confidence = evidence_confidence(record.kind, "", true);
    return record;
  }
  return ref_evidence(from, std::move(kind), link.ref(), std::move(detail));
}

model::LinkEvidenceRecord ref_evidence(const EvidenceSource& from, std::string kind, std::string to_ref,
                                       std::string detail)
{
  model::LinkEvidenceRecord record = base_record(from, std::move(kind), std::move(detail));
  record.to_ref = std::move(to_ref);
  record.confidence = evidence_confidence(record.kind, record.to_ref, false);
  return record;
}

}  // namespace scout::crawler::links
