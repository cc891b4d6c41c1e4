#include "ranker/classified_input.hpp"

#include "common/strings.hpp"
#include "ranker/credits.hpp"
#include "ranker/name_index.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace scout::ranker {

namespace {

const std::unordered_set<std::string_view> k_quant_words = {
  "gguf", "ggml", "gptq", "awq",  "exl2", "mlx", "onnx",      "int4",  "int8",    "fp16",
  "bf16", "fp8",  "4bit", "8bit", "q2",   "q3",  "q4",        "q5",    "q6",      "q8",
  "k",    "m",    "s",    "l",    "0",    "1",   "quantized", "quant", "imatrix", "i1"};

std::string_view name_part(std::string_view full_name)
{
  const std::size_t slash = full_name.find('/');
  return slash == std::string_view::npos ? full_name : full_name.substr(slash + 1);
}

bool looks_like_bot(const Account& account)
{
  // Three million accounts, added in order: compared in place, without a lower-cased copy.
  const auto ends_with_any_case = [&](std::string_view suffix) {
    const std::string_view handle = account.handle;
    return handle.size() >= suffix.size() && iequals(handle.substr(handle.size() - suffix.size()), suffix);
  };
  return account.kind == "bot" || ends_with_any_case("[bot]") || ends_with_any_case("-bot")
         || ends_with_any_case("_bot");
}

bool any_of_listed(const std::vector<std::string>& values, const std::vector<std::string>& listed)
{
  return std::any_of(values.begin(), values.end(), [&](const std::string& value) {
    return std::find(listed.begin(), listed.end(), value) != listed.end();
  });
}

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template<typename Value>
using NameMap = std::unordered_map<std::string, Value, Hash, std::equal_to<>>;

std::uint32_t find_or(const NameIndex& index, std::int64_t id) { return index.find_id(id); }

}  // namespace

struct InputClassifier::State {
  State(const Taxonomy& taxonomy, const Weights& weights, bool keep)
    : classifier(taxonomy), venues(weights.papers.top_venues, std::vector<int>(weights.papers.top_venues.size(), 0)),
      weights(weights), keep_all(keep)
  {
  }

  void note_day(int day) { out.latest_day = std::max(out.latest_day, day); }

  Classifier classifier;
  PhraseMatcher venues;
  const Weights& weights;
  bool keep_all;
  ClassifiedInput out;
  NameIndex person_index, account_index;
  NameIndex repo_index, paper_index, family_index;
  NameMap<std::pair<SpecMask, bool>>
    uncrawled;  // a contributed repository not crawled: its name's specialisations, notable
  std::vector<std::uint32_t> paper_authors;  // authorships seen per paper
};

InputClassifier::InputClassifier(const Taxonomy& taxonomy, const Weights& weights, bool keep_all)
  : m_state(std::make_unique<State>(taxonomy, weights, keep_all))
{
}

InputClassifier::~InputClassifier() = default;

void InputClassifier::reserve(const RowCounts& counts)
{
  // A bound wildly off (a rowid that is not a count) must not allocate gigabytes.
  const auto capped = [](std::size_t n) { return std::min(n, std::size_t{1} << 27); };
  State& st = *m_state;
  st.out.accounts.reserve(capped(counts.accounts));
  st.out.repos.reserve(capped(counts.repos));
  st.out.contributions.reserve(capped(counts.contributions));
  st.out.models.reserve(capped(counts.models));
  st.out.authorships.reserve(capped(counts.authorships));
  st.account_index.reserve(capped(counts.accounts));
  st.repo_index.reserve(capped(counts.repos));
}

void InputClassifier::add_people(std::span<const std::int64_t> ids)
{
  m_state->person_index.reserve(m_state->out.people.size() + ids.size());
  for (std::int64_t id : ids) {
    m_state->person_index.insert_id(id, static_cast<std::uint32_t>(m_state->out.people.size()));
    m_state->out.people.push_back(id);
  }
}

void InputClassifier::add_accounts(std::span<const Account> rows)
{
  State& st = *m_state;
  // In order, on one thread, two lookups in tables of millions per row: hashed first, and
  // the slots fetched a few rows ahead so that their cache misses overlap.
  std::vector<std::uint64_t> accounts(rows.size()), people(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    accounts[i] = NameIndex::hash_id(rows[i].id);
    people[i] = NameIndex::hash_id(rows[i].person_id);
  }
  constexpr std::size_t k_ahead = 8;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i + k_ahead < rows.size()) {
      st.account_index.prefetch(accounts[i + k_ahead]);
      st.person_index.prefetch(people[i + k_ahead]);
    }
    st.account_index.insert_hashed(accounts[i], static_cast<std::uint32_t>(st.out.accounts.size()));
    st.out.accounts.push_back(
      {st.person_index.find_hashed(people[i]), rows[i].source, looks_like_bot(rows[i]), rows[i].kind == "org"});
  }
}

