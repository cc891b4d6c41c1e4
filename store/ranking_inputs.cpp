#include "store/ranking_inputs.hpp"

#include "common/error.hpp"
#include "ranker/day_number.hpp"
#include "store/chunked_scan.hpp"
#include "store/contributor_dates.hpp"
#include "store/sql_cursor.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <rapidjson/document.h>
#include <sqlite3.h>
#include <tbb/parallel_for.h>
#include <tbb/task_group.h>

#include <algorithm>
#include <optional>
#include <set>

namespace scout::store {

namespace {

constexpr const char* k_account_columns =
  "SELECT a.id, pa.person_id, a.source, a.handle, a.kind FROM person_accounts pa "
  "JOIN accounts a ON a.id = pa.account_id";
constexpr const char* k_repo_columns =
  "SELECT full_name, coalesce(owner_account_id, 0), description, topics_json, language, fork, "
  "stargazers_count, pushed_at FROM github_repos";
constexpr const char* k_model_columns =
  "SELECT id, coalesce(author_account_id, 0), downloads, likes, pipeline_tag, library_name, "
  "card_base_model, card_sections_json, coalesce(card_is_template, 0), coalesce(card_length, 0), "
  "coalesce(last_modified, created_at), coalesce(downloads_all_time, -1) FROM hf_models";
// The bulk read's listed contributions, dated afterwards in memory (store/contributor_dates).
constexpr const char* k_listed_columns =
  "SELECT repo_full_name, account_id, contributions, NULL FROM github_contributions";
// A person's listed contributions, dated by GitHub's statistics where they name the author too.
constexpr const char* k_contribution_columns =
  "SELECT c.repo_full_name, c.account_id, c.contributions, s.last_week FROM github_contributions c "
  "LEFT JOIN github_contributor_stats s ON s.repo_full_name = c.repo_full_name AND s.account_id = c.account_id";
// The authors only the statistics name: a repository whose contributor list GitHub refuses
// ("too large") or cuts at 500 (migration 10).
constexpr const char* k_stats_only_columns =
  "SELECT s.repo_full_name, s.account_id, s.commits, s.last_week FROM github_contributor_stats s";
constexpr const char* k_stats_only_filter =
  "NOT EXISTS (SELECT 1 FROM github_contributions c WHERE c.repo_full_name = s.repo_full_name AND c.account_id = "
  "s.account_id)";
constexpr const char* k_paper_columns =
  "SELECT id, title, abstract, categories_json, comment, journal_ref, published_at FROM arxiv_papers";

// ["a", "b"] -> {a, b}; anything else -> {}.
void string_array(std::string_view json, std::vector<std::string>& values)
{
  values.clear();
  if (json.empty() || json == "[]") {
    return;  // the common case, without a parser
  }
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsArray()) {
    return;
  }
  for (const rapidjson::Value& value : doc.GetArray()) {
    if (value.IsString()) {
      values.emplace_back(value.GetString(), value.GetStringLength());
    }
  }
}

int day(const SqlCursor& q, int column) { return q.is_null(column) ? -1 : ranker::day_number(q.text(column)); }

ranker::Source source_of(std::string_view source)
{
  if (source == "huggingface") {
    return ranker::Source::huggingface;
  }
  return source == "arxiv" ? ranker::Source::arxiv : ranker::Source::github;
}

void row(const SqlCursor& q, ranker::Account& a)
{
  a.id = q.int64(0);
  a.person_id = q.int64(1);
  a.source = source_of(q.text(2));
  q.text(3, a.handle);
  q.text(4, a.kind);
}

void row(const SqlCursor& q, ranker::Repo& r)
{
  q.text(0, r.full_name);
  r.owner_account_id = q.int64(1);
  q.text(2, r.description);
  string_array(q.text(3), r.topics);
  q.text(4, r.language);
  r.fork = q.int64(5) != 0;
  r.stars = q.int64(6);
  r.pushed_day = day(q, 7);
}

void row(const SqlCursor& q, ranker::Contribution& c)
{
  q.text(0, c.repo_full_name);
  c.account_id = q.int64(1);
  c.commits = q.int64(2);
  c.last_day = day(q, 3);
}

void row(const SqlCursor& q, ranker::Model& m)
{
  q.text(0, m.id);
  m.author_account_id = q.int64(1);
  m.downloads = q.int64(2);
  m.likes = q.int64(3);
  q.text(4, m.pipeline_tag);
  q.text(5, m.library_name);
  q.text(6, m.base_model);
  string_array(q.text(7), m.card_sections);
  m.card_is_template = q.int64(8) != 0;
  m.card_length = q.int64(9);
  m.modified_day = day(q, 10);
  m.downloads_all_time = q.int64(11);
  m.base_relation = m.base_model.empty() ? ranker::BaseRelation::none : ranker::BaseRelation::unstated;
  m.tags.clear();
}

void row(const SqlCursor& q, ranker::Paper& p)
{
  q.text(0, p.id);
  q.text(1, p.title);
  q.text(2, p.abstract);
  string_array(q.text(3), p.categories);
  q.text(4, p.comment);
  q.text(5, p.journal_ref);
  p.published_day = day(q, 6);
}

void row(const SqlCursor& q, ranker::Authorship& a)
{
  q.text(0, a.paper_id);
  a.position = static_cast<int>(q.int64(1));
  a.account_id = q.int64(2);
}

void row(const SqlCursor& q, std::string& s) { q.text(0, s); }
void row(const SqlCursor& q, std::int64_t& n) { n = q.int64(0); }

// The rows of a table keyed by model id (tags, base models) for one range of models. They
// arrive ordered by model id, like the models, so one merge pass attaches them.
class ModelRowsMerger {
public:
  ModelRowsMerger(sqlite3* db, const KeyRange& range, const std::string& select, const std::string& order_by,
                  const std::string& filter = "")
    : m_rows(db, range_sql(select, "model_id", range, order_by, filter))
  {
    bind_range(m_rows, range);
    m_more = m_rows.step();
  }
  // Calls add(cursor) for each of the model's rows (column 0 is the model id).
  template<typename Add>
  void attach(const std::string& model_id, Add add)
  {
    while (m_more && m_rows.text(0) < model_id) {
      m_more = m_rows.step();
    }
    while (m_more && m_rows.text(0) == model_id) {
      add(m_rows);
      m_more = m_rows.step();
    }
  }

private:
  SqlCursor m_rows;
  bool m_more = false;
};

std::int64_t single_value(sqlite3* db, const std::string& sql)
{
  SqlCursor query(db, sql);
  return query.step() ? query.int64(0) : 0;
}

// A database opened read-only (scout compare, evaluate) is not migrated first. `connection`
// is any connection to the database at `path`.
void require_ranking_columns(sqlite3* connection, const std::string& path)
{
  constexpr int k_needed = 11;  // hf_models.downloads_all_time, hf_model_base_models
  if (const std::int64_t version = single_value(connection, "PRAGMA user_version"); version < k_needed) {
    throw Error(path + ": schema version " + std::to_string(version)
                + " predates the columns the ranker reads (migration " + std::to_string(k_needed)
                + "); run `scout init` to migrate it");
  }
}

// One table read in key ranges, each range in key order, the ranges in order: the same
// rows in the same order as one "SELECT ... ORDER BY key", read on several connections.
struct TableScan {
  std::string select;    // the columns and FROM, no WHERE
  std::string key;       // the range key
  std::string order_by;  // "ORDER BY key, ..."
};

// Reads `table` in `ranges`, each batch prepared by the sink on the reading thread and
// handed over in order with what prepare() made of it.
template<typename Row, typename ReadRows, typename Deliver>
void scan_prepared(ReadConnections& connections, const std::vector<KeyRange>& ranges, RankRowSink& sink,
                   ReadRows read_rows, Deliver deliver)
{
  std::vector<std::unique_ptr<BatchWork>> work(ranges.size());
  scan_ranges<Row>(
    connections, ranges,
    [&](sqlite3* db, const KeyRange& range, RowBatch<Row>& batch) {
      read_rows(db, range, batch);
      work[batch.range] = sink.prepare(std::span<const Row>(batch.rows.data(), batch.size));
    },
    [&](std::span<const Row> rows, std::size_t range) { deliver(rows, std::move(work[range])); });
}

template<typename Row>
void read_table(sqlite3* db, const TableScan& table, const KeyRange& range, RowBatch<Row>& batch)
{
  SqlCursor query(db, range_sql(table.select, table.key, range, table.order_by));
  bind_range(query, range);
  while (query.step()) {
    row(query, batch.next());
  }
}

template<typename Row, typename Deliver>
void scan_table(ReadConnections& connections, const TableScan& table, const std::vector<KeyRange>& ranges,
                Deliver deliver)
{
  scan_ranges<Row>(
    connections, ranges,
    [&](sqlite3* db, const KeyRange& range, RowBatch<Row>& batch) { read_table(db, table, range, batch); },
    [&](std::span<const Row> rows, std::size_t) { deliver(rows); });
}

template<typename Row, typename Deliver>
void scan_table(ReadConnections& connections, const TableScan& table, const std::vector<KeyRange>& ranges,
                RankRowSink& sink, Deliver deliver)
{
  scan_prepared<Row>(
    connections, ranges, sink,
    [&](sqlite3* db, const KeyRange& range, RowBatch<Row>& batch) { read_table(db, table, range, batch); }, deliver);
}

// Ranges over a table's rowids (SQLite's own, or GitHub's for repositories) holding
// about `per_range` rows each.
std::vector<KeyRange> rowid_ranges(sqlite3* db, const std::string& table, std::int64_t rows, std::int64_t per_range)
{
  return integer_ranges(single_value(db, "SELECT coalesce(min(rowid), 0) FROM " + table),
                        single_value(db, "SELECT coalesce(max(rowid), 0) FROM " + table), rows, per_range);
}

// What the later scans need besides their tables: the contribution dates and the ranges of
// the tables keyed by text (a walk of each key's index).
struct LaterScans {
  std::optional<ContributorDates> dates;
  std::vector<KeyRange> models, papers, authorships;
};

LaterScans prepare_later_scans(sqlite3* db, std::int64_t per_range)
{
  LaterScans later;
  later.dates.emplace(db);
  later.models = text_ranges(db, "SELECT id FROM hf_models ORDER BY id", per_range);
  later.papers = text_ranges(db, "SELECT id FROM arxiv_papers ORDER BY id", per_range);
  later.authorships = text_ranges(db, "SELECT paper_id FROM arxiv_authorships ORDER BY paper_id", per_range);
  return later;
}

void read_all(Database& database, RankRowSink& sink, std::int64_t per_range)
{
  sqlite3* db = database.sql().getHandle();
  ReadConnections connections(database);
  // About a second of reading that needs no earlier table, done on a connection of
  // its own beside the counts, the sink's reservations and the accounts and repositories
  // (with one thread, first). Declared in this order so that an error in a scan waits for
  // the task before its data goes.
  LaterScans later;
  std::unique_ptr<Database> side_connection;
  tbb::task_group side;
  if (connections.parallelism() > 1) {
    side_connection = std::make_unique<Database>(Database::open_read_only(database.path()));
    side.run([&] { later = prepare_later_scans(side_connection->sql().getHandle(), per_range); });
  } else {
    later = prepare_later_scans(db, per_range);
  }
  // github_repos' rowid is GitHub's repository id, no bound on the count: count its rows.
  const std::int64_t repo_count = single_value(db, "SELECT count(*) FROM github_repos");
  const std::int64_t contribution_count = single_value(db, "SELECT coalesce(max(rowid), 0) FROM github_contributions");
  const std::int64_t stats_count = single_value(db, "SELECT coalesce(max(rowid), 0) FROM github_contributor_stats");
  const auto highest_rowid = [&](const std::string& table) {
    return static_cast<std::size_t>(single_value(db, "SELECT coalesce(max(rowid), 0) FROM " + table));
  };
  sink.expect({highest_rowid("person_accounts"), static_cast<std::size_t>(repo_count),
               static_cast<std::size_t>(contribution_count + stats_count), highest_rowid("hf_models"),
               highest_rowid("arxiv_authorships")});
  std::vector<std::int64_t> people;
  for (SqlCursor ids(db, "SELECT id FROM people ORDER BY id"); ids.step();) {
    people.push_back(ids.int64(0));
  }
  sink.people(people);
  // By account id, person_accounts' rowid, the accounts' rows looked up in the same order:
  // two sequential reads, where going by person looked each account up at random. A
  // person's accounts still come in account id order.
  const std::int64_t linked = single_value(db, "SELECT coalesce(max(rowid), 0) FROM person_accounts");
  scan_table<ranker::Account>(connections, {k_account_columns, "pa.account_id", "ORDER BY pa.account_id"},
                              rowid_ranges(db, "person_accounts", linked, per_range),
                              [&](auto rows) { sink.accounts(rows); });
  // Rowid order: a sequential read of the table, and stable for one database.
  scan_table<ranker::Repo>(connections, {k_repo_columns, "rowid", "ORDER BY rowid"},
                           rowid_ranges(db, "github_repos", repo_count, per_range), sink,
                           [&](auto rows, auto work) { sink.repos(rows, std::move(work)); });
  // Contributions in rowid order, each dated by GitHub's statistics where they name it, then
  // the authors only the statistics name.
  side.wait();
  const ContributorDates& dates = *later.dates;
  scan_prepared<ranker::Contribution>(
    connections, rowid_ranges(db, "github_contributions", contribution_count, per_range), sink,
    [&](sqlite3* connection, const KeyRange& range, RowBatch<ranker::Contribution>& batch) {
      SqlCursor query(connection, range_sql(k_listed_columns, "rowid", range, "ORDER BY rowid"));
      bind_range(query, range);
      while (query.step()) {
        row(query, batch.next());
      }
      dates.date(std::span(batch.rows).first(batch.size));
    },
    [&](auto rows, auto work) { sink.contributions(rows, std::move(work)); });
  if (const std::vector<ranker::Contribution> unlisted = dates.unlisted(); !unlisted.empty()) {
    sink.contributions(unlisted, sink.prepare(std::span<const ranker::Contribution>(unlisted)));
  }
  // Models by id, their tags merged in range by range.
  const TableScan models{k_model_columns, "id", "ORDER BY id"};
  scan_prepared<ranker::Model>(
    connections, later.models, sink,
    [&](sqlite3* connection, const KeyRange& range, RowBatch<ranker::Model>& batch) {
      SqlCursor query(connection, range_sql(models.select, models.key, range, models.order_by));
      bind_range(query, range);
      ModelRowsMerger tags(connection, range, "SELECT model_id, value FROM hf_model_tags", "ORDER BY model_id, value",
                           "kind = 'tag'");
      ModelRowsMerger bases(connection, range, "SELECT model_id, base_model_id, relation FROM hf_model_base_models",
                            "ORDER BY model_id, base_model_id");
      while (query.step()) {
        ranker::Model& model = batch.next();
        row(query, model);
        tags.attach(model.id, [&](const SqlCursor& tag) { model.tags.emplace_back(tag.text(1)); });
        bases.attach(model.id, [&](const SqlCursor& base) { ranker::add_base(model, base.text(1), base.text(2)); });
      }
    },
    [&](auto rows, auto work) { sink.models(rows, std::move(work)); });
  scan_table<ranker::Paper>(connections, {k_paper_columns, "id", "ORDER BY id"}, later.papers, sink,
                            [&](auto rows, auto work) { sink.papers(rows, std::move(work)); });
  scan_table<ranker::Authorship>(
    connections,
    {"SELECT paper_id, position, account_id FROM arxiv_authorships", "paper_id", "ORDER BY paper_id, position"},
    later.authorships, [&](auto rows) { sink.authorships(rows); });
}

// Collects every batch into one RankInput.
class InputCollector : public RankRowSink {
public:
  explicit InputCollector(ranker::RankInput& input) : m_input(input) {}
  void people(std::span<const std::int64_t> ids) override { m_input.people.assign(ids.begin(), ids.end()); }
  void accounts(std::span<const ranker::Account> rows) override { append(m_input.accounts, rows); }
  void repos(std::span<const ranker::Repo> rows, std::unique_ptr<BatchWork>) override { append(m_input.repos, rows); }
  void contributions(std::span<const ranker::Contribution> rows, std::unique_ptr<BatchWork>) override
  {
    append(m_input.contributions, rows);
  }
  void models(std::span<const ranker::Model> rows, std::unique_ptr<BatchWork>) override
  {
    append(m_input.models, rows);
  }
  void papers(std::span<const ranker::Paper> rows, std::unique_ptr<BatchWork>) override
  {
    append(m_input.papers, rows);
  }
  void authorships(std::span<const ranker::Authorship> rows) override { append(m_input.authorships, rows); }

private:
  template<typename Row>
  static void append(std::vector<Row>& to, std::span<const Row> rows)
  {
    to.insert(to.end(), rows.begin(), rows.end());
  }
  ranker::RankInput& m_input;
};

// Reads the rows of a few people with prepared statements reused per account and item.
class PeopleReader {
public:
  explicit PeopleReader(sqlite3* db)
    : m_accounts(db, std::string(k_account_columns) + " WHERE pa.person_id = ? ORDER BY pa.account_id"),
      m_owned(db, std::string(k_repo_columns) + " WHERE owner_account_id = ? ORDER BY rowid"),
      m_repo(db, std::string(k_repo_columns) + " WHERE full_name = ?"),
      m_contributions(db, std::string(k_contribution_columns) + " WHERE c.account_id = ? ORDER BY c.rowid"),
      m_stats_only(db, std::string(k_stats_only_columns) + " WHERE s.account_id = ? AND " + k_stats_only_filter
                         + " ORDER BY s.rowid"),
      m_models(db, std::string(k_model_columns) + " WHERE author_account_id = ? ORDER BY id"),
      m_tags(db, "SELECT value FROM hf_model_tags WHERE model_id = ? AND kind = 'tag' ORDER BY value"),
      m_bases(db, "SELECT base_model_id, relation FROM hf_model_base_models WHERE model_id = ? ORDER BY base_model_id"),
      m_authorships(db,
                    "SELECT paper_id, position, account_id FROM arxiv_authorships WHERE account_id = ? ORDER BY "
                    "paper_id, position"),
      m_paper(db, std::string(k_paper_columns) + " WHERE id = ?"),
      m_authors(db, "SELECT count(*) FROM arxiv_authorships WHERE paper_id = ?")
  {
  }

