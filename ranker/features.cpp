#include "ranker/features.hpp"

#include "ranker/credits.hpp"
#include "ranker/evidence_index.hpp"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <cstdio>
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

// One person's running sums, one slot per specialisation; the top evidence only when
// asked for (it is most of the work and needed for a few people only).
struct Accumulator {
  std::array<std::array<double, k_evidence_signal_count>, k_max_specialisations> raw{};
  std::array<std::array<bool, k_source_count>, k_max_specialisations> sources{};
  std::array<std::array<TopEvidence, k_evidence_signal_count>, k_max_specialisations>* top = nullptr;
  SpecMask seen = 0;

  void add(SpecMask mask, Signal signal, Source source, const EvidenceRef& ref)
  {
    if (ref.credit <= 0) {
      return;
    }
    const std::size_t i = static_cast<std::size_t>(signal);
    for (std::size_t s = 0; mask != 0; ++s, mask >>= 1) {
      if ((mask & 1U) == 0) {
        continue;
      }
      raw[s][i] += ref.credit;
      if (top != nullptr) {
        (*top)[s][i].add(ref);
      }
      sources[s][static_cast<std::size_t>(source)] = true;
      seen |= static_cast<SpecMask>(1U << s);
    }
  }

  SpecFeatures features(std::size_t s) const
  {
    SpecFeatures out;
    out.spec = static_cast<std::uint8_t>(s);
    out.breadth = static_cast<std::uint8_t>(std::count(sources[s].begin(), sources[s].end(), true));
    for (std::size_t i = 0; i < k_evidence_signal_count; ++i) {
      out.raw[i] = static_cast<float>(raw[s][i]);
    }
    return out;
  }
};

class Extractor {
public:
  Extractor(const ClassifiedInput& input, const EvidenceIndex& index, const Weights& weights, int as_of_day)
    : m_input(input), m_index(index), m_weights(weights), m_as_of_day(as_of_day)
  {
  }

  // Fills `acc`; returns whether the person is a bot or an organisation (never ranked).
  bool person(std::size_t p, Accumulator& acc) const
  {
    bool bot = false;
    // An organisation (every account an org) is not a candidate either.
    bool all_orgs = !m_index.person_accounts.of(p).empty();
    for (std::uint32_t a : m_index.person_accounts.of(p)) {
      all_orgs = all_orgs && m_input.accounts[a].org;
      bot = bot || m_input.accounts[a].bot || implausible_commits(a);
      add_contributions(a, acc);
      add_repos(a, acc);
      add_models(a, acc);
      add_papers(a, acc);
    }
    return bot || all_orgs;
  }

private:
  double age_factor(int day) const { return recency(day, m_as_of_day, m_weights.half_life_days); }

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
      const ContributionItem& item = m_input.contributions[c];
      double credit = commit_credit(item.commits, m_weights.contributions);
      credit *= item.notable ? m_weights.contributions.notable_factor : 1.0;
      if (item.repo != k_no_index) {
        const RepoItem& repo = m_input.repos[item.repo];
        credit *= repo.is_prompts ? 0.0 : (repo.is_list ? m_weights.repos.list_factor : 1.0);
        // A push to the repository dates its activity, not this author's: their own last
        // commit wins where GitHub's statistics give it.
        credit *= age_factor(item.last_day >= 0 ? item.last_day : repo.pushed_day);
      } else {
        credit *= age_factor(item.last_day);
      }
      acc.add(item.specs, Signal::contributions, Source::github,
              {ItemKind::contribution, c, static_cast<float>(credit)});
    }
  }

  void add_repos(std::uint32_t account, Accumulator& acc) const
  {
    for (std::uint32_t r : m_index.account_repos.of(account)) {
      const RepoItem& repo = m_input.repos[r];
      const double credit = repo.credit * age_factor(repo.pushed_day);
      acc.add(repo.specs, Signal::own_repos, Source::github, {ItemKind::repo, r, static_cast<float>(credit)});
    }
  }

  // Template-card, low-download models are a mass re-upload once there are enough of
  // them; near-identical models (one family) count once. The best of each group counts.
  void add_models(std::uint32_t account, Accumulator& acc) const
  {
    const auto models = m_index.account_models.of(account);
    const auto mass =
      std::count_if(models.begin(), models.end(), [&](std::uint32_t m) { return m_input.models[m].mass_candidate; });
    const bool collapse_mass = mass >= m_weights.models.mass_upload_min_models;
    constexpr std::uint64_t k_mass_group = UINT64_MAX;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;
    for (std::uint32_t m : models) {
      const bool in_mass = collapse_mass && m_input.models[m].mass_candidate;
      keyed.emplace_back(in_mass ? k_mass_group : m_input.models[m].family, m);
    }
    // Per group, the most downloaded model (ties: input order) is the one that counts.
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& x, const auto& y) {
      return x.first != y.first ? x.first < y.first
                                : m_input.models[x.second].downloads > m_input.models[y.second].downloads;
    });
    for (std::size_t i = 0; i < keyed.size(); ++i) {
      if (i > 0 && keyed[i].first == keyed[i - 1].first) {
        continue;
      }
      const ModelItem& model = m_input.models[keyed[i].second];
      const double credit = model.credit * age_factor(model.modified_day);
      acc.add(model.specs, Signal::models, Source::huggingface,
              {ItemKind::model, keyed[i].second, static_cast<float>(credit)});
    }
  }

  void add_papers(std::uint32_t account, Accumulator& acc) const
  {
    for (std::uint32_t a : m_index.account_authorships.of(account)) {
      const AuthorshipItem& authorship = m_input.authorships[a];
      if (authorship.paper == k_no_index) {
        continue;
      }
      const PaperItem& paper = m_input.papers[authorship.paper];
      const double credit =
        paper_credit(authorship.position, paper.author_count, paper.top_venue, paper.in_category, m_weights.papers)
        * age_factor(paper.published_day);
      acc.add(paper.specs, Signal::papers, Source::arxiv, {ItemKind::authorship, a, static_cast<float>(credit)});
    }
  }

  const ClassifiedInput& m_input;
  const EvidenceIndex& m_index;
  const Weights& m_weights;
  int m_as_of_day;
};

