// The one-hop crawl's view of the store: which accounts evidence points at that scout has
// not crawled, and the run's hops (evidence_hops, migration 13).
#include "store/evidence_hops.hpp"
#include "store/frontier.hpp"
#include "store/record_writer.hpp"
#include "store/suppressions.hpp"
#include "store/transaction.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using scout::model::LinkEvidenceRecord;

struct HopFixture {
  scout::testing::TempDir dir;
  scout::store::Database db = scout::store::Database::open(dir.file("h.db"));
  HopFixture() { db.migrate(); }

  void write(const scout::model::RecordBatch& batch)
  {
    scout::store::Transaction transaction(db, "write the test's records");
    scout::store::RecordWriter(db).write(batch, 1700000000000);
    transaction.commit();
  }
  // "source:handle kind pointed_by" of each candidate, in order.
  std::vector<std::string> candidates()
  {
    std::vector<std::string> lines;
    for (const scout::store::HopCandidate& c : scout::store::evidence_hop_candidates(db)) {
      lines.push_back(c.source + ":" + c.handle + " " + c.kind + " " + c.pointed_by);
    }
    return lines;
  }
};

// A world: a paper claimed on the Hub by "tlind", a model card of "mira" naming GitHub
// "Mira-C" (a repository of hers), "ana-ml" and the organisation "big-org", a GitHub profile of "priyar" naming Hub
// "priya", and a GitHub profile that is crawled already ("ana-ml").
scout::model::RecordBatch world()
{
  scout::model::RecordBatch batch;
  scout::model::GithubUserRecord ana;
  ana.login = "ana-ml";
  ana.full = true;
  batch.github_users.push_back(ana);
  scout::model::GithubUserRecord org;  // a known organisation: never a candidate
  org.login = "big-org";
  org.type = "Organization";
  batch.github_users.push_back(org);
  batch.evidence.push_back(LinkEvidenceRecord{"huggingface", "mira", "", "", "github:big-org/trl", "hf_card_github",
                                              "github.com/big-org/trl", 0.6, "u"});
  batch.evidence.push_back(
    LinkEvidenceRecord{"huggingface", "tlind", "", "", "arxiv:2410.05555", "hf_paper_claim", "Tobias Lind", 0.9, "u"});
  batch.evidence.push_back(LinkEvidenceRecord{"huggingface", "mira", "", "", "github:Mira-C/shaping", "hf_card_github",
                                              "github.com/Mira-C/shaping", 0.6, "u"});
  batch.evidence.push_back(LinkEvidenceRecord{"huggingface", "mira", "", "", "github:ana-ml", "hf_card_github",
                                              "github.com/ana-ml", 0.9, "u"});
  batch.evidence.push_back(LinkEvidenceRecord{"github", "priyar", "huggingface", "priya", "", "github_blog_url",
                                              "https://huggingface.co/priya", 0.9, "u"});
  return batch;
}

}  // namespace

TEST_SUITE("store::evidence hops")
{
  TEST_CASE("claimants first, then GitHub owners, then Hub accounts, crawled profiles and organisations are not")
  {
    HopFixture f;
    f.write(world());
    CHECK(f.candidates()
          == std::vector<std::string>{"huggingface:tlind hf_paper_claim arxiv:2410.05555",
                                      "github:mira-c hf_card_github huggingface:mira",
                                      "huggingface:priya github_blog_url github:priyar"});
  }

  TEST_CASE("a hop account's own evidence points nowhere, an added account is no candidate again")
  {
    HopFixture f;
    f.write(world());
    scout::store::record_hop(f.db, {"huggingface", "mira", "hf_paper_claim", "arxiv:2401.00001"}, 7, 1);
    scout::store::record_hop(f.db, {"huggingface", "tlind", "hf_paper_claim", "arxiv:2410.05555"}, 7, 1);
    CHECK(f.candidates() == std::vector<std::string>{"huggingface:priya github_blog_url github:priyar"});
    CHECK(scout::store::hops_added(f.db, 7) == 2);
    CHECK(scout::store::hops_added(f.db, 8) == 0);
  }

  TEST_CASE("a paper only hop accounts cite was found a hop out: its claimants are no candidates")
  {
    HopFixture f;
    scout::model::RecordBatch batch = world();
    // 2410.05555 (claimed by tlind) is cited by mira only; 2305.18290 (claimed by rr) by mira and ana-ml.
    batch.evidence.push_back(
      LinkEvidenceRecord{"huggingface", "mira", "", "", "arxiv:2410.05555", "hf_arxiv_tag", "mira/model", 0.3, "u"});
    batch.evidence.push_back(LinkEvidenceRecord{"huggingface", "mira", "", "", "arxiv:2305.18290", "hf_card_arxiv",
                                                "arXiv:2305.18290", 0.3, "u"});
    batch.evidence.push_back(LinkEvidenceRecord{"github", "ana-ml", "", "", "arxiv:2305.18290", "readme_link",
                                                "arxiv.org/abs/2305.18290", 0.3, "u"});
    batch.evidence.push_back(
      LinkEvidenceRecord{"huggingface", "rr", "", "", "arxiv:2305.18290", "hf_paper_claim", "Rafael R", 0.9, "u"});
    f.write(batch);
    CHECK(f.candidates().at(0) == "huggingface:rr hf_paper_claim arxiv:2305.18290");
    CHECK(f.candidates().at(1) == "huggingface:tlind hf_paper_claim arxiv:2410.05555");
    scout::store::record_hop(f.db, {"huggingface", "mira", "hf_paper_claim", "arxiv:2401.00001"}, 7, 1);
    CHECK(f.candidates().at(0) == "huggingface:rr hf_paper_claim arxiv:2305.18290");
    CHECK(f.candidates().at(1) == "huggingface:priya github_blog_url github:priyar");
  }

  TEST_CASE("suppressed accounts are never candidates")
  {
    HopFixture f;
    f.write(world());
    scout::store::suppress(f.db, "github", "mira-c", "test", 1);
    scout::store::suppress(f.db, "huggingface", "priya", "test", 1);
    CHECK(f.candidates() == std::vector<std::string>{"huggingface:tlind hf_paper_claim arxiv:2410.05555"});
  }

  TEST_CASE("a task is known in any state by its kind and URL")
  {
    HopFixture f;
    const scout::model::NewTask queued{scout::model::Source::github, "github.user", "http://x/users/ana-ml", 0, {}};
    const scout::model::NewTask other{scout::model::Source::github, "github.user", "http://x/users/bo", 0, {}};
    scout::store::Frontier(f.db).enqueue({queued}, 1);
    CHECK(scout::store::any_task_known(f.db, {other, queued}));
    CHECK_FALSE(scout::store::any_task_known(f.db, {other}));
    CHECK_FALSE(scout::store::any_task_known(f.db, {}));
  }
}
