// The Hub's paper pages in the store (migration 13): hf_papers, hf_paper_authors, and the
// paper page's code link credited to the paper's arXiv authors.
#include "store/direct_sql.hpp"
#include "store/record_writer.hpp"
#include "store/suppressions.hpp"
#include "store/transaction.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

struct PaperFixture {
  scout::testing::TempDir dir;
  scout::store::Database db = scout::store::Database::open(dir.file("p.db"));
  PaperFixture() { db.migrate(); }

  void write(const scout::model::RecordBatch& batch)
  {
    scout::store::Transaction transaction(db, "write the test's records");
    scout::store::RecordWriter(db).write(batch, 1700000000000);
    transaction.commit();
  }
  // Rows of `sql` as "a|b|c" lines, NULL as "NULL".
  std::string rows(const std::string& sql)
  {
    std::string text;
    for (const std::vector<std::string>& row : scout::store::query_rows(db, sql, {}, "NULL")) {
      for (std::size_t i = 0; i < row.size(); ++i) {
        text += (i > 0 ? "|" : "") + row[i];
      }
      text += "\n";
    }
    return text;
  }
};

scout::model::HfPaperRecord dpo_page()
{
  scout::model::HfPaperRecord page;
  page.arxiv_id = "2305.18290";
  page.github_repo = "https://github.com/eric-mitchell/direct-preference-optimization";
  page.upvotes = 58;
  page.authors = {{"Rafael Rafailov", "rmrafailov"}, {"Archit Sharma", ""}, {"Eric Mitchell", "ericmitchell"}};
  return page;
}

scout::model::ArxivPaperRecord dpo_paper()
{
  scout::model::ArxivPaperRecord paper;
  paper.id = "2305.18290";
  paper.title = "Direct Preference Optimization";
  paper.authors = {{"Rafael Rafailov", ""}, {"Archit Sharma", ""}, {"Eric Mitchell", ""}};
  return paper;
}

}  // namespace

TEST_SUITE("store::hf paper pages")
{
  TEST_CASE("a paper page stores its code link, upvotes and each author's claim")
  {
    PaperFixture f;
    scout::model::RecordBatch batch;
    batch.hf_papers.push_back(dpo_page());
    f.write(batch);
    CHECK(f.rows("SELECT arxiv_id, github_repo, upvotes FROM hf_papers")
          == "2305.18290|https://github.com/eric-mitchell/direct-preference-optimization|58\n");
    CHECK(f.rows("SELECT position, name, hf_user FROM hf_paper_authors ORDER BY position")
          == "0|Rafael Rafailov|rmrafailov\n1|Archit Sharma|NULL\n2|Eric Mitchell|ericmitchell\n");
  }

  TEST_CASE("a page without githubRepo or upvotes stores NULLs, a later page replaces the authors")
  {
    PaperFixture f;
    scout::model::RecordBatch first;
    first.hf_papers.push_back(dpo_page());
    f.write(first);
    scout::model::HfPaperRecord later = dpo_page();
    later.github_repo.clear();
    later.upvotes.reset();
    later.authors = {{"Rafael Rafailov", ""}};  // the claim was withdrawn (or hidden) since
    scout::model::RecordBatch second;
    second.hf_papers.push_back(later);
    f.write(second);
    CHECK(f.rows("SELECT github_repo, upvotes FROM hf_papers") == "NULL|NULL\n");
    CHECK(f.rows("SELECT position, name, hf_user FROM hf_paper_authors") == "0|Rafael Rafailov|NULL\n");
  }

  TEST_CASE("a suppressed claimant's name is not kept, a suppressed author is left out")
  {
    PaperFixture f;
    scout::store::suppress(f.db, "huggingface", "rmrafailov", "test", 1);
    scout::store::suppress(f.db, "arxiv", "eric mitchell", "test", 1);
    scout::model::RecordBatch batch;
    batch.hf_papers.push_back(dpo_page());
    f.write(batch);
    CHECK(f.rows("SELECT position, name, hf_user FROM hf_paper_authors ORDER BY position")
          == "0|Rafael Rafailov|NULL\n1|Archit Sharma|NULL\n");
    CHECK(f.rows("SELECT count(*) FROM accounts WHERE handle IN ('rmrafailov', 'eric mitchell')") == "0\n");
  }

  TEST_CASE("the page's code link is evidence of each of the paper's arXiv authors, at 0.6")
  {
    PaperFixture f;
    scout::model::RecordBatch papers;
    papers.arxiv_papers.push_back(dpo_paper());
    f.write(papers);
    scout::model::RecordBatch page;
    page.hf_papers.push_back(dpo_page());
    page.evidence.push_back({"arxiv", "paper:2305.18290", "", "", "github:eric-mitchell/direct-preference-optimization",
                             "hf_paper_github", "github.com/eric-mitchell/direct-preference-optimization", 0.6,
                             "https://huggingface.co/api/papers/2305.18290"});
    f.write(page);
    CHECK(f.rows("SELECT a.handle, e.confidence FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id"
                 " WHERE e.kind = 'hf_paper_github' ORDER BY a.handle")
          == "archit sharma|0.6\neric mitchell|0.6\nrafael rafailov|0.6\n");
  }
}
