#include "app/export/shortlist_export.hpp"

#include "common/error.hpp"
#include "common/strings.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace scout::app {

RenderedShortlist render_shortlist(const store::RankedRun& run, const ranker::Taxonomy& taxonomy,
                                   const ShortlistFilter& filter, shortlist::Format format,
                                   const std::optional<shortlist::ChangeNotes>& changes)
{
  const std::vector<shortlist::ShortlistRow> rows = build_shortlist(run, taxonomy, filter);
  shortlist::ShortlistMeta meta{run.id, run.created_at, run.weights_hash, describe_filter(filter)};
  meta.changes = changes;
  std::ostringstream text;
  shortlist::write_shortlist(format, meta, rows, text);
  return {text.str(), rows.size()};
}

void require_known_specialisation(const ranker::Taxonomy& taxonomy, const std::string& key, const std::string& what)
{
  std::vector<std::string> keys;
  for (const ranker::Specialisation& spec : taxonomy.specialisations) {
    if (spec.key == key) {
      return;
    }
    keys.push_back(spec.key);
  }
  throw UsageError(what + ": unknown key \"" + key + "\" (valid: " + join(keys, ", ") + ")");
}

// The temporary name carries the pid, so two writers of the same path never share one.
void write_file_atomically(const std::string& path, const std::string& content)
{
  const std::string temporary = path + ".tmp-" + std::to_string(getpid());
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << content;
    file.close();
    if (!file) {
      std::filesystem::remove(temporary);
      throw Error(path + ": cannot write the export (" + temporary + ")");
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::filesystem::remove(temporary);
    throw Error(path + ": cannot write the export: " + error.message());
  }
}

}  // namespace scout::app