  void person(std::int64_t id, ranker::RankInput& input)
  {
    input.people.push_back(id);
    for_each<ranker::Account>(m_accounts, id, [&](ranker::Account& a) { input.accounts.push_back(a); });
  }

  void account(std::int64_t id, ranker::RankInput& input)
  {
    for_each<ranker::Repo>(m_owned, id, [&](ranker::Repo& r) { add_repo(r, input); });
    for_each<ranker::Contribution>(m_contributions, id,
                                   [&](ranker::Contribution& c) { input.contributions.push_back(c); });
    for_each<ranker::Contribution>(m_stats_only, id,
                                   [&](ranker::Contribution& c) { input.contributions.push_back(c); });
    for_each<ranker::Model>(m_models, id, [&](ranker::Model& m) {
      for_each<std::string>(m_tags, std::string_view(m.id), [&](std::string& tag) { m.tags.push_back(tag); });
      m_bases.reset();
      m_bases.bind(1, std::string_view(m.id));
      while (m_bases.step()) {
        ranker::add_base(m, m_bases.text(0), m_bases.text(1));
      }
      m_bases.reset();
      input.models.push_back(m);
    });
    for_each<ranker::Authorship>(m_authorships, id, [&](ranker::Authorship& a) { input.authorships.push_back(a); });
  }

