#pragma once
#include <string>
#include <vector>

namespace stepwise::balance {

struct Backend {
    std::string name;
    int weight = 1;        // positive
    double latency = 4;    // mean service time in ticks (the load model)
};

/// "a:5,b:1,c" → backends with weights (default 1). InputError for an empty name, a weight that is
/// not a positive integer, or a repeated name.
std::vector<Backend> parseBackends(const std::string& text);

}  // namespace stepwise::balance