InputClassifier::Batch InputClassifier::classify(std::span<const Repo> rows) const
{
  const State& st = *m_state;
  Batch batch;
  batch.repos.resize(rows.size());
  tbb::parallel_for(std::size_t{0}, rows.size(), [&](std::size_t i) {
    const Repo& repo = rows[i];
    RepoItem& item = batch.repos[i];
    // Four million repositories a run: the texts in buffers kept per thread, not allocated per repository.
    thread_local std::vector<std::string_view> texts;
    thread_local std::string about;
    const std::string_view name = name_part(repo.full_name);
    texts.assign({name, repo.description});
    texts.insert(texts.end(), repo.topics.begin(), repo.topics.end());
    const SpecMask notable = st.classifier.notable(name);
    item.notable = notable != 0;
    item.specs = st.classifier.classify(texts) | notable;
    about.assign(name).append(" ").append(repo.description);
    item.is_list = repo.language.empty() || st.classifier.is_list(about);
    item.is_prompts = st.classifier.is_prompt_collection(about);
    item.credit = static_cast<float>(repo_credit(repo, item.is_list, item.is_prompts, st.weights.repos));
    item.pushed_day = repo.pushed_day;
  });
  return batch;
}

void InputClassifier::add_repos(std::span<const Repo> rows, Batch batch)
{
  State& st = *m_state;
  const std::size_t base = st.out.repos.size();
  st.out.repos.insert(st.out.repos.end(), batch.repos.begin(), batch.repos.end());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    st.out.repos[base + i].owner = find_or(st.account_index, rows[i].owner_account_id);
    st.repo_index.insert(rows[i].full_name, static_cast<std::uint32_t>(base + i));
    st.note_day(rows[i].pushed_day);
  }
}

InputClassifier::Batch InputClassifier::classify(std::span<const Contribution> rows) const
{
  const State& st = *m_state;
  Batch batch;
  std::vector<ContributionItem>& items = batch.contributions;
  items.resize(rows.size());
  std::vector<std::uint64_t> repo_hashes(rows.size()), account_hashes(rows.size());
  tbb::parallel_for(std::size_t{0}, rows.size(), [&](std::size_t i) {
    repo_hashes[i] = NameIndex::hash_name(rows[i].repo_full_name);
    account_hashes[i] = NameIndex::hash_id(rows[i].account_id);
  });
  // Two lookups in tables of millions per row, each a cache miss: prefetch a few rows
  // ahead so the misses overlap. Lookups only, so safe in parallel.
  constexpr std::size_t k_ahead = 8;
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, rows.size(), 1024),
                    [&](const tbb::blocked_range<std::size_t>& range) {
                      for (std::size_t i = range.begin(); i < range.end(); ++i) {
                        if (i + k_ahead < range.end()) {
                          st.repo_index.prefetch(repo_hashes[i + k_ahead]);
                          st.account_index.prefetch(account_hashes[i + k_ahead]);
                        }
                        ContributionItem& item = items[i];
                        item.account = st.account_index.find_hashed(account_hashes[i]);
                        item.commits = static_cast<std::int32_t>(std::min<std::int64_t>(rows[i].commits, INT32_MAX));
                        item.last_day = rows[i].last_day;
                        item.repo = st.repo_index.find_hashed(repo_hashes[i]);
                        if (item.repo != k_no_index) {
                          item.specs = st.out.repos[item.repo].specs;
                          item.notable = st.out.repos[item.repo].notable;
                        }
                      }
                    });
  return batch;
}

void InputClassifier::add_contributions(std::span<const Contribution> rows, Batch batch)
{
  State& st = *m_state;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    ContributionItem& item = batch.contributions[i];
    if (item.repo == k_no_index) {
      // Not crawled: its name is all the text there is (classified once per name).
      const std::string_view name = rows[i].repo_full_name;
      auto found = st.uncrawled.find(name);
      if (found == st.uncrawled.end()) {
        const SpecMask notable = st.classifier.notable(name_part(name));
        const SpecMask specs = st.classifier.classify({name_part(name)}) | notable;
        found = st.uncrawled.emplace(std::string(name), std::make_pair(specs, notable != 0)).first;
      }
      item.specs = found->second.first;
      item.notable = found->second.second;
    }
    if (st.keep_all || item.account != k_no_index) {
      st.out.contributions.push_back(item);
    }
  }
}

