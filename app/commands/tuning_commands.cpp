// `scout compare` and `scout evaluate`: weights tuned by measurement. Both rank in memory
// (nothing is stored) with the same as-of date, so only the weights differ.
#include "app/commands/command.hpp"
#include "app/export/relevance_labels.hpp"
#include "app/ranking/rank_runner.hpp"
#include "common/error.hpp"
#include "common/strings.hpp"
#include "shortlist/rank_metrics.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace scout::app {

namespace {

std::unordered_map<std::int64_t, std::size_t> positions(const std::vector<std::int64_t>& order)
{
  std::unordered_map<std::int64_t, std::size_t> where;
  for (std::size_t i = 0; i < order.size(); ++i) {
    where.emplace(order[i], i);
  }
  return where;
}

std::string rank_text(const std::unordered_map<std::int64_t, std::size_t>& where, std::int64_t person)
{
  const auto found = where.find(person);
  return found == where.end() ? "unranked" : "#" + std::to_string(found->second + 1);
}

class CompareCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("--weights", m_weights, "Two weights files: A then B")->required()->expected(2);
    subcommand.add_option("--top", m_top, "Size of the shortlist compared")->check(CLI::PositiveNumber);
    subcommand.add_option("--as-of", m_as_of, "Measure recency from this date (default: the last crawl)");
  }

  int run(CommandContext& context) override
  {
    const InMemoryRanking a = rank_in_memory(context.settings, {m_weights[0], m_as_of}, context.log);
    const InMemoryRanking b = rank_in_memory(context.settings, {m_weights[1], m_as_of}, context.log);
    const auto in_a = positions(a.order);
    const auto in_b = positions(b.order);
    const std::size_t top = static_cast<std::size_t>(m_top);
    std::ostream& out = context.out;
    out << "compare: A = " << a.weights_path << ", B = " << b.weights_path << ", as of " << a.as_of << ", top " << top
        << "\nKendall's tau, A vs B, over " << a.order.size()
        << " people: " << format_fixed(shortlist::kendall_tau(a.order, b.order), 3) << "\n\nentered the top " << top
        << " under B:\n";
    list_crossing(out, b, in_a, top);
    out << "\nleft the top " << top << " under B:\n";
    list_crossing(out, a, in_b, top);
    out << "\nlargest moves within either top " << top << ":\n";
    list_moves(out, a, in_a, in_b, top);
    return 0;
  }

private:
  // People in `ranking`'s top N who are not in the other ordering's top N.
  static void list_crossing(std::ostream& out, const InMemoryRanking& ranking,
                            const std::unordered_map<std::int64_t, std::size_t>& other, std::size_t top)
  {
    bool any = false;
    for (std::size_t i = 0; i < std::min(top, ranking.order.size()); ++i) {
      const std::int64_t person = ranking.order[i];
      const auto found = other.find(person);
      if (found == other.end() || found->second >= top) {
        out << "  #" << i + 1 << " " << ranking.names.at(person) << " (was " << rank_text(other, person) << ")\n";
        any = true;
      }
    }
    out << (any ? "" : "  nobody\n");
  }

  static void list_moves(std::ostream& out, const InMemoryRanking& a,
                         const std::unordered_map<std::int64_t, std::size_t>& in_a,
                         const std::unordered_map<std::int64_t, std::size_t>& in_b, std::size_t top)
  {
    std::vector<std::pair<long, std::int64_t>> moves;  // (rank change, person)
    for (const auto& [person, position_a] : in_a) {
      const auto found = in_b.find(person);
      if (found != in_b.end() && (position_a < top || found->second < top) && found->second != position_a) {
        moves.emplace_back(static_cast<long>(position_a) - static_cast<long>(found->second), person);
      }
    }
    std::sort(moves.begin(), moves.end(), [](const auto& x, const auto& y) {
      return std::abs(x.first) != std::abs(y.first) ? std::abs(x.first) > std::abs(y.first) : x.second < y.second;
    });
    for (std::size_t i = 0; i < std::min<std::size_t>(10, moves.size()); ++i) {
      const auto& [change, person] = moves[i];
      out << "  " << a.names.at(person) << ": " << rank_text(in_a, person) << " -> " << rank_text(in_b, person) << " ("
          << (change > 0 ? "+" : "") << change << ")\n";
    }
    out << (moves.empty() ? "  none\n" : "");
  }

  std::vector<std::string> m_weights;
  int m_top = 50;
  std::string m_as_of;
};

