#include "app/crawl/interrupt_guard.hpp"

#include <csignal>

namespace scout::app {

namespace {

// A signal handler can only reach static storage: this flag is the one piece of global
// state, written by the handler and read by the guard.
volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void on_signal(int signal_number)
{
  g_interrupted = 1;
  std::signal(signal_number, SIG_DFL);  // a second signal ends the process at once
}

}  // namespace

InterruptGuard::InterruptGuard()
{
  g_interrupted = 0;
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
}

InterruptGuard::~InterruptGuard()
{
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
}

bool InterruptGuard::interrupted() const { return g_interrupted != 0; }

}  // namespace scout::app
