#include "unit/crawler/test_github_support.hpp"

#include <doctest/doctest.h>

using scout::test_github::fixture;
using scout::test_github::run;
using scout::test_github::task_urls;

TEST_SUITE("crawler::github::user")
{
  TEST_CASE("a person's profile gives a full record, a user_repos task and profile evidence")
  {
    const std::string url = "https://api.github.com/users/lukasz-w";
    const auto output = run({"github.user", url, fixture("user_full.json")});
    REQUIRE(output.error.empty());
    REQUIRE(output.records.github_users.size() == 1);
    const auto& user = output.records.github_users[0];
    CHECK(user.full);
    CHECK(user.login == "lukasz-w");
    CHECK(user.github_id == 1003);
    CHECK(user.type == "User");
    CHECK(user.name == "Łukasz Wróbel");
    CHECK(user.company == "@acme-ai");
    CHECK(user.blog == "https://huggingface.co/lukasz-w");
    CHECK(user.location == "Kraków, Polska");
    CHECK(user.bio == "LLM post-training; DPO & RLHF.");
    CHECK(user.twitter_username == "LukaszW_ML");
    CHECK(user.email == "lukasz@example.org");
    CHECK(user.created_at == "2014-05-06T07:08:09Z");
    CHECK(user.hireable == true);
    CHECK(user.followers == 1234);
    CHECK(user.public_repos == 42);

    CHECK(task_urls(output, "github.user_repos")
          == std::vector<std::string>{"https://api.github.com/users/lukasz-w/repos?per_page=100&sort=pushed"});
    CHECK(task_urls(output, "github.user_social_accounts")
          == std::vector<std::string>{"https://api.github.com/users/lukasz-w/social_accounts"});
    CHECK(output.new_tasks.size() == 2);
    CHECK(output.new_tasks[0].parent_id == scout::test_github::k_task_id);

    const auto& evidence = output.records.evidence;
    REQUIRE(evidence.size() == 2);
    CHECK(evidence[0].from_source == "github");
    CHECK(evidence[0].from_handle == "lukasz-w");
    CHECK(evidence[0].to_source == "huggingface");
    CHECK(evidence[0].to_handle == "lukasz-w");
    CHECK(evidence[0].to_ref.empty());
    CHECK(evidence[0].kind == "github_blog_url");
    CHECK(evidence[0].detail == "https://huggingface.co/lukasz-w");
    CHECK(evidence[0].source_url == url);
    CHECK(evidence[1].to_ref == "twitter:lukaszw_ml");
    CHECK(evidence[1].kind == "github_twitter");
    CHECK(evidence[1].detail == "LukaszW_ML");
  }

  TEST_CASE("null fields read as empty, Unicode survives, a missing twitter_username is no evidence")
  {
    const auto output = run({"github.user", "https://api.github.com/users/li-ming", fixture("user_unicode.json")});
    REQUIRE(output.error.empty());
    const auto& user = output.records.github_users.at(0);
    CHECK(user.name == "李明");
    CHECK(user.location == "北京");
    CHECK(user.bio == "🤗 NLP; José's co-author");
    CHECK(user.company.empty());
    CHECK(user.email.empty());
    CHECK(user.twitter_username.empty());
    CHECK_FALSE(user.hireable.has_value());
    CHECK(user.followers == 56);
    // A bare host as blog is a plain URL reference, normalised.
    REQUIRE(output.records.evidence.size() == 1);
    CHECK(output.records.evidence[0].to_ref == "url:li-ming.dev");
    CHECK(output.records.evidence[0].detail == "li-ming.dev/");
  }

  TEST_CASE("escaped non-ASCII decodes to UTF-8, an arXiv blog and an @twitter handle become refs")
  {
    const auto output = run({"github.user", "https://api.github.com/users/jose-g", fixture("user_escaped_name.json")});
    REQUIRE(output.error.empty());
    CHECK(output.records.github_users.at(0).name == "José García");
    CHECK(output.records.github_users.at(0).hireable == false);
    const auto& evidence = output.records.evidence;
    REQUIRE(evidence.size() == 2);
    CHECK(evidence[0].to_ref == "arxiv:2305.18290");
    CHECK(evidence[0].kind == "github_blog_url");
    CHECK(evidence[1].to_ref == "twitter:joseg");
  }

  TEST_CASE("an organization is recorded as such with no follow-ups and no evidence")
  {
    const auto output = run({"github.user", "https://api.github.com/users/acme-ai", fixture("user_org.json")});
    REQUIRE(output.error.empty());
    REQUIRE(output.records.github_users.size() == 1);
    CHECK(output.records.github_users[0].type == "Organization");
    CHECK(output.records.github_users[0].location == "Zürich");
    CHECK(output.new_tasks.empty());
    CHECK(output.records.evidence.empty());
  }

  TEST_CASE("a bot is recorded as such with no follow-ups")
  {
    const auto output =
      run({"github.user", "https://api.github.com/users/release-pilot%5Bbot%5D", fixture("user_bot.json")});
    REQUIRE(output.error.empty());
    CHECK(output.records.github_users.at(0).login == "release-pilot[bot]");
    CHECK(output.records.github_users.at(0).type == "Bot");
    CHECK(output.new_tasks.empty());
  }
}
