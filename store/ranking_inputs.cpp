#include "store/ranking_inputs.hpp"

#include "common/error.hpp"
#include "ranker/day_number.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <rapidjson/document.h>

namespace scout::store {

namespace {

// ["a", "b"] -> {a, b}; anything else -> {}.
std::vector<std::string> string_array(const char* json)
{
  std::vector<std::string> values;
  if (json == nullptr || (json[0] == '[' && json[1] == ']')) {
    return values;  // the common case, without a parser
  }
  rapidjson::Document doc;
  doc.Parse(json == nullptr ? "[]" : json);
  if (doc.HasParseError() || !doc.IsArray()) {
    return values;
  }
  for (const rapidjson::Value& value : doc.GetArray()) {
    if (value.IsString()) {
      values.emplace_back(value.GetString(), value.GetStringLength());
    }
  }
  return values;
}

std::string text(const SQLite::Column& column)
{
  return column.isNull() ? std::string() : column.getString();
}

ranker::Source source_of(const std::string& source)
{
  if (source == "huggingface") {
    return ranker::Source::huggingface;
  }
  return source == "arxiv" ? ranker::Source::arxiv : ranker::Source::github;
}

void read_people(SQLite::Database& db, ranker::RankInput& input)
{
  SQLite::Statement people(db, "SELECT id, display_name FROM people ORDER BY id");
  while (people.executeStep()) {
    input.people.push_back(people.getColumn(0).getInt64());
    input.person_names.push_back(people.getColumn(1).getString());
  }
  SQLite::Statement accounts(db,
    "SELECT a.id, pa.person_id, a.source, a.handle, a.kind FROM person_accounts pa JOIN accounts a ON a.id = pa.account_id "
    "ORDER BY pa.person_id, pa.account_id");  // the by-person index order: no sort step
  while (accounts.executeStep()) {
    input.accounts.push_back({accounts.getColumn(0).getInt64(), accounts.getColumn(1).getInt64(),
                              source_of(accounts.getColumn(2).getString()), accounts.getColumn(3).getString(),
                              accounts.getColumn(4).getString()});
  }
}

void read_github(SQLite::Database& db, ranker::RankInput& input)
{
  SQLite::Statement repos(db,
    "SELECT full_name, coalesce(owner_account_id, 0), description, topics_json, language, fork, stargazers_count, pushed_at "
    "FROM github_repos ORDER BY full_name");
  while (repos.executeStep()) {
    ranker::Repo repo;
    repo.full_name = repos.getColumn(0).getString();
    repo.owner_account_id = repos.getColumn(1).getInt64();
    repo.description = text(repos.getColumn(2));
    repo.topics = string_array(repos.getColumn(3).getText());
    repo.language = text(repos.getColumn(4));
    repo.fork = repos.getColumn(5).getInt() != 0;
    repo.stars = repos.getColumn(6).getInt64();
    repo.pushed_day = ranker::day_number(text(repos.getColumn(7)));
    input.repos.push_back(std::move(repo));
  }
  // The by-account index order (ties by rowid): stable for one database, and no sort step.
  SQLite::Statement contributions(db,
    "SELECT repo_full_name, account_id, contributions FROM github_contributions ORDER BY account_id");
  while (contributions.executeStep()) {
    input.contributions.push_back({contributions.getColumn(0).getString(), contributions.getColumn(1).getInt64(),
                                   contributions.getColumn(2).getInt64()});
  }
}

void read_models(SQLite::Database& db, ranker::RankInput& input)
{
  SQLite::Statement models(db,
    "SELECT id, coalesce(author_account_id, 0), downloads, likes, pipeline_tag, library_name, card_base_model, "
    "card_sections_json, coalesce(card_is_template, 0), coalesce(card_length, 0), coalesce(last_modified, created_at) "
    "FROM hf_models ORDER BY id");
  while (models.executeStep()) {
    ranker::Model model;
    model.id = models.getColumn(0).getString();
    model.author_account_id = models.getColumn(1).getInt64();
    model.downloads = models.getColumn(2).getInt64();
    model.likes = models.getColumn(3).getInt64();
    model.pipeline_tag = text(models.getColumn(4));
    model.library_name = text(models.getColumn(5));
    model.base_model = text(models.getColumn(6));
    model.card_sections = string_array(models.getColumn(7).getText());
    model.card_is_template = models.getColumn(8).getInt() != 0;
    model.card_length = models.getColumn(9).getInt64();
    model.modified_day = ranker::day_number(text(models.getColumn(10)));
    input.models.push_back(std::move(model));
  }
  // Tags arrive ordered by model id, like the models, so one merge pass attaches them.
  SQLite::Statement tags(db, "SELECT model_id, value FROM hf_model_tags WHERE kind = 'tag' ORDER BY model_id, value");
  std::size_t at = 0;
  while (tags.executeStep()) {
    const std::string model_id = tags.getColumn(0).getString();
    while (at < input.models.size() && input.models[at].id < model_id) {
      ++at;
    }
    if (at < input.models.size() && input.models[at].id == model_id) {
      input.models[at].tags.push_back(tags.getColumn(1).getString());
    }
  }
}

void read_papers(SQLite::Database& db, ranker::RankInput& input)
{
  SQLite::Statement papers(db,
    "SELECT id, title, abstract, categories_json, comment, journal_ref, published_at FROM arxiv_papers ORDER BY id");
  while (papers.executeStep()) {
    ranker::Paper paper;
    paper.id = papers.getColumn(0).getString();
    paper.title = papers.getColumn(1).getString();
    paper.abstract = papers.getColumn(2).getString();
    paper.categories = string_array(papers.getColumn(3).getText());
    paper.comment = text(papers.getColumn(4));
    paper.journal_ref = text(papers.getColumn(5));
    paper.published_day = ranker::day_number(text(papers.getColumn(6)));
    input.papers.push_back(std::move(paper));
  }
  SQLite::Statement authors(db, "SELECT paper_id, position, account_id FROM arxiv_authorships ORDER BY paper_id, position");
  while (authors.executeStep()) {
    input.authorships.push_back({authors.getColumn(0).getString(), authors.getColumn(1).getInt(), authors.getColumn(2).getInt64()});
  }
}

}  // namespace

ranker::RankInput read_rank_input(Database& db)
{
  ranker::RankInput input;
  try {
    read_people(db.sql(), input);
    read_github(db.sql(), input);
    read_models(db.sql(), input);
    read_papers(db.sql(), input);
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": reading the crawled tables for ranking failed: " + e.what());
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

}  // namespace scout::store
