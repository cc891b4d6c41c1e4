// What identity needs from GitHub (issue 12): social accounts, repository homepages and fork
// parents, on fixtures in the shapes GitHub's REST docs give.
#include "test_github_support.hpp"

#include <doctest/doctest.h>

using scout::test_github::fixture;
using scout::test_github::Request;
using scout::test_github::run;
using scout::test_github::task_urls;

namespace {

const std::string k_social_url = "https://api.github.com/users/lukasz-w/social_accounts";

// "kind to_ref|to_handle confidence" of each evidence row, for compact comparisons.
std::vector<std::string> evidence_lines(const scout::crawler::ParseOutput& output)
{
  std::vector<std::string> lines;
  for (const scout::model::LinkEvidenceRecord& e : output.records.evidence) {
    const std::string target = e.to_ref.empty() ? e.to_source + "/" + e.to_handle : e.to_ref;
    lines.push_back(e.from_handle + " " + e.kind + " " + target + " " + std::to_string(e.confidence).substr(0, 3));
  }
  return lines;
}

}  // namespace

TEST_SUITE("crawler::github::social_accounts")
{
  TEST_CASE("each listed account is stored and its link becomes evidence")
  {
    const auto output = run(Request{"github.user_social_accounts", k_social_url, fixture("social_accounts.json")});
    REQUIRE(output.error.empty());
    REQUIRE(output.records.github_social_accounts.size() == 1);
    const auto& social = output.records.github_social_accounts[0];
    CHECK(social.login == "lukasz-w");
    REQUIRE(social.accounts.size() == 4);
    CHECK(social.accounts[0].provider == "twitter");
    CHECK(social.accounts[1].url == "https://www.linkedin.com/in/lukasz-wrobel-ml");
    // X the way github_twitter names it, a Hub profile as the account, anything else by its URL.
    CHECK(evidence_lines(output)
          == std::vector<std::string>{"lukasz-w github_social_account twitter:lukaszw_ml 0.9",
                                      "lukasz-w github_social_account url:linkedin.com/in/lukasz-wrobel-ml 0.9",
                                      "lukasz-w github_social_account huggingface/lukasz-w 0.9",
                                      "lukasz-w github_social_account url:sigmoid.social/@lukasz 0.9"});
    CHECK(output.records.evidence[2].source_url == k_social_url);
    CHECK(output.new_tasks.empty());
  }

  TEST_CASE("an empty list is a record too: it clears what was stored")
  {
    const auto output =
      run(Request{"github.user_social_accounts", k_social_url, fixture("social_accounts_empty.json")});
    REQUIRE(output.error.empty());
    REQUIRE(output.records.github_social_accounts.size() == 1);
    CHECK(output.records.github_social_accounts[0].accounts.empty());
    CHECK(output.records.evidence.empty());
  }

  TEST_CASE("a missing user is absent, not a failure")
  {
    const auto output = run(Request{"github.user_social_accounts", k_social_url, R"({"message":"Not Found"})", 404});
    CHECK(output.error.empty());
    CHECK(output.records.empty());
  }

  TEST_CASE("bad answers fail the task naming the endpoint and the field")
  {
    CHECK(run(Request{"github.user_social_accounts", k_social_url, fixture("social_accounts_missing_url.json")}).error
          == k_social_url + ": field 'url' of item 1: expected string, got nothing");
    CHECK(run(Request{"github.user_social_accounts", k_social_url, R"({"provider":"twitter"})"}).error
          == k_social_url + ": body: expected array, got object");
    const std::string cut = run(Request{"github.user_social_accounts", k_social_url, R"([{"provider": "twi)"}).error;
    CHECK(cut.rfind(k_social_url + ": ", 0) == 0);
    CHECK(cut.find("expected JSON") != std::string::npos);
  }

  TEST_CASE("a profile asks for the social accounts unless they are switched off")
  {
    Request request{"github.user", "https://api.github.com/users/lukasz-w", fixture("user_full.json")};
    CHECK(task_urls(run(request), "github.user_social_accounts") == std::vector<std::string>{k_social_url});
    request.social_accounts = false;
    CHECK(task_urls(run(request), "github.user_social_accounts").empty());
  }
}

TEST_SUITE("crawler::github::repository identity")
{
  const std::string k_repos_url = "https://api.github.com/users/ana-ml/repos?per_page=100&sort=pushed";

  TEST_CASE("homepages are read, an own repository's Hub or arXiv homepage is evidence")
  {
    const auto output = run(Request{"github.user_repos", k_repos_url, fixture("user_repos_identity.json")});
    REQUIRE(output.error.empty());
    const auto& repos = output.records.github_repos;
    REQUIRE(repos.size() == 7);
    CHECK(repos[0].homepage == "https://huggingface.co/spaces/ana-ml/dpo-lite-demo");
    CHECK(repos[2].homepage.empty());          // no homepage field at all
    CHECK(repos[4].homepage.empty());          // ""
    CHECK(repos[5].homepage.empty());          // null
    CHECK(repos[1].parent_full_name.empty());  // a listing never names the parent
    // Forks are skipped (their homepage is their parent's); other sites and docs pages say nothing.
    CHECK(evidence_lines(output)
          == std::vector<std::string>{"ana-ml github_repo_homepage hf:space/ana-ml/dpo-lite-demo 0.6",
                                      "ana-ml github_repo_homepage arxiv:2405.01234 0.6"});
  }

  TEST_CASE("forks on the page ask for their repository, up to fork_parent_repos")
  {
    Request request{"github.user_repos", k_repos_url, fixture("user_repos_identity.json")};
    CHECK(task_urls(run(request), "github.fork_repo")
          == std::vector<std::string>{"https://api.github.com/repos/ana-ml/transformers",
                                      "https://api.github.com/repos/ana-ml/vllm",
                                      "https://api.github.com/repos/ana-ml/peft"});
    request.fork_parent_repos = 2;
    CHECK(task_urls(run(request), "github.fork_repo").size() == 2);
    request.fork_parent_repos = 0;
    CHECK(task_urls(run(request), "github.fork_repo").empty());
  }

  TEST_CASE("a fork's own answer names its parent, a non-fork has none")
  {
    const auto output =
      run(Request{"github.fork_repo", "https://api.github.com/repos/ana-ml/transformers", fixture("repo_fork.json")});
    REQUIRE(output.error.empty());
    REQUIRE(output.records.github_repos.size() == 1);
    const auto& fork = output.records.github_repos[0];
    CHECK(fork.full_name == "ana-ml/transformers");
    CHECK(fork.fork);
    CHECK(fork.parent_full_name == "huggingface/transformers");
    CHECK(fork.homepage.empty());
    CHECK(output.new_tasks.empty());
    const auto seed = run(Request{"github.repo", "https://api.github.com/repos/acme/widgets", fixture("repo.json")});
    REQUIRE(seed.error.empty());
    CHECK(seed.records.github_repos.at(0).parent_full_name.empty());
  }

  TEST_CASE("a parent without its full_name fails the fork's task")
  {
    const std::string url = "https://api.github.com/repos/ana-ml/transformers";
    std::string body = fixture("repo_fork.json");
    body.replace(body.find("\"full_name\": \"huggingface/transformers\""),
                 std::string("\"full_name\": \"huggingface/transformers\"").size(), "\"full_name\": 7");
    CHECK(run(Request{"github.fork_repo", url, body}).error
          == url + ": field 'parent.full_name': expected string, got integer");
  }
}
