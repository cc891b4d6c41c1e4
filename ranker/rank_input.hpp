#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace scout::ranker {

// What the ranker reads: the crawled tables as plain rows, read in one bulk pass by
// store/ranking_inputs. Days are days since 1970-01-01 (UTC); -1 when unknown.

enum class Source : std::uint8_t { github, huggingface, arxiv };
inline constexpr int k_source_count = 3;

struct Account {
  std::int64_t id = 0;
  std::int64_t person_id = 0;
  Source source = Source::github;
  std::string handle;
  std::string kind;  // user, org, bot, author
};

struct Repo {
  std::string full_name;              // "owner/name"
  std::int64_t owner_account_id = 0;  // 0 when the owner is not crawled
  std::string description;
  std::vector<std::string> topics;
  std::string language;  // empty for a codeless repository (lists, docs)
  bool fork = false;
  std::int64_t stars = 0;
  int pushed_day = -1;
};

// Commits of one account to one repository; the repository may be uncrawled.
struct Contribution {
  std::string repo_full_name;
  std::int64_t account_id = 0;
  std::int64_t commits = 0;
};

struct Model {
  std::string id;  // "org/name"
  std::int64_t author_account_id = 0;
  std::int64_t downloads = 0;
  std::int64_t likes = 0;
  std::string pipeline_tag;
  std::string library_name;
  std::string base_model;
  std::vector<std::string> tags;
  std::vector<std::string> card_sections;  // intended_use, training_data, ...
  bool card_is_template = false;
  std::int64_t card_length = 0;
  int modified_day = -1;
};

struct Paper {
  std::string id;  // arXiv id without version
  std::string title;
  std::string abstract;
  std::vector<std::string> categories;
  std::string comment;
  std::string journal_ref;
  int published_day = -1;
  int author_count = 0;  // all authors; 0: count the authorships of RankInput
};

struct Authorship {
  std::string paper_id;
  int position = 0;  // 0 = first author
  std::int64_t account_id = 0;
};

struct RankInput {
  std::vector<std::int64_t> people;       // person ids
  std::vector<std::string> person_names;  // display names, parallel to people (for output only)
  std::vector<Account> accounts;          // linked accounts (person_id set)
  std::vector<Repo> repos;
  std::vector<Contribution> contributions;
  std::vector<Model> models;
  std::vector<Paper> papers;
  std::vector<Authorship> authorships;
  int as_of_day = 0;  // recency is measured from this day, never from the wall clock
};

}  // namespace scout::ranker
