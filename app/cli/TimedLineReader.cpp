#include "app/cli/TimedLineReader.h"

#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace stepwise::cli {

TimedLineReader::Result TimedLineReader::read(std::string& line, Clock::time_point deadline) {
    for (;;) {
        if (const auto newline = buffer_.find('\n'); newline != std::string::npos) {
            line = buffer_.substr(0, newline);
            buffer_.erase(0, newline + 1);
            return Result::Line;
        }
        if (ended_) {
            if (buffer_.empty()) return Result::Ended;
            line = std::move(buffer_);
            buffer_.clear();
            return Result::Line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) {
            // The half-typed answer belongs to this question: dropped, not the next one's start.
            buffer_.clear();
            if (terminal_) tcflush(fd_, TCIFLUSH);
            return Result::TimedOut;
        }
        pollfd p{fd_, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 1'000'000'000LL)));
        if (ready < 0) {
            if (errno == EINTR) continue;
            ended_ = true;
            continue;
        }
        if (ready == 0) continue;  // the deadline: checked at the top
        char chunk[4096];
        const ssize_t got = ::read(fd_, chunk, sizeof chunk);
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            ended_ = true;
        } else if (got == 0) {
            ended_ = true;
        } else {
            buffer_.append(chunk, static_cast<std::size_t>(got));
        }
    }
}

}  // namespace stepwise::cli
