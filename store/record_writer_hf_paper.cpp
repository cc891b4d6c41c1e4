// RecordWriter: the Hub's paper pages (hf_papers, hf_paper_authors; migration 13). The
// claims themselves reach link_evidence as hf_paper_claim rows, like any evidence.
#include "store/record_writer.hpp"
#include "store/record_writer_bind.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

// The page replaces what was stored for the paper: an author who withdrew or hid a claim
// since the last fetch loses it. A suppressed author is left out, as in arxiv_authorships,
// and a suppressed claimant's name is not kept.
void RecordWriter::write_hf_paper(const model::HfPaperRecord& paper)
{
  CachedStatement upsert =
    m_db.statement("INSERT OR REPLACE INTO hf_papers (arxiv_id, github_repo, upvotes, fetched_at) VALUES (?, ?, ?, ?)");
  binding::text(*upsert, 1, paper.arxiv_id);
  binding::text_or_null(*upsert, 2, paper.github_repo);
  binding::number_or_null(*upsert, 3, paper.upvotes);
  binding::text(*upsert, 4, m_now);
  upsert->exec();  // REPLACE cascades to the old author rows, rewritten below

  CachedStatement insert =
    m_db.statement("INSERT INTO hf_paper_authors (arxiv_id, position, name, hf_user) VALUES (?, ?, ?, ?)");
  for (std::size_t position = 0; position < paper.authors.size(); ++position) {
    const model::HfPaperAuthor& author = paper.authors[position];
    if (suppressed("arxiv", normalise_handle("arxiv", author.name))) {
      continue;
    }
    const bool claim_kept = !author.hf_user.empty() && !suppressed("huggingface", author.hf_user);
    binding::text(*insert, 1, paper.arxiv_id);
    insert->bind(2, static_cast<std::int64_t>(position));
    binding::text(*insert, 3, author.name);
    claim_kept ? binding::text(*insert, 4, author.hf_user) : insert->bind(4);
    insert->exec();
    insert->reset();
  }
}

}  // namespace scout::store
