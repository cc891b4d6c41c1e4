#include "app/nightly/change_report.hpp"

#include "common/strings.hpp"

namespace scout::app {

namespace {

std::string who(const PersonChange& change)
{
  return change.name + " (person " + std::to_string(change.person_id) + ")";
}

std::string with_reasons(std::string line, const std::vector<std::string>& reasons)
{
  return reasons.empty() ? line : line + "; " + join(reasons, "; ");
}

std::string entered_line(const PersonChange& change, bool overall)
{
  std::string line = who(change) + ": #" + std::to_string(change.position);
  if (change.rank_before == 0) {
    line += ", new to scout";
  } else if (overall) {
    line += ", was #" + std::to_string(change.rank_before);
  }
  return with_reasons(line, change.reasons);
}

std::string left_line(const PersonChange& change, bool overall)
{
  std::string line = who(change) + ": was #" + std::to_string(change.position);
  if (change.rank_after == 0) {
    return line + ", no longer ranked";
  }
  return overall ? line + ", now #" + std::to_string(change.rank_after) : line;
}

std::string mover_line(const PersonChange& change)
{
  const int up = change.rank_before - change.rank_after;
  const std::string line = who(change) + ": #" + std::to_string(change.rank_before) + " → #"
                           + std::to_string(change.rank_after) + (up > 0 ? " (up " : " (down ")
                           + std::to_string(up > 0 ? up : -up) + ")";
  return change.reasons.empty() ? line + "; no new evidence of their own" : with_reasons(line, change.reasons);
}

std::string evidence_line(const PersonChange& change)
{
  return change.name + " (person " + std::to_string(change.person_id) + ", #" + std::to_string(change.rank_after)
         + "): " + join(change.reasons, "; ");
}

std::string list_name(const ListChanges& list, std::size_t top)
{
  return "the top " + std::to_string(top) + " (" + list.title + ")";
}

shortlist::ChangeGroup entered_group(const ListChanges& list, std::size_t top)
{
  shortlist::ChangeGroup group{"New in " + list_name(list, top), {}, "nobody"};
  for (const PersonChange& change : list.entered) {
    group.items.push_back(entered_line(change, list.key.empty()));
  }
  return group;
}

shortlist::ChangeGroup left_group(const ListChanges& list, std::size_t top)
{
  shortlist::ChangeGroup group{"Left " + list_name(list, top), {}, "nobody"};
  for (const PersonChange& change : list.left) {
    group.items.push_back(left_line(change, list.key.empty()));
  }
  return group;
}

std::string comparison_summary(const RankingState& before, const RankingState& after, const RankingChanges& changes)
{
  return "Ranking run " + std::to_string(after.ranking_run) + " compared with ranking run "
         + std::to_string(before.ranking_run) + " of the nightly run of " + before.date + ": "
         + std::to_string(after.people.size()) + " people ranked, " + std::to_string(changes.new_people) + " new, "
         + std::to_string(changes.updated_people) + " with a changed score.";
}

}  // namespace

shortlist::ChangeNotes change_notes(const std::optional<RankingState>& before, const RankingState& after,
                                    const RankingChanges& changes)
{
  shortlist::ChangeNotes notes;
  notes.title = "What changed on " + after.date;
  if (!before) {
    notes.summary = "First nightly run: nothing to compare with yet. " + std::to_string(after.people.size())
                    + " people ranked (ranking run " + std::to_string(after.ranking_run)
                    + "); the next nightly run reports what changed since this one.";
    return notes;
  }
  notes.summary = comparison_summary(*before, after, changes);
  // In the order a recruiter acts on them: who to look at, who moved and why, who dropped out.
  for (const ListChanges& list : changes.lists) {
    notes.groups.push_back(entered_group(list, after.top));
  }
  shortlist::ChangeGroup movers{"Biggest movers (overall)", {}, "nobody moved"};
  for (const PersonChange& change : changes.movers) {
    movers.items.push_back(mover_line(change));
  }
  shortlist::ChangeGroup evidence{"New evidence", {}, "none in the top lists"};
  for (const PersonChange& change : changes.new_evidence) {
    evidence.items.push_back(evidence_line(change));
  }
  shortlist::ChangeGroup firsts{"A first of a kind (first paper, model, contributions or repository)", {}, "nobody"};
  for (const PersonChange& change : changes.first_kind) {
    firsts.items.push_back(evidence_line(change));
  }
  notes.groups.push_back(std::move(movers));
  notes.groups.push_back(std::move(evidence));
  notes.groups.push_back(std::move(firsts));
  for (const ListChanges& list : changes.lists) {
    notes.groups.push_back(left_group(list, after.top));
  }
  return notes;
}

std::string top_movers_text(const RankingChanges& changes, std::size_t count)
{
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < changes.movers.size() && i < count; ++i) {
    const PersonChange& change = changes.movers[i];
    const int up = change.rank_before - change.rank_after;
    parts.push_back(change.name + " " + (up > 0 ? "+" : "") + std::to_string(up));
  }
  return parts.empty() ? "none" : join(parts, ", ");
}

}  // namespace scout::app
