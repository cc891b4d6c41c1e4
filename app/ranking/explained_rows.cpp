#include "app/ranking/explained_rows.hpp"

#include "store/ranking_cache.hpp"
#include "store/ranking_inputs.hpp"

#include <algorithm>
#include <cstring>
#include <span>
#include <type_traits>
#include <unordered_set>
#include <utility>

namespace scout::app {

namespace {

// Bump when a row's fields change: an older file then misses.
constexpr std::string_view k_magic = "scout-explained-rows-1";

// Each row's fields in one list, for the writer and the reader alike.
template<typename Visit>
void fields(ranker::Account& a, Visit visit)
{
  visit(a.id), visit(a.person_id), visit(a.source), visit(a.handle), visit(a.kind);
}
template<typename Visit>
void fields(ranker::Repo& r, Visit visit)
{
  visit(r.full_name), visit(r.owner_account_id), visit(r.description), visit(r.topics), visit(r.language);
  visit(r.fork), visit(r.stars), visit(r.pushed_day);
}
template<typename Visit>
void fields(ranker::Contribution& c, Visit visit)
{
  visit(c.repo_full_name), visit(c.account_id), visit(c.commits), visit(c.last_day);
}
template<typename Visit>
void fields(ranker::Model& m, Visit visit)
{
  visit(m.id), visit(m.author_account_id), visit(m.downloads), visit(m.downloads_all_time), visit(m.likes);
  visit(m.pipeline_tag), visit(m.library_name), visit(m.base_model), visit(m.base_relation), visit(m.tags);
  visit(m.card_sections), visit(m.card_is_template), visit(m.card_length), visit(m.modified_day);
}
template<typename Visit>
void fields(ranker::Paper& p, Visit visit)
{
  visit(p.id), visit(p.title), visit(p.abstract), visit(p.categories), visit(p.comment), visit(p.journal_ref);
  visit(p.published_day), visit(p.author_count);
}
template<typename Visit>
void fields(ranker::Authorship& a, Visit visit)
{
  visit(a.paper_id), visit(a.position), visit(a.account_id);
}
template<typename Visit>
void tables(ranker::RankInput& in, Visit visit)
{
  visit(in.people), visit(in.accounts), visit(in.repos), visit(in.contributions), visit(in.models), visit(in.papers);
  visit(in.authorships);
}

// The highest value of each enum a row holds: a byte beyond it is a damaged file.
constexpr ranker::Source last_of(ranker::Source) { return ranker::Source::arxiv; }
constexpr ranker::BaseRelation last_of(ranker::BaseRelation) { return ranker::BaseRelation::quantized; }

class Writer {
public:
  explicit Writer(std::string& out) : m_out(out) {}
  template<typename T>
  void operator()(const T& value)
  {
    if constexpr (std::is_same_v<T, std::string>) {
      count(value.size());
      m_out += value;
    } else if constexpr (std::is_same_v<T, bool>) {
      m_out += value ? '\1' : '\0';
    } else if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) {
      m_out.append(reinterpret_cast<const char*>(&value), sizeof value);
    } else if constexpr (std::is_class_v<typename T::value_type>) {  // a vector of rows or strings
      count(value.size());
      for (const auto& element : value) {
        element_of(element);
      }
    } else {  // a vector of numbers
      count(value.size());
      m_out.append(reinterpret_cast<const char*>(value.data()), value.size() * sizeof value[0]);
    }
  }

private:
  void count(std::size_t n) { (*this)(static_cast<std::uint64_t>(n)); }
  void element_of(const std::string& s) { (*this)(s); }
  template<typename Row>
  void element_of(const Row& row)
  {
    // fields() lists a row's members for the reader too, so takes it mutable; this visitor only reads.
    fields(const_cast<Row&>(row), [this](const auto& field) { (*this)(field); });
  }
  std::string& m_out;
};

class Reader {
public:
  explicit Reader(std::string_view in) : m_in(in) {}
  bool ok() const { return m_ok; }
  bool at_end() const { return m_at == m_in.size(); }

