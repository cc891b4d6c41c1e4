// What changed between two ranking runs (app/nightly/ranking_changes) and the words of
// changes.md (app/nightly/change_report): tables of people in, exact lines out.
#include "app/nightly/change_report.hpp"
#include "app/nightly/ranking_changes.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace scout::app;

namespace {

PersonState person(std::int64_t id, std::string name, int rank, double total, std::vector<EvidenceItem> evidence)
{
  PersonState state{id, std::move(name), rank, total, "inference", true, {}, std::move(evidence)};
  for (const EvidenceItem& item : state.evidence) {
    state.signals.insert(item.signal);
  }
  return state;
}

const EvidenceItem k_repo{"own_repos", "bo/kv (40 stars)", "https://github.com/bo/kv"};
const EvidenceItem k_commits_then{"contributions", "23 commits to acme/serve", "https://github.com/acme/serve"};
const EvidenceItem k_commits_now{"contributions", "60 commits to acme/serve", "https://github.com/acme/serve"};
const EvidenceItem k_paper{"papers", "2407.00001 \"Fast KV\": author 1 of 2", "https://arxiv.org/abs/2407.00001"};
const EvidenceItem k_model_then{"models", "cy/m: 10 downloads, 1 likes", "https://huggingface.co/cy/m"};
const EvidenceItem k_model_now{"models", "cy/m: 90 downloads, 4 likes", "https://huggingface.co/cy/m"};

// Night one: Ana, Bo, Cy, Dee. Night two: Bo publishes his first paper and overtakes Ana,
// who gained commits; Eve is new; Cy (only downloads changed) drops out of the top 3.
RankingState night(int which)
{
  RankingState state;
  state.ranking_run = which == 1 ? 2 : 5;
  state.date = which == 1 ? "2026-11-30" : "2026-12-01";
  state.top = 3;
  auto add = [&state](PersonState p) { state.people.emplace(p.person_id, std::move(p)); };
  if (which == 1) {
    add(person(1, "Ana", 1, 9, {k_commits_then}));
    add(person(2, "Bo", 2, 8, {k_repo}));
    add(person(3, "Cy", 3, 7, {k_model_then}));
    add(person(4, "Dee", 4, 6, {}));
    state.lists = {{"", "overall", {1, 2, 3}}};
  } else {
    add(person(2, "Bo", 1, 9.5, {k_repo, k_paper}));
    add(person(1, "Ana", 2, 9.2, {k_commits_now}));
    add(person(5, "Eve", 3, 8, {k_paper}));
    add(person(3, "Cy", 4, 7, {k_model_now}));
    add(person(4, "Dee", 5, 6, {}));
    state.lists = {{"", "overall", {2, 1, 5}}};
  }
  return state;
}

std::string markdown(const scout::shortlist::ChangeNotes& notes)
{
  std::ostringstream out;
  scout::shortlist::write_changes_markdown(notes, out);
  return out.str();
}

}  // namespace

