#include "ui/panels/balance/BalancerRunConfig.h"

#include <QStringList>

namespace stepwise::ui {

catalogue::Options BalancerRunConfig::toOptions() const {
    catalogue::Options o;
    o.set("policy", policy.toStdString());
    QStringList list;
    for (const auto& row : backends) {
        const QString weight = row.weight.trimmed();
        list << row.name.trimmed() + (weight.isEmpty() ? QString() : ":" + weight);
    }
    o.set("backends", list.join(',').toStdString());
    o.set("requests", std::to_string(requests));
    o.set("seed", std::to_string(seed));
    if (slow) {
        o.set("slow", slow->backend.trimmed().toStdString());
        o.set("slow-at", std::to_string(slow->at));
    }
    return o;
}

BalancerRunConfig BalancerRunConfig::fromOptions(const catalogue::Options& o) {
    BalancerRunConfig c;
    c.policy = QString::fromStdString(o.text("policy", "round-robin"));
    c.backends.clear();
    for (const QString& item : QString::fromStdString(o.text("backends")).split(',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(':');
        c.backends.push_back(
            {parts.value(0).trimmed(), parts.size() > 1 ? parts.value(1).trimmed() : QString("1")});
    }
    c.requests = static_cast<int>(o.integer("requests", 300));
    c.seed = static_cast<quint64>(o.integer("seed", 1));
    if (o.has("slow"))
        c.slow = SlowChange{static_cast<std::size_t>(o.integer("slow-at", 0)),
                            QString::fromStdString(o.text("slow"))};
    return c;
}

}  // namespace stepwise::ui
