#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace scout::store {

// What `scout export` reads of one ranking run, in bulk (one query per table, joined in
// memory by person id). E-mail addresses are never read.

struct RankedAccount {
  std::string source;        // github, huggingface, arxiv
  std::string handle;        // login, user or org name, author name
  std::string kind;          // user, org, bot, author
  std::string display_name;  // as the source prints it (an arXiv author's name with its accents)
  std::string first_seen_at;
};

struct RankedSignal {
  std::string signal;
  double value = 0;
  double weight = 0;
  double contribution = 0;
  std::string explanation;
};

struct RankedEvidence {
  std::string signal;
  std::string description;
  std::string url;
};

struct RankedPerson {
  std::int64_t person_id = 0;
  double total = 0;
  int rank = 0;
  std::string specialisation;                     // primary; empty when the person scored nothing
  std::map<std::string, double> specialisations;  // key -> score
  std::string name;
  std::string location;       // first non-empty GitHub profile location
  std::string first_seen_at;  // earliest first_seen_at of the person's accounts
  std::vector<RankedAccount> accounts;
  std::vector<RankedSignal> signals;     // of the primary specialisation, as stored
  std::vector<RankedEvidence> evidence;  // best first per signal
};

struct RankedRun {
  std::int64_t id = 0;
  std::string created_at;
  std::string as_of;
  std::string weights_hash;
  std::vector<RankedPerson> people;  // by rank
};

// Every linked account's person: "github:login" (the handle as stored, see
// normalise_handle) -> person id. For labels files that name accounts.
std::map<std::string, std::int64_t> read_person_of_accounts(Database& db);

// The ranking run `run_id` (0: the latest). Throws scout::Error when there is none, naming
// what to run first, or when `run_id` does not exist.
RankedRun read_ranked_run(Database& db, std::int64_t run_id);

}  // namespace scout::store
