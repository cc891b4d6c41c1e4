#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace scout::store {

// An account to erase, as people name it: source and handle (as crawled or as stored).
struct ErasureTarget {
  std::string source;
  std::string handle;
};

// What an erasure removed: rows per table (cascades included) and archived bodies.
struct ErasureReport {
  std::map<std::string, std::int64_t> rows_by_table;
  std::int64_t raw_responses = 0;
  std::int64_t suppressed = 0;
};

// The accounts of the person holding (source, handle) after the last `scout link`, or just
// that account when it is unlinked; the account itself when it is not in the database.
std::vector<ErasureTarget> person_accounts_of(Database& db, const ErasureTarget& account);

// The accounts of person `person_id`; empty when there is no such person.
std::vector<ErasureTarget> accounts_of_person(Database& db, std::int64_t person_id);

// Erases `targets` in one transaction: adds each to the suppression list (a salted hash),
// deletes their accounts and everything that cascades from them (profiles, evidence,
// contributions, authorships, people, scores, links), the repositories and models they own,
// then every row of every table whose text mentions one of the handles as a word (task URLs,
// HTTP-cache entries, READMEs linking them), and every archived response whose URL or
// decompressed body mentions one. Nothing readable about them is left.
ErasureReport erase_accounts(Database& db, const std::vector<ErasureTarget>& targets, std::int64_t now_ms);

}  // namespace scout::store
