// Every task a source makes names its subject as typed data; tasks stored before subjects
// existed get theirs back from their URL, once.
#include "crawler/github/github_parser.hpp"
#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_parser.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/legacy_subject.hpp"
#include "crawler/page_follower.hpp"
#include "unit/crawler/test_github_support.hpp"
#include "unit/crawler/test_hf_support.hpp"

#include <doctest/doctest.h>

using scout::model::SubjectKind;
using scout::model::TaskSubject;

namespace {

scout::model::Task task_of(scout::model::Source source, std::string kind, std::string url, TaskSubject subject = {})
{
  scout::model::Task task;
  task.id = 5;
  task.source = source;
  task.kind = std::move(kind);
  task.url = std::move(url);
  task.subject = std::move(subject);
  return task;
}

// The subject of the first follow-up of `kind`.
TaskSubject subject_of(const scout::crawler::ParseOutput& output, const std::string& kind)
{
  for (const scout::model::NewTask& task : output.new_tasks) {
    if (task.kind == kind) {
      return task.subject;
    }
  }
  FAIL("no follow-up of kind " << kind);
  return {};
}

}  // namespace

TEST_SUITE("model::TaskSubject")
{
  TEST_CASE("subject kinds read back what they write and '' is none")
  {
    for (SubjectKind kind : {SubjectKind::none, SubjectKind::account, SubjectKind::repository, SubjectKind::model,
                             SubjectKind::paper, SubjectKind::query}) {
      SubjectKind read = SubjectKind::query;
      CHECK(scout::model::parse_subject_kind(scout::model::to_string(kind), read));
      CHECK(read == kind);
    }
    SubjectKind read = SubjectKind::none;
    CHECK_FALSE(scout::model::parse_subject_kind("user", read));
  }

  TEST_CASE("a next page keeps the subject and counts from page 1")
  {
    CHECK(scout::model::next_page_of({SubjectKind::query, "dpo", 1}) == TaskSubject{SubjectKind::query, "dpo", 2});
    CHECK(scout::model::next_page_of({SubjectKind::account, "ana", 0}) == TaskSubject{SubjectKind::account, "ana", 2});
  }
}

TEST_SUITE("crawler: subjects of the tasks parsers make")
{
  TEST_CASE("GitHub: found users are accounts and READMEs are repositories, pages count up")
  {
    using scout::test_github::fixture;
    const auto search =
      scout::test_github::run({"github.user_search", "https://api.github.com/search/users?q=llm&per_page=100",
                               fixture("search_users_page1.json")});
    CHECK(subject_of(search, "github.user") == TaskSubject{SubjectKind::account, "ana-ml", 0});

    const auto user =
      scout::test_github::run({"github.user", "https://api.github.com/users/ana-ml", fixture("user_full.json")});
    CHECK(subject_of(user, "github.user_repos").kind == SubjectKind::account);
    CHECK(subject_of(user, "github.user_repos").page == 1);

    scout::crawler::Headers headers;
    headers.add("Content-Type", "application/json");
    headers.add("Link", "<https://api.github.com/user/1001/repos?per_page=100&page=2>; rel=\"next\"");
    const std::string body = fixture("user_repos_page.json");
    const auto task = task_of(scout::model::Source::github, "github.user_repos",
                              "https://api.github.com/users/ana-ml/repos?per_page=100&sort=pushed",
                              {SubjectKind::account, "ana-ml", 1});
    const scout::crawler::GithubParser parser(scout::crawler::GithubParserOptions{"https://api.github.com", 5});
    const auto repos = parser.parse(task, {task.url, 200, &headers, body});
    REQUIRE(repos.error.empty());
    CHECK(subject_of(repos, "github.readme")
          == TaskSubject{SubjectKind::repository, "ana-ml/eval-harness-mini", 0});  // most stars first
    CHECK(subject_of(repos, "github.user_repos") == TaskSubject{SubjectKind::account, "ana-ml", 2});
  }

  TEST_CASE("Hugging Face: a model listing makes model and card and account subjects, a paper page a paper subject")
  {
    const auto output = scout::test::parse_hf({"hf.model_search", "https://huggingface.co/api/models?search=x",
                                               scout::test::hf_fixture("models_author_lumen_page1.json")});
    REQUIRE(output.error.empty());
    CHECK(subject_of(output, "hf.model") == TaskSubject{SubjectKind::model, "lumen-lab/lumen-7b-chat", 0});
    CHECK(subject_of(output, "hf.model_card") == TaskSubject{SubjectKind::model, "lumen-lab/lumen-7b-chat", 0});
    CHECK(scout::crawler::hf::hf_task(scout::test::k_hf_api, "hf.paper", "2305.18290").subject
          == TaskSubject{SubjectKind::paper, "2305.18290", 0});
    CHECK(subject_of(output, "hf.author_models") == TaskSubject{SubjectKind::account, "lumen-lab", 1});
    CHECK(subject_of(output, "hf.user_overview") == TaskSubject{SubjectKind::account, "lumen-lab", 0});
  }

  TEST_CASE("Hugging Face: the card task's subject is the model id whatever the card URL looks like")
  {
    const scout::model::NewTask card = scout::crawler::hf::hf_task("http://127.0.0.1:9", "hf.model_card", "org/m");
    CHECK(card.subject == TaskSubject{SubjectKind::model, "org/m", 0});
    CHECK(card.source == scout::model::Source::huggingface);
  }

  TEST_CASE("the generic page follower gives a next page its parent's subject one page on")
  {
    scout::crawler::Headers headers;
    headers.add("Link", "<https://example.test/list?page=3>; rel=\"next\"");
    const auto task = task_of(scout::model::Source::github, "github.user_search", "https://example.test/list?page=2",
                              {SubjectKind::query, "rlhf", 2});
    const auto output = scout::crawler::PageFollower().parse(task, {task.url, 200, &headers, "[]"});
    REQUIRE(output.new_tasks.size() == 1);
    CHECK(output.new_tasks[0].subject == TaskSubject{SubjectKind::query, "rlhf", 3});
  }
}