// One block of people's features, extracted on one thread.
struct Block {
  std::vector<PersonFeatures> people;
  std::vector<SpecFeatures> specs;
};

constexpr std::size_t k_block = 4096;

}  // namespace

FeatureSet extract_features(const ClassifiedInput& input, const Weights& weights, int as_of_day)
{
  const EvidenceIndex index = build_evidence_index(input);
  const Extractor extractor(input, index, weights, as_of_day);
  std::vector<Block> blocks((input.people.size() + k_block - 1) / k_block);
  tbb::parallel_for(std::size_t{0}, blocks.size(), [&](std::size_t b) {
    Block& block = blocks[b];
    for (std::size_t p = b * k_block; p < std::min(input.people.size(), (b + 1) * k_block); ++p) {
      Accumulator acc;
      PersonFeatures person{input.people[p], static_cast<std::uint32_t>(block.specs.size()), 0,
                            extractor.person(p, acc)};
      for (std::size_t s = 0; s < k_max_specialisations && !person.bot; ++s) {
        if ((acc.seen & (1U << s)) != 0) {
          block.specs.push_back(acc.features(s));
          person.count += 1;
        }
      }
      block.people.push_back(person);
    }
  });
  // Concatenate in block order (offsets first, then copies in parallel): the same bytes
  // whatever the threads did.
  std::vector<std::size_t> people_at(blocks.size() + 1, 0), specs_at(blocks.size() + 1, 0);
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    people_at[b + 1] = people_at[b] + blocks[b].people.size();
    specs_at[b + 1] = specs_at[b] + blocks[b].specs.size();
  }
  FeatureSet set;
  set.people.resize(people_at.back());
  set.specs.resize(specs_at.back());
  tbb::parallel_for(std::size_t{0}, blocks.size(), [&](std::size_t b) {
    for (std::size_t i = 0; i < blocks[b].people.size(); ++i) {
      set.people[people_at[b] + i] = blocks[b].people[i];
      set.people[people_at[b] + i].first += static_cast<std::uint32_t>(specs_at[b]);
    }
    std::copy(blocks[b].specs.begin(), blocks[b].specs.end(),
              set.specs.begin() + static_cast<std::ptrdiff_t>(specs_at[b]));
    blocks[b] = Block{};
  });
  return set;
}

FeatureSet extract_features(const RankInput& input, const Taxonomy& taxonomy, const Weights& weights)
{
  return extract_features(classify_input(input, taxonomy, weights), weights, input.as_of_day);
}

std::vector<std::vector<SpecEvidence>> people_evidence(const ClassifiedInput& input, const Weights& weights,
                                                       int as_of_day)
{
  const EvidenceIndex index = build_evidence_index(input);
  const Extractor extractor(input, index, weights, as_of_day);
  std::vector<std::vector<SpecEvidence>> out(input.people.size());
  tbb::parallel_for(std::size_t{0}, input.people.size(), [&](std::size_t p) {
    std::array<std::array<TopEvidence, k_evidence_signal_count>, k_max_specialisations> top{};
    Accumulator acc;
    acc.top = &top;
    extractor.person(p, acc);
    for (std::size_t s = 0; s < k_max_specialisations; ++s) {
      if ((acc.seen & (1U << s)) != 0) {
        out[p].push_back({acc.features(s), top[s]});
      }
    }
  });
  return out;
}

std::string extraction_key(const Weights& w)
{
  std::string key;
  const auto add = [&](double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g;", value);
    key += buffer;
  };
  for (double value :
       {w.half_life_days, static_cast<double>(w.bot_commit_limit),
        static_cast<double>(w.contributions.drive_by_commits), w.contributions.drive_by_factor,
        w.contributions.notable_factor, w.repos.list_star_cap, w.repos.list_factor, w.models.downloads, w.models.likes,
        w.models.card, w.models.fine_tune, static_cast<double>(w.models.mass_upload_min_models),
        static_cast<double>(w.models.mass_upload_max_downloads), w.papers.first_author, w.papers.last_author,
        w.papers.top_venue, w.papers.other_category}) {
    add(value);
  }
  for (const std::vector<std::string>* list : {&w.papers.top_venues, &w.papers.categories}) {
    for (const std::string& value : *list) {
      key += value + ",";
    }
    key += ";";
  }
  return key;
}

}  // namespace scout::ranker