InputClassifier::Batch InputClassifier::classify(std::span<const Model> rows) const
{
  const State& st = *m_state;
  Batch batch;
  batch.models.resize(rows.size());
  batch.families.resize(rows.size());
  tbb::parallel_for(std::size_t{0}, rows.size(), [&](std::size_t i) {
    const Model& model = rows[i];
    ModelItem& item = batch.models[i];
    std::vector<std::string_view> texts = {name_part(model.id), model.pipeline_tag, model.library_name,
                                           model.base_model};
    texts.insert(texts.end(), model.tags.begin(), model.tags.end());
    item.specs = st.classifier.classify(texts);
    item.mass_candidate =
      card_completeness(model) == 0 && model.downloads < st.weights.models.mass_upload_max_downloads;
    item.credit = static_cast<float>(model_credit(model, st.weights.models));
    item.downloads = counted_downloads(model);
    item.modified_day = model.modified_day;
    batch.families[i] = model_family(model.id);
  });
  return batch;
}

void InputClassifier::add_models(std::span<const Model> rows, Batch batch)
{
  State& st = *m_state;
  const std::size_t base = st.out.models.size();
  st.out.models.insert(st.out.models.end(), batch.models.begin(), batch.models.end());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    ModelItem& item = st.out.models[base + i];
    item.account = find_or(st.account_index, rows[i].author_account_id);
    item.family = st.family_index.insert(batch.families[i], static_cast<std::uint32_t>(st.family_index.size()));
    st.note_day(rows[i].modified_day);
  }
}

InputClassifier::Batch InputClassifier::classify(std::span<const Paper> rows) const
{
  const State& st = *m_state;
  Batch batch;
  batch.papers.resize(rows.size());
  tbb::parallel_for(std::size_t{0}, rows.size(), [&](std::size_t i) {
    const Paper& paper = rows[i];
    PaperItem& item = batch.papers[i];
    item.specs = st.classifier.classify({paper.title, paper.abstract});
    item.top_venue = st.venues.match(paper.comment + " " + paper.journal_ref) != 0;
    item.in_category = any_of_listed(paper.categories, st.weights.papers.categories);
    item.published_day = paper.published_day;
    item.author_count = paper.author_count;
  });
  return batch;
}

void InputClassifier::add_papers(std::span<const Paper> rows, Batch batch)
{
  State& st = *m_state;
  const std::size_t base = st.out.papers.size();
  st.out.papers.insert(st.out.papers.end(), batch.papers.begin(), batch.papers.end());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    st.paper_index.insert(rows[i].id, static_cast<std::uint32_t>(base + i));
    st.note_day(rows[i].published_day);
  }
}

void InputClassifier::add_authorships(std::span<const Authorship> rows)
{
  State& st = *m_state;
  st.paper_authors.resize(st.out.papers.size(), 0);
  for (const Authorship& row : rows) {
    const std::uint32_t paper = st.paper_index.find(row.paper_id);
    const std::uint32_t account = find_or(st.account_index, row.account_id);
    if (paper != k_no_index) {
      st.paper_authors[paper] += 1;  // every author counts for 1/N, linked or not
    }
    if (st.keep_all || (account != k_no_index && paper != k_no_index)) {
      st.out.authorships.push_back({account, paper, row.position});
    }
  }
}

ClassifiedInput InputClassifier::finish()
{
  State& st = *m_state;
  st.paper_authors.resize(st.out.papers.size(), 0);
  for (std::size_t p = 0; p < st.out.papers.size(); ++p) {
    if (st.out.papers[p].author_count <= 0) {
      st.out.papers[p].author_count = static_cast<int>(st.paper_authors[p]);
    }
  }
  return std::move(st.out);
}

ClassifiedInput classify_input(const RankInput& input, const Taxonomy& taxonomy, const Weights& weights)
{
  InputClassifier classifier(taxonomy, weights, true);
  classifier.add_people(input.people);
  classifier.add_accounts(input.accounts);
  classifier.add_repos(input.repos);
  classifier.add_contributions(input.contributions);
  classifier.add_models(input.models);
  classifier.add_papers(input.papers);
  classifier.add_authorships(input.authorships);
  return classifier.finish();
}

std::string model_family(std::string_view model_id)
{
  const std::string lowered = to_lower(name_part(model_id));
  std::string family;
  for (std::string_view word : words_of(lowered)) {
    if (k_quant_words.count(word) != 0) {
      continue;
    }
    family += family.empty() ? "" : " ";
    family += word;
  }
  return family;
}

}  // namespace scout::ranker
