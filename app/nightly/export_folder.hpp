#pragma once

#include <functional>
#include <string>

namespace scout::app {

// The dated folder of one nightly run's exports, written whole or not at all: files go to
// a hidden staging folder beside it, which publish() renames into place in one step. A run
// killed at any point leaves earlier days' folders untouched and, at worst, a staging
// folder that the next run removes.

// "2026-12-01", or "2026-12-01-2", "-3", ... : the first name `taken` says is free. A
// second run on one day never replaces the first one's exports.
std::string dated_folder_name(const std::string& date, const std::function<bool(const std::string&)>& taken);

class StagedFolder {
public:
  // Removes stale staging folders in `root` (creating `root` when missing), then creates
  // this run's. Throws scout::Error naming the folder when it cannot.
  StagedFolder(std::string root, std::string date);
  // Removes the staging folder unless published.
  ~StagedFolder();
  StagedFolder(const StagedFolder&) = delete;
  StagedFolder& operator=(const StagedFolder&) = delete;

  // Where to write the files: "<root>/.<date>.partial".
  const std::string& path() const { return m_staging; }
  // Renames the staging folder to its dated name (dated_folder_name) and returns that path.
  std::string publish();

private:
  std::string m_root;
  std::string m_date;
  std::string m_staging;
  bool m_published = false;
};

}  // namespace scout::app