  // The contributed repositories and the papers, after every account's rows.
  void referenced(ranker::RankInput& input)
  {
    for (std::size_t c = 0; c < input.contributions.size(); ++c) {
      const std::string name = input.contributions[c].repo_full_name;
      for_each<ranker::Repo>(m_repo, std::string_view(name), [&](ranker::Repo& r) { add_repo(r, input); });
    }
    std::set<std::string> papers;
    for (const ranker::Authorship& a : input.authorships) {
      if (papers.insert(a.paper_id).second) {
        for_each<ranker::Paper>(m_paper, std::string_view(a.paper_id), [&](ranker::Paper& p) {
          for_each<std::int64_t>(m_authors, std::string_view(p.id),
                                 [&](std::int64_t& n) { p.author_count = static_cast<int>(n); });
          input.papers.push_back(p);
        });
      }
    }
  }

private:
  void add_repo(const ranker::Repo& repo, ranker::RankInput& input)
  {
    if (m_repos_seen.insert(repo.full_name).second) {
      input.repos.push_back(repo);
    }
  }

  template<typename Row, typename Key, typename Visit>
  static void for_each(SqlCursor& query, const Key& key, Visit visit)
  {
    query.reset();
    query.bind(1, key);
    while (query.step()) {
      Row r{};
      row(query, r);
      visit(r);
    }
    query.reset();
  }