TEST_SUITE("crawler::subject_from_legacy_url")
{
  TEST_CASE("each kind's URL gives back the subject its task was about")
  {
    using scout::model::Source;
    struct Case {
      Source source;
      const char* kind;
      const char* url;
      TaskSubject subject;
    };
    const Case cases[] = {
      {Source::github,
       "github.repo",
       "https://api.github.com/repos/vllm-project/vllm",
       {SubjectKind::repository, "vllm-project/vllm", 0}},
      {Source::github,
       "github.repo_contributors",
       "https://api.github.com/repos/a/b/contributors?per_page=100&page=3",
       {SubjectKind::repository, "a/b", 3}},
      {Source::github,
       "github.repo_contributors",
       "https://api.github.com/repositories/9/contributors?page=2&scout_repo=a/b",
       {SubjectKind::repository, "a/b", 2}},
      {Source::github,
       "github.user",
       "https://api.github.com/users/shipit%5Bbot%5D",
       {SubjectKind::account, "shipit[bot]", 0}},
      {Source::github,
       "github.user_repos",
       "https://ghe.example/api/v3/users/ana/repos?per_page=100",
       {SubjectKind::account, "ana", 1}},
      {Source::github, "github.user_repos", "https://api.github.com/user/1001/repos?page=2", {}},
      {Source::github, "github.readme", "https://api.github.com/repos/a/b/readme", {SubjectKind::repository, "a/b", 0}},
      {Source::github,
       "github.user_search",
       "https://api.github.com/search/users?q=rlhf+in%3Abio&per_page=100",
       {SubjectKind::query, "rlhf in:bio", 1}},
      {Source::huggingface,
       "hf.author_models",
       "https://huggingface.co/api/models?author=HuggingFaceH4&full=true",
       {SubjectKind::account, "HuggingFaceH4", 1}},
      {Source::huggingface,
       "hf.author_models",
       "https://huggingface.co/api/models?author=a&cursor=xyz",
       {SubjectKind::account, "a", 0}},
      {Source::huggingface,
       "hf.model_search",
       "https://huggingface.co/api/models?search=dpo&full=true",
       {SubjectKind::query, "dpo", 1}},
      {Source::huggingface,
       "hf.model",
       "https://huggingface.co/api/models/org/name",
       {SubjectKind::model, "org/name", 0}},
      {Source::huggingface, "hf.model", "https://huggingface.co/api/models/gpt2", {SubjectKind::model, "gpt2", 0}},
      {Source::huggingface,
       "hf.model_card",
       "https://huggingface.co/org/name/raw/main/README.md",
       {SubjectKind::model, "org/name", 0}},
      {Source::huggingface,
       "hf.model_card",
       "https://huggingface.co/org/name/resolve/main/README.md",
       {SubjectKind::model, "org/name", 0}},
      {Source::huggingface,
       "hf.user_overview",
       "https://huggingface.co/api/users/ana/overview",
       {SubjectKind::account, "ana", 0}},
      {Source::huggingface,
       "hf.org_overview",
       "https://huggingface.co/api/organizations/H4/overview",
       {SubjectKind::account, "H4", 0}},
      {Source::huggingface,
       "hf.paper",
       "https://huggingface.co/api/papers/2305.18290",
       {SubjectKind::paper, "2305.18290", 0}},
      {Source::arxiv,
       "arxiv.query_page",
       "http://x/api/query?search_query=cat%3Acs.CL&start=8&max_results=4",
       {SubjectKind::query, "cat:cs.CL", 3}},
      {Source::arxiv,
       "arxiv.id_batch",
       "http://x/api/query?id_list=2401.00001,2401.00002&start=0",
       {SubjectKind::paper, "2401.00001,2401.00002", 0}},
      {Source::arxiv, "arxiv.unknown_kind", "http://x/api/query?search_query=a", {}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.url);
      CHECK(scout::crawler::subject_from_legacy_url(task_of(c.source, c.kind, c.url)) == c.subject);
    }
  }
}
