#pragma once

#include "ranker/rank_input.hpp"
#include "ranker/taxonomy.hpp"
#include "ranker/weights.hpp"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace scout::ranker {

// The crawled rows reduced to what extraction needs: every text classified once per item
// (a repository, model or paper, never per contributor), ids resolved to indices, no
// strings. About 16 bytes a contribution instead of a row with its repository's name, so
// a million people's twenty million rows fit in a few hundred megabytes.

inline constexpr std::uint32_t k_no_index = UINT32_MAX;

struct AccountItem {
  std::uint32_t person = k_no_index;  // index into people
  Source source = Source::github;
  bool bot = false;  // type Bot or a [bot] / -bot / _bot handle
  bool org = false;
};

struct RepoItem {
  std::uint32_t owner = k_no_index;  // index into accounts; k_no_index when not linked
  SpecMask specs = 0;
  bool notable = false;     // a taxonomy notable project (by repository name)
  bool is_list = false;     // list-style or codeless: stars count for little
  bool is_prompts = false;  // a prompt collection: not engineering work
  float credit = 0;         // repo_credit(), before recency
  int pushed_day = -1;
};

struct ContributionItem {
  std::uint32_t account = k_no_index;
  std::uint32_t repo = k_no_index;  // index into repos; k_no_index when not crawled
  SpecMask specs = 0;
  bool notable = false;  // to a taxonomy notable project
  std::int32_t commits = 0;
  std::int32_t last_day = -1;  // Contribution::last_day
};

struct ModelItem {
  std::uint32_t account = k_no_index;
  std::uint32_t family = 0;  // near-identical uploads share a family
  SpecMask specs = 0;
  bool mass_candidate = false;  // template card and few downloads
  float credit = 0;             // model_credit(), before recency
  std::int64_t downloads = 0;
  int modified_day = -1;
};

struct PaperItem {
  SpecMask specs = 0;
  bool top_venue = false;
  bool in_category = false;
  int published_day = -1;
  int author_count = 0;
};

struct AuthorshipItem {
  std::uint32_t account = k_no_index;
  std::uint32_t paper = k_no_index;
  int position = 0;
};

struct ClassifiedInput {
  std::vector<std::int64_t> people;  // person ids
  std::vector<AccountItem> accounts;
  std::vector<RepoItem> repos;
  std::vector<ContributionItem> contributions;
  std::vector<ModelItem> models;
  std::vector<PaperItem> papers;
  std::vector<AuthorshipItem> authorships;
  int latest_day = -1;  // the latest dated evidence (for a database without a finished crawl)
};

// Classifies rows as they arrive, in batches (oneTBB within a batch), so that the crawled
// text never has to be held all at once. Call in this order: people, accounts, repos,
// contributions, models, papers, authorships; then finish(). With keep_all, every row is
// kept one to one (indices match the RankInput the rows came from, for explanations);
// otherwise rows of unlinked accounts are dropped as they arrive.
//
// The work on a batch's rows alone (matching text, credits, lookups in finished tables) is
// split off as classify(): const and thread-safe, so readers can classify batches on their
// own threads, several at once, and add them in order with the result. classify() of
// contributions needs every repository and account added first.
class InputClassifier {
public:
  InputClassifier(const Taxonomy& taxonomy, const Weights& weights, bool keep_all);
  ~InputClassifier();

  // What classify() computed for one batch: the items of its rows (and, for models, their
  // family names), in row order.
  struct Batch {
    std::vector<RepoItem> repos;
    std::vector<ContributionItem> contributions;
    std::vector<ModelItem> models;
    std::vector<std::string> families;
    std::vector<PaperItem> papers;
  };
  Batch classify(std::span<const Repo> rows) const;
  Batch classify(std::span<const Contribution> rows) const;
  Batch classify(std::span<const Model> rows) const;
  Batch classify(std::span<const Paper> rows) const;

  // Room for about this many rows (an upper bound is fine).
  void reserve(const RowCounts& counts);
  void add_people(std::span<const std::int64_t> ids);
  void add_accounts(std::span<const Account> rows);
  // `batch`: classify(rows), computed beforehand.
  void add_repos(std::span<const Repo> rows, Batch batch);
  void add_contributions(std::span<const Contribution> rows, Batch batch);
  void add_models(std::span<const Model> rows, Batch batch);
  void add_papers(std::span<const Paper> rows, Batch batch);
  void add_repos(std::span<const Repo> rows) { add_repos(rows, classify(rows)); }
  void add_contributions(std::span<const Contribution> rows) { add_contributions(rows, classify(rows)); }
  void add_models(std::span<const Model> rows) { add_models(rows, classify(rows)); }
  void add_papers(std::span<const Paper> rows) { add_papers(rows, classify(rows)); }
  void add_authorships(std::span<const Authorship> rows);
  ClassifiedInput finish();

private:
  struct State;
  std::unique_ptr<State> m_state;
};

// The whole of `input` at once, kept one to one.
ClassifiedInput classify_input(const RankInput& input, const Taxonomy& taxonomy, const Weights& weights);

// "TheBloke/Llama-2-7B-GGUF" -> "llama 2 7b": the model name without quantisation and format words.
std::string model_family(std::string_view model_id);

}  // namespace scout::ranker
