#include "store/ranking_runs.hpp"

#include "common/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

namespace {

constexpr std::array<const char*, k_stored_signals> k_signal_columns = {"contributions", "own_repos", "models",
                                                                        "papers",        "breadth",   "depth"};

std::int64_t insert_run(SQLite::Database& db, const RankingRunHeader& header)
{
  SQLite::Statement run(
    db,
    "INSERT INTO ranking_runs (created_at, weights_path, weights_hash, weights_json, taxonomy_hash, as_of, note, "
    "specialisation_keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  run.bind(1, header.created_at);
  run.bind(2, header.weights_path);
  run.bind(3, header.weights_hash);
  run.bind(4, header.weights_json);
  run.bind(5, header.taxonomy_hash);
  run.bind(6, header.as_of);
  run.bind(7, header.note);
  run.bind(8, header.specialisation_keys);
  run.exec();
  return db.getLastInsertRowid();
}

}  // namespace

RankingRunWriter::RankingRunWriter(Database& db, const RankingRunHeader& header) : m_db(db)
{
  try {
    SQLite::Database& sql = db.sql();
    // The rows reference people read under this same writer lock, so checking every row's
    // foreign keys is work without benefit (a third of the write); back on when done.
    sql.exec("PRAGMA foreign_keys = OFF");
    m_transaction = std::make_unique<SQLite::Transaction>(sql);
    m_run_id = insert_run(sql, header);
    m_score = std::make_unique<SQLite::Statement>(
      sql, "INSERT INTO scores (run_id, person_id, total, rank, specialization) VALUES (?, ?, ?, ?, ?)");
    m_component = std::make_unique<SQLite::Statement>(
      sql,
      "INSERT INTO score_components (run_id, person_id, signal, value, weight, contribution, explanation) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
    m_specialisation = std::make_unique<SQLite::Statement>(
      sql,
      "INSERT INTO specialisation_scores (run_id, person_id, specialisation, score, contributions, own_repos, models, "
      "papers, breadth, depth) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_evidence = std::make_unique<SQLite::Statement>(
      sql,
      "INSERT INTO score_evidence (run_id, person_id, signal, position, description, url) VALUES (?, ?, ?, ?, ?, ?)");
    m_block = std::make_unique<SQLite::Statement>(
      sql, "INSERT INTO score_blocks (run_id, block, people, data) VALUES (?, ?, ?, ?)");
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": starting a ranking run failed: " + e.what());
  }
}

RankingRunWriter::~RankingRunWriter()
{
  m_transaction.reset();  // rolls back an unfinished run
  try {
    m_db.sql().exec("PRAGMA foreign_keys = ON");
  } catch (const SQLite::Exception&) {
    // The connection is closing with the process; nothing more to keep consistent.
  }
}

void RankingRunWriter::write(const std::vector<StoredScore>& scores)
{
  try {
    for (const StoredScore& score : scores) {
      m_score->bind(1, m_run_id);
      m_score->bind(2, score.person_id);
      m_score->bind(3, score.total);
      m_score->bind(4, score.rank);
      m_score->bind(5, score.specialisation);
      m_score->exec();
      m_score->reset();
      for (const StoredComponent& c : score.components) {
        m_component->bind(1, m_run_id);
        m_component->bind(2, score.person_id);
        m_component->bind(3, c.signal);
        m_component->bind(4, c.value);
        m_component->bind(5, c.weight);
        m_component->bind(6, c.contribution);
        m_component->bind(7, c.explanation);
        m_component->exec();
        m_component->reset();
      }
      for (const StoredSpecialisation& s : score.specialisations) {
        m_specialisation->bind(1, m_run_id);
        m_specialisation->bind(2, score.person_id);
        m_specialisation->bind(3, s.key);
        m_specialisation->bind(4, s.score);
        for (std::size_t i = 0; i < k_stored_signals; ++i) {
          m_specialisation->bind(static_cast<int>(5 + i), s.contributions[i]);
        }
        m_specialisation->exec();
        m_specialisation->reset();
      }
      for (std::size_t i = 0; i < score.evidence.size(); ++i) {
        const StoredEvidence& e = score.evidence[i];
        m_evidence->bind(1, m_run_id);
        m_evidence->bind(2, score.person_id);
        m_evidence->bind(3, e.signal);
        m_evidence->bind(4, static_cast<std::int64_t>(i));
        m_evidence->bind(5, e.description);
        m_evidence->bind(6, e.url);
        m_evidence->exec();
        m_evidence->reset();
      }
    }
    m_detailed += static_cast<std::int64_t>(scores.size());
  } catch (const SQLite::Exception& e) {
    throw Error(m_db.path() + ": writing ranking run " + std::to_string(m_run_id) + " failed: " + e.what());
  }
}

void RankingRunWriter::write_block(std::string_view data, std::int64_t people)
{
  try {
    m_block->bind(1, m_run_id);
    m_block->bind(2, m_blocks);
    m_block->bind(3, people);
    m_block->bindNoCopy(4, data.data(), static_cast<int>(data.size()));
    m_block->exec();
    m_block->reset();
    m_blocks += 1;
    m_people += people;
  } catch (const SQLite::Exception& e) {
    throw Error(m_db.path() + ": writing ranking run " + std::to_string(m_run_id) + " failed: " + e.what());
  }
}

std::int64_t RankingRunWriter::prune(std::int64_t keep)
{
  if (keep <= 0) {
    return 0;
  }
  try {
    SQLite::Database& sql = m_db.sql();
    sql.exec("CREATE TEMP TABLE IF NOT EXISTS pruned_runs (id INTEGER PRIMARY KEY)");
    sql.exec("DELETE FROM temp.pruned_runs");
    SQLite::Statement old(sql,
                          "INSERT INTO temp.pruned_runs SELECT id FROM ranking_runs WHERE id NOT IN (SELECT id FROM "
                          "ranking_runs ORDER BY id DESC LIMIT ?) AND id NOT IN (SELECT ranking_run_id FROM "
                          "nightly_runs ORDER BY id DESC LIMIT 1)");
    old.bind(1, keep);
    const int pruned = old.exec();
    // Children first, by hand: foreign keys are off while a run is written, so nothing cascades.
    for (const char* table :
         {"score_evidence", "score_components", "specialisation_scores", "scores", "score_blocks", "ranking_runs"}) {
      const std::string key = std::string(table) == "ranking_runs" ? "id" : "run_id";
      sql.exec(std::string("DELETE FROM ") + table + " WHERE " + key + " IN (SELECT id FROM temp.pruned_runs)");
    }
    return pruned;
  } catch (const SQLite::Exception& e) {
    throw Error(m_db.path() + ": deleting ranking runs older than the newest " + std::to_string(keep)
                + " failed: " + e.what());
  }
}

std::int64_t RankingRunWriter::finish()
{
  try {
    SQLite::Statement people(m_db.sql(), "UPDATE ranking_runs SET people = ?, detailed = ? WHERE id = ?");
    people.bind(1, m_people);
    people.bind(2, m_detailed);
    people.bind(3, m_run_id);
    people.exec();
    m_transaction->commit();
  } catch (const SQLite::Exception& e) {
    throw Error(m_db.path() + ": committing ranking run " + std::to_string(m_run_id) + " failed: " + e.what());
  }
  return m_run_id;
}

std::int64_t latest_ranking_run(Database& db)
{
  try {
    return db.sql().execAndGet("SELECT coalesce(max(id), 0) FROM ranking_runs").getInt64();
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": reading ranking_runs failed: " + e.what());
  }
}

}  // namespace scout::store
