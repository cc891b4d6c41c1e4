#include "ranker/credits.hpp"
#include "ranker/day_number.hpp"
#include "ranker/normalise.hpp"

#include <doctest/doctest.h>

using namespace scout::ranker;

TEST_CASE("commits: a core maintainer is far above a regular contributor, who is far above a drive-by fix")
{
  const ContributionRules rules;
  const double core = commit_credit(400, rules);
  const double regular = commit_credit(30, rules);
  const double drive_by = commit_credit(2, rules);
  CHECK(core > 3 * regular);
  CHECK(regular > 50 * drive_by);
  CHECK(commit_credit(0, rules) == 0);
}

TEST_CASE("recency halves per half-life from the as-of date and never rewards the future")
{
  const int as_of = day_number("2026-11-01");
  CHECK(recency(as_of, as_of, 365) == doctest::Approx(1.0));
  CHECK(recency(as_of - 365, as_of, 365) == doctest::Approx(0.5));
  CHECK(recency(as_of - 730, as_of, 365) == doctest::Approx(0.25));
  CHECK(recency(as_of + 10, as_of, 365) == doctest::Approx(1.0));
  CHECK(recency(-1, as_of, 365) == doctest::Approx(0.5));
}

TEST_CASE("a fork earns nothing unless it has stars of its own, a prompt collection earns nothing")
{
  const RepoRules rules;
  Repo fork;
  fork.fork = true;
  CHECK(repo_credit(fork, false, false, rules) == 0);
  fork.stars = 50;
  CHECK(repo_credit(fork, false, false, rules) > 0);
  Repo prompts;
  prompts.stars = 100000;
  CHECK(repo_credit(prompts, true, true, rules) == 0);
}

TEST_CASE("a list repository's stars are capped: 150k stars count like a modest code repository")
{
  const RepoRules rules;
  Repo list;
  list.stars = 150000;
  Repo code;
  code.stars = 100;
  code.language = "Python";
  CHECK(repo_credit(list, true, false, rules) < repo_credit(code, false, false, rules));
}

TEST_CASE("a template card earns no card credit, a documented one earns it in proportion")
{
  Model model;
  model.card_length = 4000;
  model.card_sections = {"intended_use", "training_data", "evaluation", "limitations", "citation"};
  CHECK(card_completeness(model) == doctest::Approx(0.8));
  model.card_is_template = true;
  CHECK(card_completeness(model) == 0);
}

TEST_CASE("papers: 1/N credit, first and last author weighted, top venue and category applied")
{
  const PaperRules rules;
  CHECK(paper_credit(0, 4, false, true, rules) > paper_credit(1, 4, false, true, rules));
  CHECK(paper_credit(3, 4, false, true, rules) > paper_credit(1, 4, false, true, rules));
  CHECK(paper_credit(1, 2, false, true, rules) > paper_credit(1, 10, false, true, rules));
  CHECK(paper_credit(1, 4, true, true, rules) > paper_credit(1, 4, false, true, rules));
  CHECK(paper_credit(1, 4, false, false, rules) < paper_credit(1, 4, false, true, rules));
}

TEST_CASE("normalisation saturates at the cap, so one huge value does not dwarf the rest")
{
  CHECK(normalise(0, 10) == 0);
  CHECK(normalise(10, 10) == doctest::Approx(1.0));
  CHECK(normalise(1e9, 10) == doctest::Approx(1.0));
  CHECK(normalise(5, 10) > 0.5);
}

TEST_CASE("dates: ISO days since the epoch, garbage is unknown")
{
  CHECK(day_number("1970-01-02") == 1);
  CHECK(day_number("2026-11-23T16:40:00Z") == day_number("2026-11-23"));
  CHECK(day_number("2026-02-30") == -1);
  CHECK(day_number("") == -1);
}

TEST_CASE("a quantisation of someone's model earns no fine-tune credit, a fine-tune, adapter or merge does")
{
  const ModelRules rules;
  Model model;
  model.downloads = 100;
  const double plain = model_credit(model, rules);
  add_base(model, "org/base", "quantized");
  CHECK(model.base_relation == BaseRelation::quantized);
  CHECK(model_credit(model, rules) == doctest::Approx(plain));
  for (const char* relation : {"finetune", "adapter", "merge", ""}) {
    Model trained;
    trained.downloads = 100;
    add_base(trained, "org/base", relation);
    CAPTURE(relation);
    CHECK(model_credit(trained, rules) == doctest::Approx(plain + rules.fine_tune));
  }
}

TEST_CASE("a model's bases: training beats naming beats quantising, and the tags overrule a card's bare base")
{
  Model both;
  add_base(both, "org/a", "quantized");
  add_base(both, "org/b", "finetune");
  CHECK(both.base_relation == BaseRelation::finetune);
  CHECK(both.base_model == "org/a");  // the first named keeps the name
  Model card;
  card.base_model = "org/llama";
  card.base_relation = BaseRelation::unstated;  // what the store reads from the card
  add_base(card, "org/llama", "quantized");
  CHECK(card.base_relation == BaseRelation::quantized);
  CHECK(card.base_model == "org/llama");
  Model plain;
  add_base(plain, "org/x", "quantized");
  add_base(plain, "org/x", "");
  CHECK(plain.base_relation == BaseRelation::unstated);
}

TEST_CASE("all-time downloads count where the Hub gave them, else the last 30 days")
{
  const ModelRules rules;
  Model recent;
  recent.downloads = 500;
  Model lasting = recent;
  lasting.downloads_all_time = 90000;
  CHECK(counted_downloads(recent) == 500);
  CHECK(counted_downloads(lasting) == 90000);
  CHECK(model_credit(lasting, rules) > model_credit(recent, rules));
}
