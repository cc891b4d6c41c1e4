#pragma once

#include "model/task.hpp"

namespace scout::crawler {

// The subject of a task stored before tasks carried one (migration 9), read back from its
// kind and URL; kind none when the URL names nothing the kind expects. Used once per old
// row, to back-fill the frontier: tasks made since are given their subject by the source
// that makes them, and nothing else reads a subject out of a URL.
// The page is 1 for the first page of a listing, the page's number when the URL has one
// (GitHub's page=, arXiv's start=), and 0 (unknown) for a later page named by a cursor.
model::TaskSubject subject_from_legacy_url(const model::Task& task);

}  // namespace scout::crawler
