#pragma once

// A linked database of a few hundred people with everything the ranker reads, and a
// description of the rows a reader gives, for the tests of the bulk and per-person reads
// (tests/unit/store/test_ranking_read.cpp) and of the explained rows' cache.
#include "ranker/rank_input.hpp"
#include "store/database.hpp"
#include "store/direct_sql.hpp"
#include "store/row_writer.hpp"
#include "store/transaction.hpp"
#include "support/temp_dir.hpp"

#include <random>
#include <sstream>
#include <string>

namespace scout::testing {

// A linked database of `people` people with sparse GitHub repository ids, contributions,
// models with tags, papers with several authors, in an order unlike the keys' order.
inline void fill(scout::store::Database& db, int people)
{
  std::mt19937 rng(7);
  const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  scout::store::Transaction tx(db, "fill the test database");
  scout::store::RowWriter account(db,
                                  "INSERT INTO accounts (id, source, handle, kind, first_seen_at, updated_at) "
                                  "VALUES (?, ?, ?, 'user', 't', 't')");
  scout::store::RowWriter person(
    db, "INSERT INTO people (id, display_name, created_at, updated_at) VALUES (?, ?, 't', 't')");
  scout::store::RowWriter member(db, "INSERT INTO person_accounts (account_id, person_id) VALUES (?, ?)");
  scout::store::RowWriter repo(db,
                               "INSERT INTO github_repos (id, full_name, owner_account_id, name, description, "
                               "topics_json, language, stargazers_count, pushed_at, fetched_at) "
                               "VALUES (?, ?, ?, 'r', ?, '[\"llm\", \"rag\"]', 'Python', ?, '2026-03-01', 't')");
  scout::store::RowWriter contribution(db,
                                       "INSERT OR IGNORE INTO github_contributions (repo_full_name, account_id, "
                                       "contributions, fetched_at) VALUES (?, ?, ?, 't')");
  scout::store::RowWriter stats(db,
                                "INSERT OR IGNORE INTO github_contributor_stats (repo_full_name, account_id, commits, "
                                "first_week, last_week, fetched_at) VALUES (?, ?, ?, '2016-01-03', ?, 't')");
  scout::store::RowWriter model(db,
                                "INSERT INTO hf_models (id, author_account_id, downloads, likes, downloads_all_time, "
                                "card_base_model, fetched_at) VALUES (?, ?, ?, 1, nullif(?, -1), nullif(?, ''), 't')");
  scout::store::RowWriter base(db,
                               "INSERT INTO hf_model_base_models (model_id, base_model_id, relation) VALUES (?, ?, ?)");
  scout::store::RowWriter tag(db, "INSERT OR IGNORE INTO hf_model_tags (model_id, kind, value) VALUES (?, ?, ?)");
  scout::store::RowWriter paper(db,
                                "INSERT INTO arxiv_papers (id, title, abstract, published_at, fetched_at) "
                                "VALUES (?, 'A paper', 'on serving', '2025-05-01', 't')");
  scout::store::RowWriter author(db,
                                 "INSERT INTO arxiv_authorships (paper_id, position, account_id, author_name) "
                                 "VALUES (?, ?, ?, 'A')");
  const auto run = [](scout::store::RowWriter& q, auto... values) {
    int i = 1;
    (q.bind(i++, values), ...);
    q.write_row();
  };
  for (int p = people; p >= 1; --p) {  // inserted backwards: rowids unlike the ids' order
    const int gh = p * 10, hf = p * 10 + 1, ax = p * 10 + 2;
    run(person, p, "Person " + std::to_string(p));
    run(account, gh, "github", "gh" + std::to_string(p));
    run(member, gh, p);
    if (p % 2 == 0) {
      run(account, hf, "huggingface", "hf" + std::to_string(p));
      run(member, hf, p);
      for (int m = 0; m < 3; ++m) {
        const std::string id = "hf" + std::to_string(p) + "/model-" + std::to_string(pick(1000));
        if (scout::store::query_int(db, "SELECT count(*) FROM hf_models WHERE id = ?", {id}) == 0) {
          // Every third model has no all-time count; bases: none, a card's, quantised, fine-tuned and
          // quantised (training wins), by the model's number.
          const int kind = pick(4);
          run(model, id, hf, pick(5000), m == 2 ? -1 : 5000 + pick(90000), kind == 1 ? "org/card-base" : "");
          if (kind >= 2) {
            run(base, id, "org/base-" + std::to_string(kind), "quantized");
          }
          if (kind == 3) {
            run(base, id, "org/another-base", "finetune");
          }
          run(tag, id, "tag", "text-generation");
          run(tag, id, "tag", "dpo");
          run(tag, id, "license", "mit");
        }
      }
    }
    if (p % 3 == 0) {
      run(account, ax, "arxiv", "Author " + std::to_string(p));
      run(member, ax, p);
    }
    const std::int64_t repo_id = 1000000LL * p + pick(999999);  // sparse, like GitHub's
    run(repo, repo_id, "gh" + std::to_string(p) + "/repo", gh, "inference engine", pick(100000));
    for (int c = 0; c < 4; ++c) {
      const std::string to = "gh" + std::to_string(pick(people) + 1) + "/repo";
      run(contribution, to, gh, 1 + pick(400));
      if (c == 0) {  // dated by GitHub's statistics too
        run(stats, to, gh, 1 + pick(400), "2017-0" + std::to_string(1 + pick(9)) + "-01");
      }
    }
    if (p % 5 == 0) {  // named only by the statistics of a repository too large to list
      run(stats, "big/monorepo", gh, 1 + pick(900), "2025-1" + std::to_string(pick(3)) + "-05");
    }
  }
  for (int n = 0; n < people / 2; ++n) {
    const std::string id = "2601." + std::to_string(10000 + pick(90000));
    if (scout::store::query_int(db, "SELECT count(*) FROM arxiv_papers WHERE id = ?", {id}) != 0) {
      continue;
    }
    run(paper, id);
    for (int a = 0; a < 1 + pick(5); ++a) {
      run(author, id, a, (3 * (1 + pick(people / 3))) * 10 + 2);
    }
  }
  tx.commit();
}

// Every field the reader fills, one line a row.
inline std::string describe(const scout::ranker::RankInput& in)
{
  std::ostringstream out;
  for (std::int64_t id : in.people) {
    out << "person " << id << "\n";
  }
  for (const auto& a : in.accounts) {
    out << "account " << a.id << " " << a.person_id << " " << static_cast<int>(a.source) << " " << a.handle << " "
        << a.kind << "\n";
  }
  for (const auto& r : in.repos) {
    out << "repo " << r.full_name << " " << r.owner_account_id << " " << r.description << " " << r.topics.size() << " "
        << r.language << " " << r.stars << " " << r.pushed_day << "\n";
  }
  for (const auto& c : in.contributions) {
    out << "contribution " << c.repo_full_name << " " << c.account_id << " " << c.commits << " " << c.last_day << "\n";
  }
  for (const auto& m : in.models) {
    out << "model " << m.id << " " << m.author_account_id << " " << m.downloads << " " << m.downloads_all_time
        << " base " << m.base_model << " " << static_cast<int>(m.base_relation);
    for (const auto& tag : m.tags) {
      out << " " << tag;
    }
    out << "\n";
  }
  for (const auto& p : in.papers) {
    out << "paper " << p.id << " " << p.title << " " << p.published_day << "\n";
  }
  for (const auto& a : in.authorships) {
    out << "authorship " << a.paper_id << " " << a.position << " " << a.account_id << "\n";
  }
  return out.str();
}

struct ReadFixture {
  scout::testing::TempDir dir;
  scout::store::Database db = scout::store::Database::open(dir.file("scout.db"));
  ReadFixture()
  {
    db.migrate();
    fill(db, 300);
  }
};

}  // namespace scout::testing
