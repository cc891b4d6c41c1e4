#include "store/suppressed_mentions.hpp"

#include "common/strings.hpp"
#include "store/handle_mentions.hpp"
#include "store/suppressions.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

namespace scout::store {

namespace {

// (source, owner) of a repository or model reference; nullopt for anything else.
std::optional<std::pair<std::string, std::string>> owner_of(const std::string& to_ref)
{
  const std::vector<std::string> parts = split(to_ref.substr(to_ref.find(':') + 1), '/');
  if (starts_with(to_ref, "github:") && parts.size() >= 2) {
    return std::make_pair(std::string("github"), parts[0]);
  }
  if (starts_with(to_ref, "hf:") && parts.size() == 3) {
    return std::make_pair(std::string("huggingface"), parts[1]);
  }
  return std::nullopt;
}

void redact(std::string& text, const std::vector<std::string>& handles) { text = redact_mentions(text, handles); }

}  // namespace

std::optional<model::RecordBatch> without_suppressed_owners(Database& db, const model::RecordBatch& batch,
                                                            std::vector<std::string>& suppressed)
{
  std::vector<std::string> owners;
  for (const model::LinkEvidenceRecord& evidence : batch.evidence) {
    const auto owner = owner_of(evidence.to_ref);
    if (owner && std::find(owners.begin(), owners.end(), to_lower(owner->second)) == owners.end()
        && is_suppressed(db, owner->first, owner->second)) {
      owners.push_back(to_lower(owner->second));
    }
    // What evidence from a suppressed account matched (their name on a paper, their blog
    // URL) is about them too: it must not reach the archive either.
    const bool from_account = !evidence.from_handle.empty() && !starts_with(evidence.from_handle, "paper:");
    if (from_account && !evidence.detail.empty() && is_suppressed(db, evidence.from_source, evidence.from_handle)) {
      suppressed.push_back(to_lower(evidence.detail));
    }
  }
  if (owners.empty()) {
    return std::nullopt;
  }
  model::RecordBatch kept = batch;
  std::erase_if(kept.evidence, [&](const model::LinkEvidenceRecord& evidence) {
    const auto owner = owner_of(evidence.to_ref);
    return owner && std::find(owners.begin(), owners.end(), to_lower(owner->second)) != owners.end();
  });
  for (model::ArxivPaperRecord& paper : kept.arxiv_papers) {
    redact(paper.abstract, owners);
    redact(paper.comment, owners);
    for (auto& [rel, href] : paper.links) {
      redact(href, owners);
    }
  }
  for (model::HfPaperRecord& page : kept.hf_papers) {
    redact(page.github_repo, owners);  // the paper page's code link
  }
  suppressed.insert(suppressed.end(), owners.begin(), owners.end());
  return kept;
}

std::vector<std::string> suppressed_url_owners(Database& db, std::string_view body)
{
  const std::string lower = to_lower(body);
  std::vector<std::pair<std::string, std::string>> seen;
  std::vector<std::string> owners;
  for (const auto& [host, source] : {std::pair{"github.com/", "github"}, std::pair{"huggingface.co/", "huggingface"}}) {
    const std::string_view marker = host;
    for (std::size_t at = lower.find(marker); at != std::string::npos; at = lower.find(marker, at + 1)) {
      std::size_t end = at + marker.size();
      while (end < lower.size()
             && (std::isalnum(static_cast<unsigned char>(lower[end])) != 0 || lower[end] == '-' || lower[end] == '_'
                 || lower[end] == '.')) {
        ++end;
      }
      std::pair<std::string, std::string> key{source, lower.substr(at + marker.size(), end - at - marker.size())};
      if (key.second.empty() || std::find(seen.begin(), seen.end(), key) != seen.end()) {
        continue;
      }
      seen.push_back(key);
      if (is_suppressed(db, key.first, key.second)) {
        owners.push_back(key.second);
      }
    }
  }
  // Author names in JSON ("name": "...", "fullname": "...") that are suppressed arXiv authors.
  for (const std::string_view field : {std::string_view("\"name\":\""), std::string_view("\"fullname\":\"")}) {
    for (std::size_t at = lower.find(field); at != std::string::npos; at = lower.find(field, at + 1)) {
      const std::size_t start = at + field.size();
      const std::size_t end = lower.find('"', start);
      std::pair<std::string, std::string> key{"arxiv", lower.substr(start, end == std::string::npos ? 0 : end - start)};
      if (key.second.empty() || key.second.size() > 200 || std::find(seen.begin(), seen.end(), key) != seen.end()) {
        continue;
      }
      seen.push_back(key);
      if (is_suppressed(db, key.first, key.second)) {
        owners.push_back(key.second);
      }
    }
  }
  return owners;
}

}  // namespace scout::store
