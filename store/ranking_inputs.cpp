#include "store/ranking_inputs.hpp"

#include "common/error.hpp"
#include "ranker/day_number.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <rapidjson/document.h>

#include <set>

namespace scout::store {

namespace {

constexpr std::size_t k_batch = 65536;

constexpr const char* k_account_columns =
  "SELECT a.id, pa.person_id, a.source, a.handle, a.kind FROM person_accounts pa "
  "JOIN accounts a ON a.id = pa.account_id ";
constexpr const char* k_repo_columns =
  "SELECT full_name, coalesce(owner_account_id, 0), description, topics_json, language, fork, "
  "stargazers_count, pushed_at FROM github_repos ";
constexpr const char* k_model_columns =
  "SELECT id, coalesce(author_account_id, 0), downloads, likes, pipeline_tag, library_name, "
  "card_base_model, card_sections_json, coalesce(card_is_template, 0), coalesce(card_length, 0), "
  "coalesce(last_modified, created_at) FROM hf_models ";
constexpr const char* k_paper_columns =
  "SELECT id, title, abstract, categories_json, comment, journal_ref, published_at FROM arxiv_papers ";

// ["a", "b"] -> {a, b}; anything else -> {}.
void string_array(const char* json, std::vector<std::string>& values)
{
  values.clear();
  if (json == nullptr || (json[0] == '[' && json[1] == ']')) {
    return;  // the common case, without a parser
  }
  rapidjson::Document doc;
  doc.Parse(json);
  if (doc.HasParseError() || !doc.IsArray()) {
    return;
  }
  for (const rapidjson::Value& value : doc.GetArray()) {
    if (value.IsString()) {
      values.emplace_back(value.GetString(), value.GetStringLength());
    }
  }
}

// Into a reused string: no allocation once the batch's strings have grown.
void text(const SQLite::Column& column, std::string& out)
{
  const char* value = column.isNull() ? "" : column.getText();
  out.assign(value, static_cast<std::size_t>(column.isNull() ? 0 : column.getBytes()));
}

int day(const SQLite::Column& column) { return column.isNull() ? -1 : ranker::day_number(column.getText()); }

ranker::Source source_of(std::string_view source)
{
  if (source == "huggingface") {
    return ranker::Source::huggingface;
  }
  return source == "arxiv" ? ranker::Source::arxiv : ranker::Source::github;
}

void row(SQLite::Statement& q, ranker::Account& a)
{
  a.id = q.getColumn(0).getInt64();
  a.person_id = q.getColumn(1).getInt64();
  a.source = source_of(q.getColumn(2).getText());
  text(q.getColumn(3), a.handle);
  text(q.getColumn(4), a.kind);
}

void row(SQLite::Statement& q, ranker::Repo& r)
{
  text(q.getColumn(0), r.full_name);
  r.owner_account_id = q.getColumn(1).getInt64();
  text(q.getColumn(2), r.description);
  string_array(q.getColumn(3).getText(), r.topics);
  text(q.getColumn(4), r.language);
  r.fork = q.getColumn(5).getInt() != 0;
  r.stars = q.getColumn(6).getInt64();
  r.pushed_day = day(q.getColumn(7));
}

void row(SQLite::Statement& q, ranker::Contribution& c)
{
  text(q.getColumn(0), c.repo_full_name);
  c.account_id = q.getColumn(1).getInt64();
  c.commits = q.getColumn(2).getInt64();
}

void row(SQLite::Statement& q, ranker::Model& m)
{
  text(q.getColumn(0), m.id);
  m.author_account_id = q.getColumn(1).getInt64();
  m.downloads = q.getColumn(2).getInt64();
  m.likes = q.getColumn(3).getInt64();
  text(q.getColumn(4), m.pipeline_tag);
  text(q.getColumn(5), m.library_name);
  text(q.getColumn(6), m.base_model);
  string_array(q.getColumn(7).getText(), m.card_sections);
  m.card_is_template = q.getColumn(8).getInt() != 0;
  m.card_length = q.getColumn(9).getInt64();
  m.modified_day = day(q.getColumn(10));
  m.tags.clear();
}

void row(SQLite::Statement& q, ranker::Paper& p)
{
  text(q.getColumn(0), p.id);
  text(q.getColumn(1), p.title);
  text(q.getColumn(2), p.abstract);
  string_array(q.getColumn(3).getText(), p.categories);
  text(q.getColumn(4), p.comment);
  text(q.getColumn(5), p.journal_ref);
  p.published_day = day(q.getColumn(6));
}

void row(SQLite::Statement& q, ranker::Authorship& a)
{
  text(q.getColumn(0), a.paper_id);
  a.position = q.getColumn(1).getInt();
  a.account_id = q.getColumn(2).getInt64();
}

// Steps `query` to the end, handing the rows to `deliver` in batches of reused rows;
// `extra` runs on each row once read (tags of a model).
template<typename Row, typename Deliver, typename Extra>
void batches(SQLite::Statement& query, Deliver deliver, Extra extra)
{
  std::vector<Row> rows(k_batch);
  std::size_t n = 0;
  while (query.executeStep()) {
    row(query, rows[n]);
    extra(rows[n]);
    if (++n == k_batch) {
      deliver(std::span<const Row>(rows.data(), n));
      n = 0;
    }
  }
  deliver(std::span<const Row>(rows.data(), n));
}

template<typename Row, typename Deliver>
void batches(SQLite::Statement& query, Deliver deliver)
{
  batches<Row>(query, deliver, [](Row&) {});
}

// Tags arrive ordered by model id, like the models, so one merge pass attaches them.
class TagMerger {
public:
  explicit TagMerger(SQLite::Database& db)
    : m_tags(db, "SELECT model_id, value FROM hf_model_tags WHERE kind = 'tag' ORDER BY model_id, value")
  {
    m_more = m_tags.executeStep();
  }
  void attach(ranker::Model& model)
  {
    while (m_more && m_tags.getColumn(0).getString() < model.id) {
      m_more = m_tags.executeStep();
    }
    while (m_more && m_tags.getColumn(0).getString() == model.id) {
      model.tags.push_back(m_tags.getColumn(1).getString());
      m_more = m_tags.executeStep();
    }
  }

private:
  SQLite::Statement m_tags;
  bool m_more = false;
};

// For tables whose rowid is SQLite's own (assigned 1, 2, ...): an upper bound on the count.
std::size_t max_rowid(SQLite::Database& db, const char* table)
{
  return static_cast<std::size_t>(
    db.execAndGet(std::string("SELECT coalesce(max(rowid), 0) FROM ") + table).getInt64());
}

void read_all(SQLite::Database& db, RankRowSink& sink)
{
  // github_repos' rowid is GitHub's repository id, no bound on the count: count its rows.
  const auto repo_count = static_cast<std::size_t>(db.execAndGet("SELECT count(*) FROM github_repos").getInt64());
  sink.expect(repo_count, max_rowid(db, "github_contributions"), max_rowid(db, "hf_models"),
              max_rowid(db, "arxiv_authorships"));
  std::vector<std::int64_t> people;
  SQLite::Statement ids(db, "SELECT id FROM people ORDER BY id");
  while (ids.executeStep()) {
    people.push_back(ids.getColumn(0).getInt64());
  }
  sink.people(people);
  // The by-person index order: no sort step.
  SQLite::Statement accounts(db, std::string(k_account_columns) + "ORDER BY pa.person_id, pa.account_id");
  batches<ranker::Account>(accounts, [&](auto rows) { sink.accounts(rows); });
  // Rowid order: a sequential read of the table, and stable for one database.
  SQLite::Statement repos(db, std::string(k_repo_columns) + "ORDER BY rowid");
  batches<ranker::Repo>(repos, [&](auto rows) { sink.repos(rows); });
  SQLite::Statement contributions(
    db, "SELECT repo_full_name, account_id, contributions FROM github_contributions ORDER BY rowid");
  batches<ranker::Contribution>(contributions, [&](auto rows) { sink.contributions(rows); });
  TagMerger tags(db);
  SQLite::Statement models(db, std::string(k_model_columns) + "ORDER BY id");
  batches<ranker::Model>(
    models, [&](auto rows) { sink.models(rows); }, [&](ranker::Model& m) { tags.attach(m); });
  SQLite::Statement papers(db, std::string(k_paper_columns) + "ORDER BY id");
  batches<ranker::Paper>(papers, [&](auto rows) { sink.papers(rows); });
  SQLite::Statement authors(db,
                            "SELECT paper_id, position, account_id FROM arxiv_authorships ORDER BY paper_id, position");
  batches<ranker::Authorship>(authors, [&](auto rows) { sink.authorships(rows); });
}

// Collects every batch into one RankInput.
class InputCollector : public RankRowSink {
public:
  explicit InputCollector(ranker::RankInput& input) : m_input(input) {}
  void people(std::span<const std::int64_t> ids) override { m_input.people.assign(ids.begin(), ids.end()); }
  void accounts(std::span<const ranker::Account> rows) override { append(m_input.accounts, rows); }
  void repos(std::span<const ranker::Repo> rows) override { append(m_input.repos, rows); }
  void contributions(std::span<const ranker::Contribution> rows) override { append(m_input.contributions, rows); }
  void models(std::span<const ranker::Model> rows) override { append(m_input.models, rows); }
  void papers(std::span<const ranker::Paper> rows) override { append(m_input.papers, rows); }
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
  explicit PeopleReader(SQLite::Database& db)
    : m_accounts(db, std::string(k_account_columns) + "WHERE pa.person_id = ? ORDER BY pa.account_id"),
      m_owned(db, std::string(k_repo_columns) + "WHERE owner_account_id = ? ORDER BY rowid"),
      m_repo(db, std::string(k_repo_columns) + "WHERE full_name = ?"),
      m_contributions(db,
                      "SELECT repo_full_name, account_id, contributions FROM github_contributions WHERE account_id = ? "
                      "ORDER BY rowid"),
      m_models(db, std::string(k_model_columns) + "WHERE author_account_id = ? ORDER BY id"),
      m_tags(db, "SELECT value FROM hf_model_tags WHERE model_id = ? AND kind = 'tag' ORDER BY value"),
      m_authorships(db,
                    "SELECT paper_id, position, account_id FROM arxiv_authorships WHERE account_id = ? ORDER BY "
                    "paper_id, position"),
      m_paper(db, std::string(k_paper_columns) + "WHERE id = ?"),
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
    for_each<ranker::Model>(m_models, id, [&](ranker::Model& m) {
      for_each<std::string>(m_tags, m.id, [&](std::string& tag) { m.tags.push_back(tag); });
      input.models.push_back(m);
    });
    for_each<ranker::Authorship>(m_authorships, id, [&](ranker::Authorship& a) { input.authorships.push_back(a); });
  }

