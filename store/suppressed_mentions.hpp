#pragma once

#include "model/records.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scout::store {

// A batch as it may be stored when it points at suppressed accounts through things they own:
// evidence whose to_ref names a suppressed owner's repository or model ("github:owner/repo",
// "hf:model/owner/name") is dropped, and papers' abstracts, comments and links (and a Hub paper
// page's githubRepo) have every mention of such an owner replaced by "[suppressed]". The owners
// found, and what evidence from a suppressed account matched (their name on a paper, their
// blog URL), are appended to `suppressed` in lower case, for the caller to keep out of the
// archived response. Records that name a suppressed account directly are left to
// RecordWriter::account(). nullopt when the batch names no suppressed owner.
std::optional<model::RecordBatch> without_suppressed_owners(Database& db, const model::RecordBatch& batch,
                                                            std::vector<std::string>& suppressed);

// The suppressed accounts a response body names outside the records parsed from it: linked
// by URL (github.com/{login}/..., huggingface.co/{user}/...) or listed as a JSON "name" or
// "fullname" that is a suppressed arXiv author. Lower case, each once, so that a page such
// as a paper's author list is archived without them.
std::vector<std::string> suppressed_url_owners(Database& db, std::string_view body);

}  // namespace scout::store