  template<typename T>
  void operator()(T& value)
  {
    if constexpr (std::is_same_v<T, std::string>) {
      const std::uint64_t n = count(1);
      value.assign(m_in.substr(m_at, n));
      m_at += n;
    } else if constexpr (std::is_same_v<T, bool>) {
      std::uint8_t byte = 0;
      take(&byte, 1);
      m_ok = m_ok && byte <= 1;
      value = byte == 1;
    } else if constexpr (std::is_enum_v<T>) {
      std::underlying_type_t<T> number = 0;
      take(&number, sizeof number);
      m_ok = m_ok && number <= static_cast<std::underlying_type_t<T>>(last_of(T{}));
      value = static_cast<T>(number);
    } else if constexpr (std::is_arithmetic_v<T>) {
      take(&value, sizeof value);
    } else {
      // A vector: every element takes a byte at least, so a damaged count fails here.
      value.resize(count(1));
      for (auto& element : value) {
        element_of(element);
      }
    }
  }

private:
  // A count of elements of at least `bytes` each, checked against what is left.
  std::uint64_t count(std::size_t bytes)
  {
    std::uint64_t n = 0;
    take(&n, sizeof n);
    if (!m_ok || n > (m_in.size() - m_at) / bytes) {
      m_ok = false;
      return 0;
    }
    return n;
  }
  void take(void* to, std::size_t n)
  {
    if (!m_ok || n > m_in.size() - m_at) {
      m_ok = false;
      return;
    }
    std::memcpy(to, m_in.data() + m_at, n);
    m_at += n;
  }
  template<typename T>
  void element_of(T& element)
  {
    if constexpr (std::is_same_v<T, std::string> || std::is_arithmetic_v<T>) {
      (*this)(element);
    } else {
      fields(element, [this](auto& field) { (*this)(field); });
    }
  }
  std::string_view m_in;
  std::size_t m_at = 0;
  bool m_ok = true;
};

// The rows of `people` in `pools` (the cached rows and those just read; a repository or
// paper in both is the same row), in the order store::read_rank_input_of reads them: the
// people's accounts in order; per account its owned repositories, contributions, models and
// authorships; then the repositories contributed to and the papers, each once.
ranker::RankInput select_rows(const std::vector<const ranker::RankInput*>& pools,
                              const std::vector<std::int64_t>& people)
{
  // Pointers to the rows of every pool, sorted by `key` and, within a key, in pool order
  // then row order: one sort of a flat array, where a hash map of vectors allocated a node
  // and a vector per key (0.1 to 0.2 s of a re-rank's serial path).
  const auto index = [&](auto table, auto key) {
    using Row = typename std::decay_t<decltype(pools[0]->*table)>::value_type;
    using Key = std::decay_t<decltype(key(std::declval<const Row&>()))>;
    std::vector<std::pair<Key, const Row*>> out;
    for (const ranker::RankInput* pool : pools) {
      for (const Row& row : pool->*table) {
        out.emplace_back(key(row), &row);
      }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
  };
  // The rows under `key`, in pool order then row order.
  const auto rows_of = [](const auto& index, const auto& key) {
    const auto first = std::partition_point(index.begin(), index.end(), [&](const auto& e) { return e.first < key; });
    const auto last = std::partition_point(first, index.end(), [&](const auto& e) { return !(key < e.first); });
    return std::span(first, last);
  };
  const auto accounts_of = index(&ranker::RankInput::accounts, [](const ranker::Account& a) { return a.person_id; });
  const auto owned = index(&ranker::RankInput::repos, [](const ranker::Repo& r) { return r.owner_account_id; });
  const auto contributed =
    index(&ranker::RankInput::contributions, [](const ranker::Contribution& c) { return c.account_id; });
  const auto models = index(&ranker::RankInput::models, [](const ranker::Model& m) { return m.author_account_id; });
  const auto authored =
    index(&ranker::RankInput::authorships, [](const ranker::Authorship& a) { return a.account_id; });
  const auto repo_named =
    index(&ranker::RankInput::repos, [](const ranker::Repo& r) { return std::string_view(r.full_name); });
  const auto paper_with_id =
    index(&ranker::RankInput::papers, [](const ranker::Paper& p) { return std::string_view(p.id); });

  ranker::RankInput out;
  const auto append = [&](auto& to, const auto& index, std::int64_t key) {
    for (const auto& entry : rows_of(index, key)) {
      to.push_back(*entry.second);
    }
  };
  std::unordered_set<std::string_view> repos_in;
  const auto add_repo = [&](const ranker::Repo* repo) {
    if (repo != nullptr && repos_in.insert(repo->full_name).second) {
      out.repos.push_back(*repo);
    }
  };
  for (const std::int64_t person : people) {
    out.people.push_back(person);
    append(out.accounts, accounts_of, person);
  }
  for (const ranker::Account& account : out.accounts) {
    for (const auto& entry : rows_of(owned, account.id)) {
      add_repo(entry.second);
    }
    append(out.contributions, contributed, account.id);
    append(out.models, models, account.id);
    append(out.authorships, authored, account.id);
  }
  for (const ranker::Contribution& c : out.contributions) {
    const auto found = rows_of(repo_named, std::string_view(c.repo_full_name));
    add_repo(found.empty() ? nullptr : found.front().second);
  }
  std::unordered_set<std::string_view> papers_in;
  for (const ranker::Authorship& a : out.authorships) {
    const auto found = rows_of(paper_with_id, std::string_view(a.paper_id));
    if (!found.empty() && papers_in.insert(a.paper_id).second) {
      out.papers.push_back(*found.front().second);
    }
  }
  return out;
}

std::string cache_key(const std::string& fingerprint) { return std::string(k_magic) + "|" + fingerprint; }

}  // namespace

std::string encode_rank_rows(const ranker::RankInput& rows)
{
  std::string out(k_magic);
  Writer write(out);
  tables(const_cast<ranker::RankInput&>(rows), [&](const auto& table) { write(table); });
  return out;
}

std::optional<ranker::RankInput> decode_rank_rows(std::string_view bytes)
{
  if (!bytes.starts_with(k_magic)) {
    return std::nullopt;
  }
  ranker::RankInput rows;
  Reader read(bytes.substr(k_magic.size()));
  tables(rows, [&](auto& table) { read(table); });
  if (!read.ok() || !read.at_end()) {
    return std::nullopt;
  }
  return rows;
}

ranker::RankInput read_explained_rows(store::Database& db, const std::vector<std::int64_t>& people,
                                      store::MainConnection reads, const std::string& fingerprint, bool use_cache)
{
  const std::string key = cache_key(fingerprint);
  ranker::RankInput cached;
  if (use_cache) {
    std::string bytes;
    if (store::read_ranking_cache(db, store::RankingCache::explained_rows, key,
                                  [&](std::string_view chunk) { bytes += chunk; })) {
      cached = decode_rank_rows(bytes).value_or(ranker::RankInput{});
    }
  }
  const std::unordered_set<std::int64_t> in_cache(cached.people.begin(), cached.people.end());
  std::vector<std::int64_t> missing;
  for (const std::int64_t person : people) {
    if (in_cache.count(person) == 0) {
      missing.push_back(person);
    }
  }
  ranker::RankInput read = missing.empty() ? ranker::RankInput{} : store::read_rank_input_of(db, missing, reads);
  // Nothing cached: what was read is already every person's rows, in order.
  ranker::RankInput rows = cached.people.empty() ? std::move(read) : select_rows({&cached, &read}, people);
  if (!missing.empty() || cached.people.size() != people.size()) {
    const std::string bytes = encode_rank_rows(rows);
    store::write_ranking_cache(db, store::RankingCache::explained_rows, key, {bytes});
  }
  return rows;
}

}  // namespace scout::app
