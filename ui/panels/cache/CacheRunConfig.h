#pragma once
// What the cache room's form holds (text and numbers, not checked): the two policies, capacity,
// TTL, the workload and its length, the seed. The room turns it into the `cache` item's options.
#include <QString>

#include "core/catalogue/Options.h"

namespace stepwise::ui {

enum class CacheWorkloadKind { Zipf, Uniform, Scan, Burst, Trace, Typed };

struct CacheRunConfig {
    QString policyA = "lru";
    QString policyB = "lfu";
    int capacity = 8;
    int ttl = 0;  // ticks; 0 = keys never expire
    CacheWorkloadKind kind = CacheWorkloadKind::Zipf;
    /// The workload in core/sim's syntax ("zipf:0.9:40", "trace:PATH"), or for Typed the access
    /// sequence as the user typed it ("a,b,c,a").
    QString workload = "zipf:0.9:40";
    int requests = 400;  // ignored for Typed: the sequence is the run
    quint64 seed = 7;

    /// As options of the `cache` item (policy, compare, capacity, ttl, workload or ops, requests, seed).
    catalogue::Options toOptions() const;
    /// From options of the `cache` item (a preset, or what was applied before).
    static CacheRunConfig fromOptions(const catalogue::Options& options);
};

/// The workload text a kind starts with in the editor.
QString defaultWorkloadText(CacheWorkloadKind kind);

}  // namespace stepwise::ui