  SqlCursor m_accounts, m_owned, m_repo, m_contributions, m_stats_only, m_models, m_tags, m_bases, m_authorships,
    m_paper, m_authors;
  std::set<std::string> m_repos_seen;
};

// The rows of a group of people: its repositories owned first, then those contributed to.
struct PeopleRows {
  ranker::RankInput input;
  std::size_t owned_repos = 0;
};

// One read transaction around a group's lookups, where the connection is not already in
// one: a consistent snapshot for the group, and SQLite's lock and WAL checks once instead
// of at every one of its thousands of statements.
class ReadSnapshot {
public:
  explicit ReadSnapshot(sqlite3* db)
    : m_db(db),
      m_began(sqlite3_get_autocommit(db) != 0 && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
  {
  }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;
  ~ReadSnapshot()
  {
    if (m_began) {
      sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);  // reads alone: nothing to lose
    }
  }

private:
  sqlite3* m_db;
  bool m_began;
};

PeopleRows read_people(sqlite3* db, std::span<const std::int64_t> people)
{
  PeopleRows rows;
  PeopleReader reader(db);
  const ReadSnapshot snapshot(db);
  for (std::int64_t id : people) {
    reader.person(id, rows.input);
  }
  for (std::size_t a = 0; a < rows.input.accounts.size(); ++a) {
    reader.account(rows.input.accounts[a].id, rows.input);
  }
  rows.owned_repos = rows.input.repos.size();
  reader.referenced(rows.input);
  return rows;
}

// The groups as one reader would have read them all: rows in group order, the owned
// repositories of every group before the contributed ones, each repository and paper once.
ranker::RankInput merge_in_order(std::vector<PeopleRows>& groups)
{
  ranker::RankInput out;
  const auto append = [](auto& to, auto& from) { to.insert(to.end(), from.begin(), from.end()); };
  std::set<std::string> repos, papers;
  const auto add_repos = [&](const PeopleRows& group, std::size_t from, std::size_t to) {
    for (std::size_t r = from; r < to; ++r) {
      if (repos.insert(group.input.repos[r].full_name).second) {
        out.repos.push_back(group.input.repos[r]);
      }
    }
  };
  for (PeopleRows& group : groups) {
    append(out.people, group.input.people);
    append(out.accounts, group.input.accounts);
    append(out.contributions, group.input.contributions);
    append(out.models, group.input.models);
    append(out.authorships, group.input.authorships);
    add_repos(group, 0, group.owned_repos);
    for (ranker::Paper& paper : group.input.papers) {
      if (papers.insert(paper.id).second) {
        out.papers.push_back(std::move(paper));
      }
    }
  }
  for (const PeopleRows& group : groups) {
    add_repos(group, group.owned_repos, group.input.repos.size());
  }
  return out;
}

}  // namespace

