#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scout::store {

// One person as `scout explain` shows them, read from the last `scout link`.

struct ReportAccount {
  std::int64_t id = 0;
  std::string source;  // github, huggingface, arxiv
  std::string handle;
  std::string kind;
  std::string display_name;
};

struct ReportEvidence {
  std::int64_t id = 0;
  std::string kind;
  std::string from;    // "github:login"
  std::string target;  // "huggingface:user" or the to_ref
  std::string detail;
  std::string source_url;
};

struct ReportLink {
  std::string a;  // "github:login"
  std::string b;
  std::string rule;
  std::string strength;
  bool name_match = false;
  bool accepted = false;
  std::string reason;
  std::string source_url;
  std::vector<ReportEvidence> evidence;
};

// An account of another person with the same normalised name: a candidate the linker did
// not accept on a name alone.
struct NameCandidate {
  std::string account;  // "arxiv:wei zhang"
  std::string display_name;
  std::int64_t person_id = 0;
};

struct PersonReport {
  std::int64_t id = 0;
  std::string display_name;
  std::vector<ReportAccount> accounts;
  std::vector<ReportLink> links;  // accepted and refused links touching the person's accounts
  std::vector<NameCandidate> name_candidates;
};

// The person holding account (source, handle); nullopt when the account is unknown or
// `scout link` has not run since it was crawled.
std::optional<std::int64_t> person_of_account(Database& db, const std::string& source, const std::string& handle);

// One line of `scout link --show-people`: a person and their accounts ("github:login").
struct PersonListing {
  std::int64_t id = 0;
  std::string display_name;
  std::vector<std::string> accounts;
};

// People with at least `min_accounts` accounts, by display name then id.
std::vector<PersonListing> list_people(Database& db, int min_accounts);

// Person `id` with their accounts, links and same-name candidates; nullopt when absent.
std::optional<PersonReport> read_person_report(Database& db, std::int64_t id);

}  // namespace scout::store
