#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
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
  // The week of the author's last commit, where GitHub's contributor statistics date it
  // (github_contributor_stats); -1 otherwise, and the repository's last push stands in.
  int last_day = -1;
};

// What a model does with the base it names: the Hub's base_model:<relation>:X tags
// (migration 11). Training work (a fine-tune, an adapter, a merge) is not a re-upload of
// someone else's weights in another format (a quantisation).
enum class BaseRelation : std::uint8_t {
  none,      // names no base model
  unstated,  // names one (the card's base_model, or a plain base_model:X tag) without a relation
  finetune,
  adapter,
  merge,
  quantized,  // every base it names, it quantises
};

struct Model {
  std::string id;  // "org/name"
  std::int64_t author_account_id = 0;
  std::int64_t downloads = 0;            // the Hub's `downloads`: the last 30 days
  std::int64_t downloads_all_time = -1;  // the Hub's `downloadsAllTime`; -1 when not stored
  std::int64_t likes = 0;
  std::string pipeline_tag;
  std::string library_name;
  std::string base_model;  // the card's base_model, else the first base of its tags
  BaseRelation base_relation = BaseRelation::none;
  std::vector<std::string> tags;
  std::vector<std::string> card_sections;  // intended_use, training_data, ...
  bool card_is_template = false;
  std::int64_t card_length = 0;
  int modified_day = -1;
};

// Adds one of the model's base_model:<relation>:X tags (relation "" for a plain
// base_model:X). Training beats naming, naming beats quantising: a model that fine-tunes one
// base and quantises another is training work. The card's base model keeps its name.
inline void add_base(Model& model, std::string_view base_id, std::string_view relation)
{
  const auto of = [](std::string_view r) {
    return r == "finetune"    ? BaseRelation::finetune
           : r == "adapter"   ? BaseRelation::adapter
           : r == "merge"     ? BaseRelation::merge
           : r == "quantized" ? BaseRelation::quantized
                              : BaseRelation::unstated;
  };
  const auto strength = [](BaseRelation r) {
    return r == BaseRelation::none ? 0 : r == BaseRelation::quantized ? 1 : r == BaseRelation::unstated ? 2 : 3;
  };
  const BaseRelation added = of(relation);
  // A card that names the base without a relation is overruled by what the tags say.
  const bool card_only = model.base_relation == BaseRelation::unstated && added != BaseRelation::unstated;
  if (card_only || strength(added) > strength(model.base_relation)) {
    model.base_relation = added;
  }
  if (model.base_model.empty()) {
    model.base_model = base_id;
  }
}

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

// Upper bounds of how many rows of each kind a bulk read will bring (highest rowids):
// room to reserve instead of growing tables of millions by copies.
struct RowCounts {
  std::size_t accounts = 0, repos = 0, contributions = 0, models = 0, authorships = 0;
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
