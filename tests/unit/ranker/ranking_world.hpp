#pragma once

// A small world of people whose right order is obvious, built as RankInput rows (the same
// rows store/ranking_inputs reads from a crawled database).

#include "ranker/day_number.hpp"
#include "ranker/ranker.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace scout::testing {

inline ranker::Taxonomy small_taxonomy()
{
  ranker::Taxonomy taxonomy;
  taxonomy.specialisations = {
    {"inference",
     "Inference and serving",
     {"inference", "serving", "vllm", "kv cache", "speculative decoding", "gguf", "awq", "quantization"},
     {"vllm", "fastserve"},
     ""},
    {"rag",
     "RAG and retrieval",
     {"rag", "retrieval-augmented generation", "retrieval", "reranking", "embeddings", "hybrid search"},
     {"ragkit"},
     ""},
    {"agents", "Agents", {"agent", "tool calling"}, {"langchain"}, ""},
  };
  return taxonomy;
}

class RankingWorld {
public:
  RankingWorld() { m_input.as_of_day = ranker::day_number("2026-11-01"); }

  std::int64_t person(const std::string& name)
  {
    const std::int64_t id = static_cast<std::int64_t>(m_input.people.size()) + 1;
    m_input.people.push_back(id);
    m_input.person_names.push_back(name);
    return id;
  }

  std::int64_t account(std::int64_t person, ranker::Source source, const std::string& handle,
                       const std::string& kind = "user")
  {
    const std::int64_t id = static_cast<std::int64_t>(m_input.accounts.size()) + 100;
    m_input.accounts.push_back({id, person, source, handle, kind});
    return id;
  }

  void repo(std::int64_t owner, const std::string& full_name, const std::string& description,
            const std::string& language, std::int64_t stars, const std::string& pushed, bool fork = false)
  {
    ranker::Repo repo;
    repo.full_name = full_name;
    repo.owner_account_id = owner;
    repo.description = description;
    repo.language = language;
    repo.stars = stars;
    repo.fork = fork;
    repo.pushed_day = ranker::day_number(pushed);
    m_input.repos.push_back(repo);
  }

  // `last`: the week of the author's last commit, where GitHub's statistics give it.
  void commits(std::int64_t account, const std::string& repo, std::int64_t count, const std::string& last = "")
  {
    m_input.contributions.push_back({repo, account, count, last.empty() ? -1 : ranker::day_number(last)});
  }

  void model(std::int64_t author, const std::string& id, std::int64_t downloads, std::int64_t likes,
             std::vector<std::string> tags, std::vector<std::string> sections, const std::string& modified,
             const std::string& base_model = "")
  {
    ranker::Model model;
    model.id = id;
    model.author_account_id = author;
    model.downloads = downloads;
    model.likes = likes;
    model.tags = std::move(tags);
    model.card_sections = std::move(sections);
    model.card_is_template = model.card_sections.empty();
    model.card_length = model.card_sections.empty() ? 300 : 4000;
    model.modified_day = ranker::day_number(modified);
    model.base_model = base_model;
    m_input.models.push_back(model);
  }

  void paper(const std::string& id, const std::string& title, const std::string& published,
             const std::vector<std::int64_t>& authors, const std::string& comment = "",
             const std::string& category = "cs.CL")
  {
    ranker::Paper paper;
    paper.id = id;
    paper.title = title;
    paper.categories = {category};
    paper.comment = comment;
    paper.published_day = ranker::day_number(published);
    m_input.papers.push_back(paper);
    for (std::size_t i = 0; i < authors.size(); ++i) {
      m_input.authorships.push_back({id, static_cast<int>(i), authors[i]});
    }
  }

  ranker::RankInput& input() { return m_input; }

  // The ranking under `weights`: person id -> rank (0 = not ranked).
  // Each person's overall score, by person id (0 for bots and the unranked).
  std::vector<double> totals(const ranker::Weights& weights = {}) const
  {
    const ranker::Taxonomy taxonomy = small_taxonomy();
    const ranker::FeatureSet features = ranker::extract_features(m_input, taxonomy, weights);
    const ranker::RankResult result = ranker::score_people(features, taxonomy, weights);
    std::vector<double> by_person(m_input.people.size() + 1, 0.0);
    for (const ranker::PersonScore& person : result.people) {
      by_person[static_cast<std::size_t>(person.person_id)] = person.total;
    }
    return by_person;
  }

  std::vector<std::int64_t> ranks(const ranker::Weights& weights = {}) const
  {
    const ranker::Taxonomy taxonomy = small_taxonomy();
    const ranker::FeatureSet features = ranker::extract_features(m_input, taxonomy, weights);
    const ranker::RankResult result = ranker::score_people(features, taxonomy, weights);
    std::vector<std::int64_t> by_person(m_input.people.size() + 1, 0);
    for (const ranker::PersonScore& person : result.people) {
      by_person[static_cast<std::size_t>(person.person_id)] = person.total > 0 ? person.rank : 0;
    }
    return by_person;
  }

private:
  ranker::RankInput m_input;
};

}  // namespace scout::testing