TEST_SUITE("app::nightly changes")
{
  TEST_CASE("entries, exits, movers, new evidence and first kinds between two nights")
  {
    const RankingChanges changes = compare_rankings(night(1), night(2), 10);
    REQUIRE(changes.lists.size() == 1);
    REQUIRE(changes.lists[0].entered.size() == 1);
    CHECK(changes.lists[0].entered[0].name == "Eve");
    CHECK(changes.lists[0].entered[0].position == 3);
    CHECK(changes.lists[0].entered[0].rank_before == 0);
    REQUIRE(changes.lists[0].left.size() == 1);
    CHECK(changes.lists[0].left[0].name == "Cy");
    CHECK(changes.lists[0].left[0].rank_after == 4);
    REQUIRE(changes.movers.size() == 3);  // one place each: by rank now
    CHECK(changes.movers[0].name == "Bo");
    CHECK(changes.movers[1].name == "Ana");
    CHECK(changes.movers[2].name == "Cy");
    CHECK(changes.movers[2].reasons.empty());  // more downloads are not news
    REQUIRE(changes.new_evidence.size() == 2);
    CHECK(changes.new_evidence[0].reasons == std::vector<std::string>{"new paper: " + k_paper.description});
    CHECK(changes.new_evidence[1].reasons
          == std::vector<std::string>{"more commits: 60 commits to acme/serve (was 23)"});
    REQUIRE(changes.first_kind.size() == 1);
    CHECK(changes.first_kind[0].reasons == std::vector<std::string>{"first paper: " + k_paper.description});
    CHECK(changes.new_people == 1);
    CHECK(changes.updated_people == 2);
  }

  TEST_CASE("movers are capped, largest change first")
  {
    CHECK(compare_rankings(night(1), night(2), 1).movers.size() == 1);
  }

  TEST_CASE("people not explained in both runs get no reasons")
  {
    RankingState before = night(1);
    before.people.at(2).detailed = false;
    const RankingChanges changes = compare_rankings(before, night(2), 10);
    CHECK(changes.movers[0].name == "Bo");
    CHECK(changes.movers[0].reasons.empty());
    CHECK(changes.first_kind.empty());
  }

  TEST_CASE("a changed description of a contribution says what it was")
  {
    PersonState then = person(1, "Ana", 1, 1, {{"contributions", "3 commits to a/b", "u"}});
    PersonState now = person(1, "Ana", 1, 1, {{"contributions", "5 commits to a/b and c", "u"}});
    CHECK(evidence_reasons(then, now)
          == std::vector<std::string>{"more commits: 5 commits to a/b and c (was: 3 commits to a/b)"});
  }

  TEST_CASE("changes.md of the second night, line by line")
  {
    const std::optional<RankingState> before = night(1);
    const RankingState after = night(2);
    CHECK(markdown(change_notes(before, after, compare_rankings(*before, after, 10)))
          == "# What changed on 2026-12-01\n\n"
             "Ranking run 5 compared with ranking run 2 of the nightly run of 2026-11-30: 5 people ranked, 1 new, "
             "2 with a changed score.\n\n"
             "## New in the top 3 (overall)\n\n"
             "- Eve (person 5): #3, new to scout\n\n"
             "## Biggest movers (overall)\n\n"
             "- Bo (person 2): #2 → #1 (up 1); new paper: 2407.00001 \"Fast KV\": author 1 of 2\n"
             "- Ana (person 1): #1 → #2 (down 1); more commits: 60 commits to acme/serve (was 23)\n"
             "- Cy (person 3): #3 → #4 (down 1); no new evidence of their own\n\n"
             "## New evidence\n\n"
             "- Bo (person 2, #1): new paper: 2407.00001 \"Fast KV\": author 1 of 2\n"
             "- Ana (person 1, #2): more commits: 60 commits to acme/serve (was 23)\n\n"
             "## A first of a kind (first paper, model, contributions or repository)\n\n"
             "- Bo (person 2, #1): first paper: 2407.00001 \"Fast KV\": author 1 of 2\n\n"
             "## Left the top 3 (overall)\n\n"
             "- Cy (person 3): was #3, now #4\n");
  }

  TEST_CASE("the first night has nothing to compare with")
  {
    const RankingState after = night(1);
    const std::string text = markdown(change_notes(std::nullopt, after, compare_rankings(RankingState{}, after, 10)));
    CHECK(text == "# What changed on 2026-11-30\n\nFirst nightly run: nothing to compare with yet. 4 people ranked "
                  "(ranking run 2); the next nightly run reports what changed since this one.\n");
    CHECK(compare_rankings(RankingState{}, after, 10).new_people == 4);
  }

  TEST_CASE("the summary names the top movers with their places gained")
  {
    const RankingChanges changes = compare_rankings(night(1), night(2), 10);
    CHECK(top_movers_text(changes, 2) == "Bo +1, Ana -1");
    CHECK(top_movers_text(RankingChanges{}, 3) == "none");
  }
}