class EvaluateCommand : public Command {
public:
  void add_options(CLI::App& subcommand) override
  {
    subcommand.add_option("--weights", m_weights, "Weights file to evaluate (default: [ranking] weights)");
    subcommand.add_option("--labels", m_labels, "CSV of who,relevance (0-3)")->required();
    subcommand.add_option("--specialisation", m_specialisation, "Rank by this sub-specialisation's score");
    subcommand.add_option("--as-of", m_as_of, "Measure recency from this date (default: the last crawl)");
  }

  int run(CommandContext& context) override
  {
    InMemoryRanking ranking = rank_in_memory(context.settings, {m_weights, m_as_of}, context.log);
    if (!m_specialisation.empty()) {
      reorder_by_specialisation(ranking);
    }
    auto db = store::Database::open_read_only(context.settings.database.path);
    const RelevanceLabels labels = read_relevance_labels(m_labels, db);
    for (const std::string& who : labels.unknown) {
      context.log.warn("evaluate: " + who + " is not a linked account or person in this database; left out");
    }
    std::ostream& out = context.out;
    out << "evaluate: " << ranking.weights_path << " against " << labels.by_person.size() << " labelled people"
        << (m_specialisation.empty() ? "" : ", specialisation " + m_specialisation) << ", as of " << ranking.as_of
        << '\n';
    for (const std::size_t k : {10, 50}) {
      out << "NDCG@" << k << " " << format_fixed(shortlist::ndcg_at(ranking.order, labels.by_person, k), 3)
          << "   precision@" << k << " " << format_fixed(shortlist::precision_at(ranking.order, labels.by_person, k), 3)
          << '\n';
    }
    list_worst(out, ranking, labels);
    return 0;
  }

private:
  void reorder_by_specialisation(InMemoryRanking& ranking) const
  {
    std::vector<std::size_t> index(ranking.order.size());
    for (std::size_t i = 0; i < index.size(); ++i)
      index[i] = i;
    const auto score = [&](std::size_t i) {
      const auto found = ranking.specialisations[i].find(m_specialisation);
      return found == ranking.specialisations[i].end() ? 0.0 : found->second;
    };
    std::stable_sort(index.begin(), index.end(), [&](std::size_t x, std::size_t y) { return score(x) > score(y); });
    std::vector<std::int64_t> order;
    for (const std::size_t i : index)
      order.push_back(ranking.order[i]);
    ranking.order = std::move(order);
  }

  // The relevant people (2 or 3) this ranking puts lowest: where the weights fail the recruiter.
  static void list_worst(std::ostream& out, const InMemoryRanking& ranking, const RelevanceLabels& labels)
  {
    const auto where = positions(ranking.order);
    std::vector<std::pair<std::size_t, std::int64_t>> relevant;
    for (const auto& [person, label] : labels.by_person) {
      if (label >= 2) {
        const auto found = where.find(person);
        relevant.emplace_back(found == where.end() ? ranking.order.size() : found->second, person);
      }
    }
    std::sort(relevant.rbegin(), relevant.rend());
    out << "relevant people ranked worst:\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(5, relevant.size()); ++i) {
      const auto name = ranking.names.find(relevant[i].second);
      out << "  " << (name == ranking.names.end() ? "person " + std::to_string(relevant[i].second) : name->second)
          << ": " << rank_text(where, relevant[i].second) << " (relevance " << labels.by_person.at(relevant[i].second)
          << ")\n";
    }
    out << (relevant.empty() ? "  none labelled 2 or 3\n" : "");
  }

  std::string m_weights;
  std::string m_labels;
  std::string m_specialisation;
  std::string m_as_of;
};

}  // namespace

std::unique_ptr<Command> make_compare_command() { return std::make_unique<CompareCommand>(); }
std::unique_ptr<Command> make_evaluate_command() { return std::make_unique<EvaluateCommand>(); }

}  // namespace scout::app
