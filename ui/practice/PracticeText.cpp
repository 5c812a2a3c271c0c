#include "ui/practice/PracticeText.h"

#include <QCoreApplication>

namespace stepwise::ui {

QString practiceInstanceText(const practice::Question& q) {
    if (q.instance.contains("graph")) return {};
    QStringList lines;
    for (const auto& [name, value] : q.instance.items()) {
        if (name == "row" || name == "column") continue;  // the table marks the asked cell
        const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
        lines << QString::fromStdString(name) + ": " + QString::fromStdString(text);
    }
    return lines.join('\n');
}

QString practiceSeconds(std::int64_t ms) {
    return QCoreApplication::translate("Practice", "%1 s").arg(static_cast<double>(ms) / 1000, 0, 'f', 1);
}

}  // namespace stepwise::ui
