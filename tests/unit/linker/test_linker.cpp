#include "linker/linker.hpp"
#include "linker/person_ids.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace scout::linker;

namespace {

// A small world of accounts and evidence, built the way store/ reads the database.
struct World {
  LinkInput input;
  IdentityRules rules;

  World()
  {
    for (const char* strong :
         {"github_blog_url", "readme_link", "hf_card_github", "hf_paper_claim", "github_site_and_x"}) {
      rules.strengths[strong] = Strength::strong;
    }
    for (const char* medium : {"shared_paper", "paper_code_link", "paper_hf_link"}) {
      rules.strengths[medium] = Strength::medium;
    }
    rules.shared_target_min_accounts = 3;
  }

  std::int64_t account(Source source, std::string handle, std::string name = "", bool is_person = true)
  {
    const std::int64_t id = static_cast<std::int64_t>(input.accounts.size()) + 1;
    input.accounts.push_back({id, source, std::move(handle), std::move(name), is_person});
    return id;
  }

  std::int64_t evidence(std::int64_t from, std::string kind, std::string to_ref, std::int64_t to = 0,
                        std::string detail = "")
  {
    const std::int64_t id = static_cast<std::int64_t>(input.evidence.size()) + 100;
    input.evidence.push_back({id, from, to, std::move(to_ref), std::move(kind), std::move(detail)});
    return id;
  }

  LinkResult link() const { return link_accounts(input, rules); }
};

// The person holding `account`, or nullptr.
const Person* person_of(const LinkResult& result, std::int64_t account)
{
  for (const Person& person : result.people) {
    if (std::find(person.accounts.begin(), person.accounts.end(), account) != person.accounts.end()) {
      return &person;
    }
  }
  return nullptr;
}

bool together(const LinkResult& result, std::int64_t a, std::int64_t b)
{
  return person_of(result, a) == person_of(result, b);
}

const LinkCandidate* candidate_for(const LinkResult& result, std::int64_t a, std::int64_t b)
{
  for (const LinkCandidate& candidate : result.candidates) {
    if (candidate.a == std::min(a, b) && candidate.b == std::max(a, b)) {
      return &candidate;
    }
  }
  return nullptr;
}

}  // namespace

