#include "ranker/features.hpp"

#include "common/strings.hpp"
#include "ranker/credits.hpp"
#include "ranker/evidence_index.hpp"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <string>

namespace scout::ranker {

void TopEvidence::add(const EvidenceRef& ref)
{
  total += 1;
  std::size_t at = count;
  while (at > 0 && items[at - 1].credit < ref.credit) {
    --at;
  }
  if (at >= k_top_evidence) {
    return;
  }
  for (std::size_t i = std::min<std::size_t>(count, k_top_evidence - 1); i > at; --i) {
    items[i] = items[i - 1];
  }
  items[at] = ref;
  count = static_cast<std::uint8_t>(std::min<std::size_t>(count + 1U, k_top_evidence));
}

namespace {

// One person's running sums, one slot per specialisation.
struct Accumulator {
  std::array<SpecFeatures, k_max_specialisations> specs{};
  std::array<std::array<bool, k_source_count>, k_max_specialisations> sources{};
  SpecMask seen = 0;

  void add(SpecMask mask, Signal signal, Source source, const EvidenceRef& ref)
  {
    if (ref.credit <= 0) {
      return;
    }
    for (std::size_t s = 0; mask != 0; ++s, mask >>= 1) {
      if ((mask & 1U) == 0) {
        continue;
      }
      const std::size_t i = static_cast<std::size_t>(signal);
      specs[s].raw[i] += ref.credit;
      specs[s].top[i].add(ref);
      sources[s][static_cast<std::size_t>(source)] = true;
      seen |= static_cast<SpecMask>(1U << s);
    }
  }
};

bool looks_like_bot(const Account& account)
{
  const std::string handle = to_lower(account.handle);
  return account.kind == "bot" || ends_with(handle, "[bot]") || ends_with(handle, "-bot") || ends_with(handle, "_bot");
}

class Extractor {
public:
  Extractor(const RankInput& input, const ItemClasses& classes, const EvidenceIndex& index, const Weights& weights)
    : m_input(input), m_classes(classes), m_index(index), m_weights(weights) {}

  PersonFeatures person(std::size_t p) const
  {
    PersonFeatures features;
    features.person_id = m_input.people[p];
    Accumulator acc;
    // An organisation (every account an org) is not a candidate either.
    bool all_orgs = !m_index.person_accounts.of(p).empty();
    for (std::uint32_t a : m_index.person_accounts.of(p)) {
      all_orgs = all_orgs && m_input.accounts[a].kind == "org";
      features.bot = features.bot || looks_like_bot(m_input.accounts[a]) || implausible_commits(a);
      add_contributions(a, acc);
      add_repos(a, acc);
      add_models(a, acc);
      add_papers(a, acc);
    }
    features.bot = features.bot || all_orgs;
    if (features.bot) {
      return features;
    }
    for (std::size_t s = 0; s < k_max_specialisations; ++s) {
      if ((acc.seen & (1U << s)) == 0) {
        continue;
      }
      acc.specs[s].spec = static_cast<std::uint8_t>(s);
      const auto& sources = acc.sources[s];
      acc.specs[s].raw[static_cast<std::size_t>(Signal::breadth)] =
        static_cast<double>(std::count(sources.begin(), sources.end(), true));
      features.specs.push_back(acc.specs[s]);
    }
    return features;
  }

private:
  double age_factor(int day) const { return recency(day, m_input.as_of_day, m_weights.half_life_days); }

  bool implausible_commits(std::uint32_t account) const
  {
    for (std::uint32_t c : m_index.account_contributions.of(account)) {
      if (m_input.contributions[c].commits > m_weights.bot_commit_limit) {
        return true;
      }
    }
    return false;
  }

  void add_contributions(std::uint32_t account, Accumulator& acc) const
  {
    for (std::uint32_t c : m_index.account_contributions.of(account)) {
      const std::int32_t r = m_classes.contribution_repo[c];
      double credit = commit_credit(m_input.contributions[c].commits, m_weights.contributions);
      credit *= m_classes.contribution_notable[c] != 0 ? m_weights.contributions.notable_factor : 1.0;
      if (r >= 0) {
        const std::size_t ri = static_cast<std::size_t>(r);
        credit *= m_classes.repo_is_prompts[ri] != 0 ? 0.0 : (m_classes.repo_is_list[ri] != 0 ? m_weights.repos.list_factor : 1.0);
        credit *= age_factor(m_input.repos[ri].pushed_day);
      } else {
        credit *= age_factor(-1);
      }
      acc.add(m_classes.contribution_specs[c], Signal::contributions, Source::github,
              {ItemKind::contribution, c, static_cast<float>(credit)});
    }
  }

