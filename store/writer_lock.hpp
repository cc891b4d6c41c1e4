#pragma once

#include <string>

namespace scout::store {

// The single-writer lock of one database: an exclusive flock(2) on "<database>.lock",
// held from construction to destruction. The kernel drops it when the process dies, so
// a killed crawl never leaves a stale lock behind. The file records who holds it (PID,
// start time, command line) so a refused writer can say whom it waits for.
class WriterLock {
public:
  // Takes the lock without waiting. Throws scout::Error naming the holder's PID, start
  // time and command when another process holds it, or the path when it cannot be made.
  explicit WriterLock(const std::string& database_path);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

  const std::string& path() const { return m_path; }

private:
  std::string m_path;
  int m_fd = -1;
};

}  // namespace scout::store