TEST_SUITE("linker::link_accounts")
{
  TEST_CASE("a GitHub user whose blog is their Hugging Face profile merges")
  {
    World world;
    const auto github = world.account(Source::github, "alice", "Alice Example");
    const auto hub = world.account(Source::huggingface, "alice-ml", "");
    const auto proof = world.evidence(github, "github_blog_url", "", hub, "https://huggingface.co/alice-ml");
    const LinkResult result = world.link();
    CHECK(result.people.size() == 1);
    CHECK(person_of(result, github)->display_name == "Alice Example");
    const LinkCandidate* link = candidate_for(result, github, hub);
    REQUIRE(link != nullptr);
    CHECK(link->accepted);
    CHECK(link->rule == "github_blog_url");
    CHECK(link->strength == Strength::strong);
    CHECK(link->evidence_ids == std::vector<std::int64_t>{proof});
  }

  TEST_CASE("a blog linking a Hugging Face model rather than a profile links nobody")
  {
    World world;
    const auto github = world.account(Source::github, "alice", "Alice Example");
    const auto hub = world.account(Source::huggingface, "alice-ml", "Alice Example");
    world.evidence(github, "github_blog_url", "hf:model/alice-ml/tiny-llm");
    CHECK_FALSE(together(world.link(), github, hub));
  }

  TEST_CASE("two people with the same name and no other evidence stay apart")
  {
    World world;
    const auto github = world.account(Source::github, "wzhang", "Wei Zhang");
    const auto hub = world.account(Source::huggingface, "weizhang", "Wei Zhang");
    const auto author = world.account(Source::arxiv, "wei zhang", "Wei Zhang");
    const LinkResult result = world.link();
    CHECK(result.people.size() == 3);
    CHECK_FALSE(together(result, github, hub));
    CHECK_FALSE(together(result, hub, author));
  }

  TEST_CASE("the same name with and without accents plus a shared paper merges")
  {
    World world;
    const auto github = world.account(Source::github, "jalvarez", "José Álvarez");
    const auto hub = world.account(Source::huggingface, "jose-alvarez", "Jose Alvarez");
    world.evidence(github, "readme_link", "arxiv:2305.18290", 0, "arxiv.org/abs/2305.18290");
    world.evidence(hub, "hf_arxiv_tag", "arxiv:2305.18290", 0, "jose-alvarez/dpo-model");
    const LinkResult result = world.link();
    CHECK(together(result, github, hub));
    const LinkCandidate* link = candidate_for(result, github, hub);
    REQUIRE(link != nullptr);
    CHECK(link->rule == "shared_paper");
    CHECK(link->strength == Strength::medium);
    CHECK(link->name_match);
    CHECK(link->evidence_ids.size() == 2);
  }

  TEST_CASE("a shared paper without matching names links nobody")
  {
    World world;
    const auto github = world.account(Source::github, "jalvarez", "José Álvarez");
    const auto hub = world.account(Source::huggingface, "mgarcia", "María García");
    world.evidence(github, "readme_link", "arxiv:2305.18290");
    world.evidence(hub, "hf_arxiv_tag", "arxiv:2305.18290");
    CHECK_FALSE(together(world.link(), github, hub));
  }

  TEST_CASE("a model card citing a famous repository does not merge its author with the repository's owner")
  {
    World world;
    const auto owner = world.account(Source::github, "thomwolf", "Thomas Wolf");
    const auto author = world.account(Source::huggingface, "thomas-w", "Thomas Wolf");
    world.evidence(author, "hf_card_github", "github:thomwolf/transformers", 0, "thomas-w/bert-tiny");
    SUBCASE("cited by many model cards")
    {
      for (const char* other : {"ann", "bob", "cy"}) {
        world.evidence(world.account(Source::huggingface, other), "hf_card_github", "github:thomwolf/transformers");
      }
    }
    SUBCASE("with many contributors") { world.input.contributors.push_back({"thomwolf/transformers", 250}); }
    const LinkResult result = world.link();
    CHECK_FALSE(together(result, owner, author));
    const LinkCandidate* refused = candidate_for(result, owner, author);
    REQUIRE(refused != nullptr);
    CHECK(refused->reason.find("github:thomwolf/transformers is shared") == 0);
  }

  TEST_CASE("a model card linking the author's own repository merges when the names match")
  {
    World world;
    const auto owner = world.account(Source::github, "lukasz-k", "Łukasz Kowalski");
    const auto author = world.account(Source::huggingface, "lkowalski", "Lukasz Kowalski");
    const auto stranger = world.account(Source::github, "other", "Someone Else");
    world.evidence(author, "hf_card_github", "github:Lukasz-K/tiny-rlhf");
    world.evidence(author, "hf_card_github", "github:other/tool");
    const LinkResult result = world.link();
    CHECK(together(result, owner, author));
    CHECK_FALSE(together(result, stranger, author));
    CHECK(candidate_for(result, stranger, author)->reason == "names differ");
  }

  TEST_CASE("a name written with a second spelling in parentheses matches either spelling")
  {
    World world;
    const auto owner = world.account(Source::github, "li-ming-dev", "李明");
    const auto author = world.account(Source::huggingface, "liming-ai", "李明 (Ming Li)");
    const auto english = world.account(Source::github, "mingli", "Ming Li");
    world.evidence(author, "hf_card_github", "github:li-ming-dev/rlhf-lite");
    world.evidence(author, "hf_card_github", "github:mingli/notes");
    const LinkResult result = world.link();
    CHECK(together(result, owner, author));
    CHECK(together(result, english, author));
  }

  TEST_CASE("a paper claim links the Hub user to the arXiv author of that name on that paper")
  {
    World world;
    const auto hub = world.account(Source::huggingface, "rrafailov", "Rafael Rafailov");
    const auto author = world.account(Source::arxiv, "rafael rafailov", "Rafael Rafailov");
    const auto coauthor = world.account(Source::arxiv, "archit sharma", "Archit Sharma");
    world.input.authorships = {{"2305.18290", author, "Rafael Rafailov"}, {"2305.18290", coauthor, "Archit Sharma"}};
    world.evidence(hub, "hf_paper_claim", "arxiv:2305.18290", 0, "Rafael Rafailov");
    const LinkResult result = world.link();
    CHECK(together(result, hub, author));
    CHECK_FALSE(together(result, hub, coauthor));
  }

  TEST_CASE("two GitHub profiles with the same website and the same X handle merge but the website alone does not")
  {
    World world;
    const auto work = world.account(Source::github, "ada-work", "");
    const auto home = world.account(Source::github, "ada", "");
    const auto colleague = world.account(Source::github, "bob", "");
    for (const auto account : {work, home, colleague}) {
      world.evidence(account, "github_blog_url", "url:ada.dev");
    }
    world.evidence(work, "github_twitter", "twitter:ada");
    world.evidence(home, "github_twitter", "twitter:ada");
    world.evidence(colleague, "github_twitter", "twitter:bob");
    const LinkResult result = world.link();
    CHECK(together(result, work, home));
    CHECK_FALSE(together(result, work, colleague));
  }

  TEST_CASE("a chain A-B-C yields one person")
  {
    World world;
    const auto a = world.account(Source::github, "chain", "Chen Lin");
    const auto b = world.account(Source::huggingface, "chenlin", "Chen Lin");
    const auto c = world.account(Source::arxiv, "chen lin", "Chen Lin");
    world.evidence(a, "readme_link", "", b);
    world.input.authorships = {{"2401.00001", c, "Chen Lin"}};
    world.evidence(b, "hf_paper_claim", "arxiv:2401.00001", 0, "Chen Lin");
    const LinkResult result = world.link();
    REQUIRE(result.people.size() == 1);
    CHECK(result.people[0].accounts == std::vector<std::int64_t>{a, b, c});
  }

  TEST_CASE("medium evidence set to weak in config is never enough")
  {
    World world;
    world.rules.strengths["shared_paper"] = Strength::weak;
    const auto github = world.account(Source::github, "jalvarez", "José Álvarez");
    const auto hub = world.account(Source::huggingface, "jose-alvarez", "Jose Alvarez");
    world.evidence(github, "readme_link", "arxiv:2305.18290");
    world.evidence(hub, "hf_arxiv_tag", "arxiv:2305.18290");
    const LinkResult result = world.link();
    CHECK_FALSE(together(result, github, hub));
    CHECK(candidate_for(result, github, hub)->reason == "shared_paper is weak evidence, never enough alone");
  }

  TEST_CASE("organisations are never linked")
  {
    World world;
    const auto github = world.account(Source::github, "acme", "Acme Labs", false);
    const auto hub = world.account(Source::huggingface, "acme", "Acme Labs", false);
    world.evidence(github, "github_blog_url", "", hub);
    CHECK_FALSE(together(world.link(), github, hub));
  }

  TEST_CASE(
    "a merge override joins accounts without evidence and a split override keeps evidence-linked accounts apart")
  {
    World world;
    const auto a = world.account(Source::github, "a", "Ann Lee");
    const auto b = world.account(Source::huggingface, "b", "Ann Lee");
    const auto c = world.account(Source::arxiv, "ann lee", "Ann Lee");
    world.evidence(a, "github_blog_url", "", b);
    world.input.overrides = {{b, c, true}};
    CHECK(world.link().people.size() == 1);
    SUBCASE("a split between the evidence-linked pair")
    {
      world.input.overrides.push_back({a, b, false});
      const LinkResult result = world.link();
      CHECK_FALSE(together(result, a, b));
      CHECK(together(result, b, c));
      CHECK(candidate_for(result, a, b)->reason == "split override");
    }
    SUBCASE("a split across a chain keeps its ends apart")
    {
      world.input.overrides.push_back({a, c, false});
      const LinkResult result = world.link();
      CHECK_FALSE(together(result, a, c));
    }
  }

  TEST_CASE("person ids come from the accounts and not from their order")
  {
    World world;
    const auto a = world.account(Source::github, "alice", "Alice Example");
    const auto b = world.account(Source::huggingface, "alice-ml", "");
    world.account(Source::github, "bob", "Bob");
    world.evidence(a, "github_blog_url", "", b);
    const LinkResult first = world.link();
    std::reverse(world.input.accounts.begin(), world.input.accounts.end());
    std::reverse(world.input.evidence.begin(), world.input.evidence.end());
    const LinkResult second = world.link();
    REQUIRE(first.people.size() == second.people.size());
    for (std::size_t i = 0; i < first.people.size(); ++i) {
      CHECK(first.people[i].id == second.people[i].id);
      CHECK(first.people[i].accounts == second.people[i].accounts);
    }
    CHECK(person_of(first, a)->id == person_id_for("github:alice"));
  }
}
