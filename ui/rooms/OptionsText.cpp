#include "ui/rooms/OptionsText.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace stepwise::ui {

catalogue::Options parseOptionsText(const QString& text) {
    catalogue::Options out;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString name = words[i];
        while (name.startsWith(QLatin1Char('-'))) name.remove(0, 1);
        const bool valued = i + 1 < words.size() && !words[i + 1].startsWith(QStringLiteral("--"));
        out.set(name.toStdString(), valued ? words[++i].toStdString() : std::string());
    }
    return out;
}

QString optionsText(const catalogue::CatalogueItem& item, const catalogue::Options& options) {
    QStringList words;
    for (const auto& [name, value] : options.values()) {
        // Defaults are left out: the text shows what was chosen.
        const auto spec = std::find_if(item.options.begin(), item.options.end(),
                                       [&key = name](const catalogue::OptionSpec& s) { return s.name == key; });
        if (spec != item.options.end() && spec->defaultValue == value) continue;
        words << QStringLiteral("--%1 %2").arg(QString::fromStdString(name), QString::fromStdString(value));
    }
    return words.join(QLatin1Char(' '));
}

}  // namespace stepwise::ui