void read_rank_rows(Database& db, RankRowSink& sink, std::int64_t rows_per_range)
{
  require_ranking_columns(db.sql().getHandle(), db.path());
  try {
    read_all(db, sink, std::max<std::int64_t>(1, rows_per_range));
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": reading the crawled tables for ranking failed: " + e.what());
  }
}

ranker::RankInput read_rank_input(Database& db, std::int64_t rows_per_range)
{
  ranker::RankInput input;
  InputCollector collector(input);
  read_rank_rows(db, collector, rows_per_range);
  std::map<std::int64_t, std::string> names = read_person_names(db, input.people);
  for (std::int64_t id : input.people) {
    input.person_names.push_back(names[id]);
  }
  return input;
}

ranker::RankInput read_rank_input_of(Database& db, const std::vector<std::int64_t>& people, MainConnection use)
{
  try {
    // Thousands of people, each a few dozen lookups scattered over tables of millions of
    // rows: the people in groups, each read on a free connection, the groups merged in
    // order. More groups than threads: `scout rank` reads them while packing its scores,
    // and a thread done packing takes the groups left instead of waiting for one long one.
    ReadConnections connections(db, use);
    {
      const ReadConnections::Lease lease = connections.lease();  // `db` itself may be busy writing
      require_ranking_columns(lease.db(), db.path());
    }
    constexpr std::size_t k_least_people_per_group = 32, k_groups_per_thread = 8;
    const std::size_t count =
      connections.parallelism() == 1
        ? std::min<std::size_t>(people.size(), 1)
        : std::clamp<std::size_t>(people.size() / k_least_people_per_group, std::min<std::size_t>(people.size(), 1),
                                  connections.parallelism() * k_groups_per_thread);
    std::vector<PeopleRows> groups(count);
    tbb::parallel_for(std::size_t{0}, count, [&](std::size_t g) {
      const ReadConnections::Lease lease = connections.lease();
      const std::size_t from = people.size() * g / count, to = people.size() * (g + 1) / count;
      groups[g] = read_people(lease.db(), std::span(people).subspan(from, to - from));
    });
    return merge_in_order(groups);
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": reading the rows of " + std::to_string(people.size()) + " people failed: " + e.what());
  }
}

std::optional<std::string> last_crawl_finished(Database& db)
{
  try {
    SQLite::Statement query(db.sql(), "SELECT max(finished_at) FROM crawl_runs WHERE finished_at IS NOT NULL");
    if (query.executeStep() && !query.getColumn(0).isNull()) {
      return query.getColumn(0).getString();
    }
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": reading crawl_runs failed: " + e.what());
  }
  return std::nullopt;
}

std::map<std::int64_t, std::string> read_person_names(Database& db, const std::vector<std::int64_t>& people)
{
  try {
    std::map<std::int64_t, std::string> names;
    SQLite::Statement query(db.sql(), "SELECT display_name FROM people WHERE id = ?");
    for (std::int64_t id : people) {
      query.bind(1, id);
      if (query.executeStep()) {
        names[id] = query.getColumn(0).getString();
      }
      query.reset();
    }
    return names;
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": reading people's names failed: " + e.what());
  }
}

}  // namespace scout::store
