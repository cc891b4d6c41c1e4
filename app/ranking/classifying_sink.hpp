#pragma once

#include "ranker/classified_input.hpp"
#include "store/ranking_inputs.hpp"

#include <memory>
#include <span>

namespace scout::app {

// Hands the bulk reader's batches to the classifier, so no crawled text outlives its
// batch. The text matching of a batch (InputClassifier::classify) runs on the thread that
// read it, several batches at once; the classifier adds the batches in order.
class ClassifyingSink : public store::RankRowSink {
public:
  explicit ClassifyingSink(ranker::InputClassifier& classifier) : m_classifier(classifier) {}

  void expect(const ranker::RowCounts& counts) override { m_classifier.reserve(counts); }
  std::unique_ptr<store::BatchWork> prepare(std::span<const ranker::Repo> rows) override { return classified(rows); }
  std::unique_ptr<store::BatchWork> prepare(std::span<const ranker::Contribution> rows) override
  {
    return classified(rows);
  }
  std::unique_ptr<store::BatchWork> prepare(std::span<const ranker::Model> rows) override { return classified(rows); }
  std::unique_ptr<store::BatchWork> prepare(std::span<const ranker::Paper> rows) override { return classified(rows); }

  void people(std::span<const std::int64_t> ids) override { m_classifier.add_people(ids); }
  void accounts(std::span<const ranker::Account> rows) override { m_classifier.add_accounts(rows); }
  void repos(std::span<const ranker::Repo> rows, std::unique_ptr<store::BatchWork> work) override
  {
    m_classifier.add_repos(rows, batch_of(rows, std::move(work)));
  }
  void contributions(std::span<const ranker::Contribution> rows, std::unique_ptr<store::BatchWork> work) override
  {
    m_classifier.add_contributions(rows, batch_of(rows, std::move(work)));
  }
  void models(std::span<const ranker::Model> rows, std::unique_ptr<store::BatchWork> work) override
  {
    m_classifier.add_models(rows, batch_of(rows, std::move(work)));
  }
  void papers(std::span<const ranker::Paper> rows, std::unique_ptr<store::BatchWork> work) override
  {
    m_classifier.add_papers(rows, batch_of(rows, std::move(work)));
  }
  void authorships(std::span<const ranker::Authorship> rows) override { m_classifier.add_authorships(rows); }

private:
  struct Classified : store::BatchWork {
    explicit Classified(ranker::InputClassifier::Batch b) : batch(std::move(b)) {}
    ranker::InputClassifier::Batch batch;
  };

  template<typename Row>
  std::unique_ptr<store::BatchWork> classified(std::span<const Row> rows) const
  {
    return std::make_unique<Classified>(m_classifier.classify(rows));
  }

  // The batch prepare() classified, or (a reader that did not prepare) classified now.
  template<typename Row>
  ranker::InputClassifier::Batch batch_of(std::span<const Row> rows, std::unique_ptr<store::BatchWork> work) const
  {
    auto* classified = dynamic_cast<Classified*>(work.get());
    return classified != nullptr ? std::move(classified->batch) : m_classifier.classify(rows);
  }

  ranker::InputClassifier& m_classifier;
};

}  // namespace scout::app
