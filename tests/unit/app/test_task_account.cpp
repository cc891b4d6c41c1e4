// The account a task concerns comes from its typed subject, never from its URL.
#include "app/crawl/task_account.hpp"

#include <doctest/doctest.h>

using scout::model::NewTask;
using scout::model::Source;
using scout::model::SubjectKind;

TEST_SUITE("app::account_named_by")
{
  TEST_CASE("accounts and the owners of repositories and models; searches and papers and arXiv name none")
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
    for (const Case& c : cases) {
      CAPTURE(c.task.kind);
      CHECK(scout::app::account_named_by(c.task) == c.account);
    }
  }
}