  void add_repos(std::uint32_t account, Accumulator& acc) const
  {
    for (std::uint32_t r : m_index.account_repos.of(account)) {
      const Repo& repo = m_input.repos[r];
      const double credit = repo_credit(repo, m_classes.repo_is_list[r] != 0, m_classes.repo_is_prompts[r] != 0, m_weights.repos)
                            * age_factor(repo.pushed_day);
      acc.add(m_classes.repo_specs[r], Signal::own_repos, Source::github, {ItemKind::repo, r, static_cast<float>(credit)});
    }
  }

  // Template-card, low-download models are a mass re-upload once there are enough of
  // them; near-identical models (one family) count once. The best of each group counts.
  bool mass_uploaded(const Model& model) const
  {
    return card_completeness(model) == 0 && model.downloads < m_weights.models.mass_upload_max_downloads;
  }

  void add_models(std::uint32_t account, Accumulator& acc) const
  {
    const auto models = m_index.account_models.of(account);
    const auto mass = std::count_if(models.begin(), models.end(), [&](std::uint32_t m) { return mass_uploaded(m_input.models[m]); });
    const bool collapse_mass = mass >= m_weights.models.mass_upload_min_models;
    std::vector<std::pair<std::string_view, std::uint32_t>> keyed;
    for (std::uint32_t m : models) {
      const bool in_mass = collapse_mass && mass_uploaded(m_input.models[m]);
      keyed.emplace_back(in_mass ? std::string_view("\x01mass") : std::string_view(m_classes.model_family[m]), m);
    }
    // Per group, the most downloaded model (ties: input order) is the one that counts.
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& x, const auto& y) {
      return x.first != y.first ? x.first < y.first : m_input.models[x.second].downloads > m_input.models[y.second].downloads;
    });
    for (std::size_t i = 0; i < keyed.size(); ++i) {
      if (i > 0 && keyed[i].first == keyed[i - 1].first) {
        continue;
      }
      const Model& model = m_input.models[keyed[i].second];
      const double credit = model_credit(model, m_weights.models) * age_factor(model.modified_day);
      acc.add(m_classes.model_specs[keyed[i].second], Signal::models, Source::huggingface,
              {ItemKind::model, keyed[i].second, static_cast<float>(credit)});
    }
  }

  void add_papers(std::uint32_t account, Accumulator& acc) const
  {
    for (std::uint32_t a : m_index.account_authorships.of(account)) {
      const std::int32_t p = m_classes.authorship_paper[a];
      if (p < 0) {
        continue;
      }
      const std::size_t pi = static_cast<std::size_t>(p);
      const double credit = paper_credit(m_input.authorships[a].position, m_classes.paper_author_count[pi],
                                         m_classes.paper_top_venue[pi] != 0, m_classes.paper_in_category[pi] != 0, m_weights.papers)
                            * age_factor(m_input.papers[pi].published_day);
      acc.add(m_classes.paper_specs[pi], Signal::papers, Source::arxiv, {ItemKind::authorship, a, static_cast<float>(credit)});
    }
  }

  const RankInput& m_input;
  const ItemClasses& m_classes;
  const EvidenceIndex& m_index;
  const Weights& m_weights;
};

}  // namespace

FeatureSet extract_features(const RankInput& input, const ItemClasses& classes, const Weights& weights)
{
  const EvidenceIndex index = build_evidence_index(input);
  const Extractor extractor(input, classes, index, weights);
  FeatureSet set;
  set.people.resize(input.people.size());
  tbb::parallel_for(std::size_t{0}, input.people.size(), [&](std::size_t p) { set.people[p] = extractor.person(p); });
  return set;
}

FeatureSet extract_features(const RankInput& input, const Taxonomy& taxonomy, const Weights& weights)
{
  return extract_features(input, classify_items(input, taxonomy, weights), weights);
}

}  // namespace scout::ranker
