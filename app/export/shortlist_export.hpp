#pragma once

#include "app/export/shortlist_builder.hpp"
#include "ranker/taxonomy.hpp"
#include "shortlist/change_notes.hpp"
#include "shortlist/writers.hpp"
#include "store/shortlist_reader.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace scout::app {

// What `scout export` and `scout nightly` share: a ranking run turned into one shortlist
// file's text, and that text written so that a reader never sees half of it.

struct RenderedShortlist {
  std::string text;
  std::size_t people = 0;
};

// The rows of `run` that `filter` selects, written in `format`; `changes` (nightly only)
// becomes a section of the HTML page and is ignored by the other formats.
RenderedShortlist render_shortlist(const store::RankedRun& run, const ranker::Taxonomy& taxonomy,
                                   const ShortlistFilter& filter, shortlist::Format format,
                                   const std::optional<shortlist::ChangeNotes>& changes = std::nullopt);

// Throws UsageError naming the valid keys when `key` is not one of the taxonomy's
// specialisations. `what` names the setting ("--specialisation", "nightly.specialisations").
void require_known_specialisation(const ranker::Taxonomy& taxonomy, const std::string& key, const std::string& what);

// Writes `content` beside `path` and renames it over `path`, so a failed write never
// leaves half a file where the previous one was. Throws scout::Error naming the path.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace scout::app
