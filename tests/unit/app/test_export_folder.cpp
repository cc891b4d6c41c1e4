// The nightly run's dated export folder: staged, renamed into place, never over an
// earlier run's folder.
#include "app/nightly/export_folder.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>

using scout::app::StagedFolder;

namespace fs = std::filesystem;

TEST_SUITE("app::nightly export folder")
{
  TEST_CASE("a second run on one day gets the next free suffix")
  {
    std::set<std::string> taken;
    const auto is_taken = [&taken](const std::string& name) { return taken.count(name) != 0; };
    CHECK(scout::app::dated_folder_name("2026-12-01", is_taken) == "2026-12-01");
    taken = {"2026-12-01", "2026-12-01-2"};
    CHECK(scout::app::dated_folder_name("2026-12-01", is_taken) == "2026-12-01-3");
  }

  TEST_CASE("files appear in the dated folder only once published")
  {
    scout::testing::TempDir dir;
    const std::string root = dir.file("exports");
    fs::create_directories(root + "/2026-12-01");
    std::ofstream(root + "/2026-12-01/shortlist.csv") << "yesterday's\n";
    std::string published;
    {
      StagedFolder staged(root, "2026-12-01");
      std::ofstream(staged.path() + "/shortlist.csv") << "today's\n";
      CHECK_FALSE(fs::exists(root + "/2026-12-01-2"));
      published = staged.publish();
    }
    CHECK(published == root + "/2026-12-01-2");
    std::ifstream earlier(root + "/2026-12-01/shortlist.csv");
    std::string line;
    std::getline(earlier, line);
    CHECK(line == "yesterday's");
    CHECK(fs::exists(published + "/shortlist.csv"));
  }

  TEST_CASE("an unpublished run leaves nothing, and a killed run's staging folder is removed")
  {
    scout::testing::TempDir dir;
    const std::string root = dir.file("exports");
    fs::create_directories(root + "/.2026-11-30.partial");  // what a kill -9 leaves
    {
      StagedFolder staged(root, "2026-12-01");
      CHECK_FALSE(fs::exists(root + "/.2026-11-30.partial"));
      CHECK(fs::exists(staged.path()));
    }
    CHECK(fs::is_empty(root));
  }
}