  // The contributed repositories and the papers, after every account's rows.
  void referenced(ranker::RankInput& input)
  {
    for (std::size_t c = 0; c < input.contributions.size(); ++c) {
      const std::string name = input.contributions[c].repo_full_name;
      for_each<ranker::Repo>(m_repo, name, [&](ranker::Repo& r) { add_repo(r, input); });
    }
    std::set<std::string> papers;
    for (const ranker::Authorship& a : input.authorships) {
      if (papers.insert(a.paper_id).second) {
        for_each<ranker::Paper>(m_paper, a.paper_id, [&](ranker::Paper& p) {
          for_each<std::int64_t>(m_authors, p.id, [&](std::int64_t& n) { p.author_count = static_cast<int>(n); });
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

  static void row_of(SQLite::Statement& q, std::string& s) { s = q.getColumn(0).getString(); }
  static void row_of(SQLite::Statement& q, std::int64_t& n) { n = q.getColumn(0).getInt64(); }
  template<typename Row>
  static void row_of(SQLite::Statement& q, Row& r)
  {
    row(q, r);
  }

  template<typename Row, typename Key, typename Visit>
  static void for_each(SQLite::Statement& query, const Key& key, Visit visit)
  {
    query.reset();
    query.bind(1, key);
    while (query.executeStep()) {
      Row r{};
      row_of(query, r);
      visit(r);
    }
    query.reset();
  }

  SQLite::Statement m_accounts, m_owned, m_repo, m_contributions, m_models, m_tags, m_authorships, m_paper, m_authors;
  std::set<std::string> m_repos_seen;
};

}  // namespace

void read_rank_rows(Database& db, RankRowSink& sink)
{
  try {
    read_all(db.sql(), sink);
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": reading the crawled tables for ranking failed: " + e.what());
  }
}

ranker::RankInput read_rank_input(Database& db)
{
  ranker::RankInput input;
  InputCollector collector(input);
  read_rank_rows(db, collector);
  std::map<std::int64_t, std::string> names = read_person_names(db, input.people);
  for (std::int64_t id : input.people) {
    input.person_names.push_back(names[id]);
  }
  return input;
}

ranker::RankInput read_rank_input_of(Database& db, const std::vector<std::int64_t>& people)
{
  ranker::RankInput input;
  try {
    PeopleReader reader(db.sql());
    for (std::int64_t id : people) {
      reader.person(id, input);
    }
    for (std::size_t a = 0; a < input.accounts.size(); ++a) {
      reader.account(input.accounts[a].id, input);
    }
    reader.referenced(input);
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": reading the rows of " + std::to_string(people.size()) + " people failed: " + e.what());
  }
  return input;
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
