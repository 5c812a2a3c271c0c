#include "core/cache/CacheWords.h"

namespace stepwise::cache {

CacheEventKind kindOf(const CacheEvent& e) {
    return static_cast<CacheEventKind>(e.index());  // the variant's order is the enum's
}

const char* kindName(CacheEventKind kind) {
    switch (kind) {
        case CacheEventKind::Hit:
            return "hit";
        case CacheEventKind::Miss:
            return "miss";
        case CacheEventKind::Insert:
            return "insert";
        case CacheEventKind::Evict:
            return "evict";
        case CacheEventKind::Expire:
            return "expire";
        case CacheEventKind::Promote:
            return "promote";
    }
    return "";
}

std::string evictionReason(EvictReason reason, std::uint32_t detail) {
    std::string words = reasonName(reason);
    switch (reason) {
        case EvictReason::LeastRecentlyUsed:
        case EvictReason::SampledIdle:
            words += ": idle " + std::to_string(detail) + " ticks";
            break;
        case EvictReason::LeastFrequentlyUsed:
            words += ": used " + std::to_string(detail) + (detail == 1 ? " time" : " times");
            break;
        case EvictReason::SampledFrequency:
            words += ": counter " + std::to_string(detail);
            break;
        case EvictReason::FirstIn:
            words += ": inserted " + std::to_string(detail) + " ticks ago";
            break;
        case EvictReason::ClockHand:
            words += " after passing " + std::to_string(detail) + " slots";
            break;
        default:
            break;
    }
    return words;
}

CacheEventWords eventWords(const CacheEvent& e) {
    CacheEventWords w;
    w.kind = kindOf(e);
    std::visit([&](const auto& ev) { w.key = ev.key; }, e);
    if (const auto* ev = std::get_if<cache_event::Evict>(&e)) {
        w.reason = ev->reason;
        w.detail = ev->detail;
        w.why = evictionReason(ev->reason, ev->detail);
    } else if (const auto* x = std::get_if<cache_event::Expire>(&e)) {
        w.active = x->active;
        w.why = x->active ? "expired (found by the active sampler)" : "expired (found on access)";
    }
    return w;
}

std::string slotDetail(std::string_view policy, const SlotView& s, Tick now) {
    const std::string idle =
        std::to_string(static_cast<long long>(now) - static_cast<long long>(s.lastAccess));
    const std::string f = std::to_string(s.frequency);
    if (policy == "lfu") return "freq " + f + " · idle " + idle;
    if (policy == "sampled-lfu") return "counter " + f;
    if (policy == "clock") return "bit " + f + " · idle " + idle;
    if (policy == "s3-fifo") return std::string(s.queue ? "main" : "small") + " · freq " + f;
    return "idle " + idle;
}

}  // namespace stepwise::cache
