#pragma once

#include "crawler/links/link_extractor.hpp"
#include "model/records.hpp"

#include <string>
#include <string_view>

// Link evidence rows, and how much each kind says that its two ends are one person. Every
// source builds its rows here, so a row's confidence comes from one table (see README,
// "Evidence confidence").
namespace scout::crawler::links {

// Where a piece of evidence was found: the account it is credited to and the page.
struct EvidenceSource {
  std::string source;  // "github", "huggingface", "arxiv"
  std::string handle;  // "ana-ml", "paper:2305.18290"
  std::string url;     // where it was seen
};

// A row pointing at a found link: a Hugging Face account as to_source/to_handle (the store
// resolves it to an account), anything else as to_ref (`link.ref()`).
model::LinkEvidenceRecord link_evidence(const EvidenceSource& from, std::string kind, const Link& link,
                                        std::string detail);

// A row pointing at a thing named by `to_ref` ("arxiv:2305.18290", "twitter:ana", "url:...").
model::LinkEvidenceRecord ref_evidence(const EvidenceSource& from, std::string kind, std::string to_ref,
                                       std::string detail);

// The confidence, 0..1, of a row of `kind` pointing at `to_ref` (or at an account when
// `to_account` is set): 0.9 when the account's owner wrote it about themselves (their own
// profile, an authorship claim), 0.6 when it ties an account to work that may be someone
// else's (a card's code link, a paper's code link), 0.3 when it is a citation (a README or
// card naming a paper). A kind missing from the table is a programmer error.
double evidence_confidence(std::string_view kind, std::string_view to_ref, bool to_account);

}  // namespace scout::crawler::links
