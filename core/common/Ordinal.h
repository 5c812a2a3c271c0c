#pragma once
// English ordinals for sentences and messages: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.
#include <cstddef>
#include <string>

namespace stepwise {

inline std::string ordinal(std::size_t k) {
    const char* suffix = (k % 100 >= 11 && k % 100 <= 13) ? "th"
                         : k % 10 == 1                    ? "st"
                         : k % 10 == 2                    ? "nd"
                         : k % 10 == 3                    ? "rd"
                                                          : "th";
    return std::to_string(k) + suffix;
}

}  // namespace stepwise
