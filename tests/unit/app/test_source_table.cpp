// The source table: each source answers, from a task's typed subject (never its URL), which
// account the task concerns and whether it is a detail task; seeds carry their subjects.
#include "app/config/load_settings.hpp"
#include "app/crawl/source_table.hpp"

#include <doctest/doctest.h>

using scout::model::NewTask;
using scout::model::Source;
using scout::model::SubjectKind;

TEST_SUITE("app::SourceTable")
{
  TEST_CASE("accounts and the owners of repositories and models, searches and papers and arXiv name none")
  {
    using Account = std::optional<std::pair<std::string, std::string>>;
    struct Case {
      NewTask task;
      Account account;
    };
    // The URLs say nothing: a card URL of any shape names the same owner.
    const Case cases[] = {
      {{Source::github, "github.user", "x", 0, {SubjectKind::account, "Ana-ML", 0}}, Account{{"github", "Ana-ML"}}},
      {{Source::github, "github.readme", "x", 0, {SubjectKind::repository, "ana/dpo", 0}}, Account{{"github", "ana"}}},
      {{Source::github, "github.user_search", "x", 0, {SubjectKind::query, "ana", 1}}, std::nullopt},
      {{Source::huggingface, "hf.model_card", "x", 0, {SubjectKind::model, "org/m", 0}},
       Account{{"huggingface", "org"}}},
      {{Source::huggingface, "hf.model", "x", 0, {SubjectKind::model, "gpt2", 0}}, Account{{"huggingface", "gpt2"}}},
      {{Source::huggingface, "hf.author_models", "x", 0, {SubjectKind::account, "H4", 2}},
       Account{{"huggingface", "H4"}}},
      {{Source::huggingface, "hf.paper", "x", 0, {SubjectKind::paper, "2401.00001", 0}}, std::nullopt},
      {{Source::arxiv, "arxiv.query_page", "x", 0, {SubjectKind::query, "cat:cs.CL", 1}}, std::nullopt},
      {{Source::github, "github.user", "https://api.github.com/users/ana", 0, {}}, std::nullopt},
    };
    const scout::app::SourceTable sources(scout::config::default_settings());
    const scout::store::FollowUpRules rules = sources.follow_up_rules();
    for (const Case& c : cases) {
      CAPTURE(c.task.kind);
      CHECK(rules.account_of(c.task) == c.account);
    }
  }

  TEST_CASE("detail tasks are READMEs of repositories and models' details and cards")
  {
    const scout::app::SourceTable sources(scout::config::default_settings());
    const scout::store::FollowUpRules rules = sources.follow_up_rules();
    CHECK(rules.is_detail({Source::github, "github.readme", "x", 0, {SubjectKind::repository, "a/b", 0}}));
    CHECK(rules.is_detail({Source::huggingface, "hf.model_card", "x", 0, {SubjectKind::model, "a/b", 0}}));
    CHECK(rules.is_detail({Source::huggingface, "hf.model", "x", 0, {SubjectKind::model, "a/b", 0}}));
    CHECK_FALSE(rules.is_detail({Source::github, "github.repo", "x", 0, {SubjectKind::repository, "a/b", 0}}));
    CHECK_FALSE(rules.is_detail({Source::huggingface, "hf.model", "x", 0, {}}));
  }

  TEST_CASE("the plan holds each enabled source's seeds with their subjects")
  {
    scout::config::Settings settings = scout::config::default_settings();
    settings.github.seed_repos = {"a/b"};
    settings.huggingface.enabled = false;
    settings.arxiv.queries = {"cat:cs.CL"};
    const std::vector<NewTask> plan = scout::app::SourceTable(settings).plan();
    REQUIRE(plan.size() == 3);
    CHECK(plan[0].subject == scout::model::TaskSubject{SubjectKind::repository, "a/b", 0});
    CHECK(plan[1].subject == scout::model::TaskSubject{SubjectKind::repository, "a/b", 1});
    CHECK(plan[2].subject == scout::model::TaskSubject{SubjectKind::query, "cat:cs.CL", 1});
  }
}
