#pragma once
// The breaker's call list (DESIGN.md "Command line"): `S` a success, `F` a failure, either with a
// duration (`S/1500ms`), `+6s` / `+250ms` to move the clock, and `!STATE` / `!reset` for an explicit
// transition (`!forced-open`, `!disabled`, `!metrics-only`, `!closed`, `!open`, `!half-open`).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/resilience/BreakerTrace.h"

namespace stepwise::resilience {

struct CallToken {
    enum class Kind : std::uint8_t { Call, Advance, Transition, Reset };
    Kind kind = Kind::Call;
    bool failed = false;
    Time duration = 0;  // Call: how long it took; Advance: how far the clock moves
    BreakerState target = BreakerState::Closed;  // Transition
};

/// Most tokens in one list: every token is a step group the run can return to.
inline constexpr std::size_t maxCallTokens = 200'000;

/// "5s", "1500ms", "250us" (or µs), "2m" (or 2min), "1h", or a whole number of `bareUnit` (milliseconds by
/// default). nullopt when malformed, negative or over a year.
std::optional<Time> parseDuration(std::string_view text, Time bareUnit = millisecond);

/// Comma- (or newline-) separated tokens. InputError naming `option`, the item's position and what
/// was expected for a malformed token; also for more than maxCallTokens.
std::vector<CallToken> parseCallList(const std::string& text, const std::string& option = "calls");

/// The token as written back ("S/1500ms", "+6s", "!forced-open").
std::string tokenText(const CallToken& token);

/// "forced-open" → FORCED_OPEN (also "FORCED_OPEN", any case); nullopt otherwise.
std::optional<BreakerState> parseStateName(std::string_view text);

}  // namespace stepwise::resilience
