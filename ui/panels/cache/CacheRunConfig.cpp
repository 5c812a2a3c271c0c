#include "ui/panels/cache/CacheRunConfig.h"

namespace stepwise::ui {

QString defaultWorkloadText(CacheWorkloadKind kind) {
    switch (kind) {
        case CacheWorkloadKind::Zipf:
            return "zipf:0.9:40";
        case CacheWorkloadKind::Uniform:
            return "uniform:20";
        case CacheWorkloadKind::Scan:
            return "scan:12";
        case CacheWorkloadKind::Burst:
            return "burst:40:6:30";
        case CacheWorkloadKind::Trace:
            return "trace:";
        case CacheWorkloadKind::Typed:
            return "a,b,c,d,a,b,e,a,b,c,d,e,a,f,a,b";
    }
    return {};
}

catalogue::Options CacheRunConfig::toOptions() const {
    catalogue::Options o;
    o.set("policy", policyA.trimmed().toStdString());
    if (!policyB.trimmed().isEmpty()) o.set("compare", policyB.trimmed().toStdString());
    o.set("capacity", std::to_string(capacity));
    if (ttl != 0) o.set("ttl", std::to_string(ttl));
    if (kind == CacheWorkloadKind::Typed) {
        o.set("ops", workload.trimmed().toStdString());
    } else {
        o.set("workload", workload.trimmed().toStdString());
        o.set("requests", std::to_string(requests));
    }
    o.set("seed", std::to_string(seed));
    return o;
}

CacheRunConfig CacheRunConfig::fromOptions(const catalogue::Options& o) {
    CacheRunConfig c;
    c.policyA = QString::fromStdString(o.text("policy", "lru"));
    c.policyB = QString::fromStdString(o.text("compare"));
    c.capacity = static_cast<int>(o.integer("capacity", 8));
    c.ttl = static_cast<int>(o.integer("ttl", 0));
    c.requests = static_cast<int>(o.integer("requests", 400));
    c.seed = static_cast<quint64>(o.integer("seed", 1));
    if (o.has("ops")) {
        c.kind = CacheWorkloadKind::Typed;
        c.workload = QString::fromStdString(o.text("ops"));
        return c;
    }
    c.workload = QString::fromStdString(o.text("workload", "zipf:0.9:40"));
    const QString head = c.workload.section(':', 0, 0);
    c.kind = head == "uniform" ? CacheWorkloadKind::Uniform
             : head == "scan"  ? CacheWorkloadKind::Scan
             : head == "burst" ? CacheWorkloadKind::Burst
             : head == "trace" ? CacheWorkloadKind::Trace
                               : CacheWorkloadKind::Zipf;
    return c;
}

}  // namespace stepwise::ui
