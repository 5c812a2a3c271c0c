#pragma once
// Reading answers one line at a time from a file descriptor with a deadline (poll(2)): the
// practice session's time limit interrupts a question while the user is still typing, or while
// a pipe has not delivered the line yet. A regular file is always ready, so a scripted session
// from a file never times out.
#include <chrono>
#include <string>

namespace stepwise::cli {

class TimedLineReader {
  public:
    using Clock = std::chrono::steady_clock;
    enum class Result { Line, TimedOut, Ended };

    /// Reads from `fd` (not owned). When a deadline passes, the unfinished line received so far is
    /// dropped, and with `terminal` also what was typed but not entered (tcflush), so it does not
    /// become the start of the next question's answer.
    TimedLineReader(int fd, bool terminal) : fd_(fd), terminal_(terminal) {}

    /// The next line (without its newline) if it comes before `deadline`; Ended at the end of the
    /// input (a last line without a newline is still returned first).
    Result read(std::string& line, Clock::time_point deadline);

  private:
    int fd_;
    bool terminal_;
    bool ended_ = false;
    std::string buffer_;
};

}  // namespace stepwise::cli
