#include "app/nightly/export_folder.hpp"

#include "common/error.hpp"

#include <filesystem>

namespace scout::app {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_staging_suffix = ".partial";

// Staging folders are ours alone: the database's writer lock, held by the caller, keeps a
// second nightly run of the same database out, so any one found here is a killed run's.
void remove_stale_staging(const fs::path& root)
{
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(root, error)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with('.') && name.ends_with(k_staging_suffix) && entry.is_directory()) {
      fs::remove_all(entry.path(), error);
    }
  }
}

}  // namespace

std::string dated_folder_name(const std::string& date, const std::function<bool(const std::string&)>& taken)
{
  std::string name = date;
  for (int n = 2; taken(name); ++n) {
    name = date + "-" + std::to_string(n);
  }
  return name;
}

StagedFolder::StagedFolder(std::string root, std::string date) : m_root(std::move(root)), m_date(std::move(date))
{
  std::error_code error;
  fs::create_directories(m_root, error);
  if (error) {
    throw Error(m_root + ": cannot create the export folder: " + error.message());
  }
  remove_stale_staging(m_root);
  m_staging = (fs::path(m_root) / ("." + m_date + std::string(k_staging_suffix))).string();
  fs::create_directory(m_staging, error);
  if (error) {
    throw Error(m_staging + ": cannot create the staging folder: " + error.message());
  }
}

StagedFolder::~StagedFolder()
{
  if (!m_published) {
    std::error_code ignored;  // a destructor must not throw; the next run removes it anyway
    fs::remove_all(m_staging, ignored);
  }
}

std::string StagedFolder::publish()
{
  const auto taken = [this](const std::string& name) {
    std::error_code ignored;
    return fs::exists(fs::path(m_root) / name, ignored);
  };
  const std::string target = (fs::path(m_root) / dated_folder_name(m_date, taken)).string();
  std::error_code error;
  fs::rename(m_staging, target, error);
  if (error) {
    throw Error(target + ": cannot move the night's exports into place from " + m_staging + ": " + error.message());
  }
  m_published = true;
  return target;
}

}  // namespace scout::app
