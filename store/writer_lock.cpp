#include "store/writer_lock.hpp"

#include "common/clock.hpp"
#include "common/error.hpp"
#include "common/strings.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/file.h>
#include <unistd.h>

namespace scout::store {

namespace {

// "scout crawl --db x.db": the process's own command line, NUL separators made spaces.
std::string own_command_line()
{
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  while (!text.empty() && text.back() == '\0') {
    text.pop_back();
  }
  for (char& c : text) {
    c = c == '\0' ? ' ' : c;
  }
  return text;
}

std::string holder_description(int fd)
{
  std::string text(4096, '\0');
  const ssize_t got = pread(fd, text.data(), text.size(), 0);
  text.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  const std::string_view described = trim(text);
  return described.empty() ? "a process that has not yet written its details" : std::string(described);
}

void record_holder(int fd)
{
  std::ostringstream text;
  text << "pid " << getpid() << ", started " << format_iso8601_millis(to_unix_millis(std::chrono::system_clock::now()))
       << ", command `" << own_command_line() << "`\n";
  const std::string line = text.str();
  // Best effort: the lock itself is what excludes; the text only explains it.
  if (ftruncate(fd, 0) == 0) {
    (void)!pwrite(fd, line.data(), line.size(), 0);
  }
}

}  // namespace

WriterLock::WriterLock(const std::string& database_path) : m_path(database_path + ".lock")
{
  m_fd = open(m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (m_fd < 0) {
    throw Error(m_path + ": cannot create the database's lock file: " + std::strerror(errno));
  }
  if (flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    const std::string holder = error == EWOULDBLOCK ? holder_description(m_fd) : std::strerror(error);
    close(m_fd);
    m_fd = -1;
    if (error != EWOULDBLOCK) {
      throw Error(m_path + ": cannot lock: " + holder);
    }
    throw Error(database_path + ": another scout is writing to this database (" + holder
                + "); only one writer at a time. Wait for it to finish, or stop it; readers such as "
                  "`scout status` need no lock");
  }
  record_holder(m_fd);
}

WriterLock::~WriterLock()
{
  if (m_fd >= 0) {
    close(m_fd);  // releases the flock
  }
}

}  // namespace scout::store
