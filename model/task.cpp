#include "model/task.hpp"

#include <algorithm>

namespace scout::model {

std::string_view to_string(Source source)
{
  switch (source) {
  case Source::github: return "github";
  case Source::huggingface: return "huggingface";
  case Source::arxiv: return "arxiv";
  }
  return "github";
}

bool parse_source(std::string_view text, Source& source)
{
  for (Source candidate : {Source::github, Source::huggingface, Source::arxiv}) {
    if (to_string(candidate) == text) {
      source = candidate;
      return true;
    }
  }
  return false;
}

std::string_view to_string(SubjectKind kind)
{
  switch (kind) {
  case SubjectKind::none: return "";
  case SubjectKind::account: return "account";
  case SubjectKind::repository: return "repository";
  case SubjectKind::model: return "model";
  case SubjectKind::paper: return "paper";
  case SubjectKind::query: return "query";
  }
  return "";
}

bool parse_subject_kind(std::string_view text, SubjectKind& kind)
{
  for (SubjectKind candidate : {SubjectKind::none, SubjectKind::account, SubjectKind::repository, SubjectKind::model,
                                SubjectKind::paper, SubjectKind::query}) {
    if (to_string(candidate) == text) {
      kind = candidate;
      return true;
    }
  }
  return false;
}

TaskSubject next_page_of(const TaskSubject& subject)
{
  TaskSubject next = subject;
  next.page = std::max(subject.page, 1) + 1;  // a listing's first page is 1, even when unnumbered
  return next;
}

}  // namespace scout::model
