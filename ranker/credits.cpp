#include "ranker/credits.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace scout::ranker {

namespace {

constexpr std::array<std::string_view, 5> k_governance_sections = {"intended_use", "training_data",
                                                                   "training_procedure", "evaluation", "limitations"};

}  // namespace

double recency(int day, int as_of_day, double half_life_days)
{
  if (day < 0) {
    return 0.5;
  }
  const double age = static_cast<double>(as_of_day - day);
  if (age <= 0 || half_life_days <= 0) {
    return 1.0;
  }
  return std::exp2(-age / half_life_days);
}

double commit_credit(std::int64_t commits, const ContributionRules& rules)
{
  if (commits <= 0) {
    return 0;
  }
  // Squared log: 400 commits -> 36, 20 -> 9.3, 2 -> 1.2 (then discounted as a drive-by).
  const double scale = std::log1p(static_cast<double>(commits));
  const double credit = scale * scale;
  if (commits <= rules.drive_by_commits) {
    return credit * rules.drive_by_factor;
  }
  return credit;
}

double repo_credit(const Repo& repo, bool is_list, bool is_prompts, const RepoRules& rules)
{
  if (is_prompts || (repo.fork && repo.stars <= 0)) {
    return 0;
  }
  const double stars = std::log1p(static_cast<double>(std::max<std::int64_t>(repo.stars, 0)));
  if (is_list) {
    return std::min(stars, std::log1p(rules.list_star_cap)) * rules.list_factor;
  }
  // A starless repository in the vocabulary is still some work of one's own.
  return 0.5 + stars;
}

double card_completeness(const Model& model)
{
  if (model.card_is_template || model.card_length <= 0) {
    return 0;
  }
  int present = 0;
  for (std::string_view section : k_governance_sections) {
    present +=
      std::find(model.card_sections.begin(), model.card_sections.end(), section) != model.card_sections.end() ? 1 : 0;
  }
  return static_cast<double>(present) / static_cast<double>(k_governance_sections.size());
}

std::int64_t counted_downloads(const Model& model)
{
  return std::max<std::int64_t>({model.downloads_all_time, model.downloads, 0});
}

bool trains_on_base(const Model& model)
{
  return model.base_relation != BaseRelation::none && model.base_relation != BaseRelation::quantized;
}

double model_credit(const Model& model, const ModelRules& rules)
{
  const double downloads = std::log1p(static_cast<double>(counted_downloads(model)));
  const double likes = std::log1p(static_cast<double>(std::max<std::int64_t>(model.likes, 0)));
  const double fine_tune = trains_on_base(model) ? rules.fine_tune : 0.0;
  return rules.downloads * downloads + rules.likes * likes + rules.card * card_completeness(model) + fine_tune;
}

double paper_credit(int position, int author_count, bool top_venue, bool in_category, const PaperRules& rules)
{
  const int n = std::max(author_count, 1);
  double credit = 10.0 / n;  // ten points shared by the authors
  if (position == 0) {
    credit *= rules.first_author;
  } else if (position == n - 1) {
    credit *= rules.last_author;
  }
  credit *= top_venue ? rules.top_venue : 1.0;
  credit *= in_category ? 1.0 : rules.other_category;
  return credit;
}

}  // namespace scout::ranker
