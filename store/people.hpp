#pragma once

#include "linker/identity_model.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace scout::store {

// What the linker reads: every account with its display name, all link evidence, arXiv
// authorships and per-repository contributor counts. Overrides are not read here (they
// live in a file; app/ resolves them to account ids with find_account).
linker::LinkInput read_link_input(Database& db);

// The account id of (source, handle), `handle` as crawled or as stored; nullopt when absent.
std::optional<std::int64_t> find_account(Database& db, const std::string& source, const std::string& handle);

// Replaces people, person_accounts and identity_links with `result`. People no longer
// present are deleted first (with their scores), in a transaction of their own; then the
// rest is rewritten in one transaction. People whose id survives are updated in place
// (their scores stay). A crash between the two leaves some accounts without a person
// until the next `scout link`, never a dangling row.
void write_people(Database& db, const linker::LinkResult& result, std::int64_t now_ms);

}  // namespace scout::store
