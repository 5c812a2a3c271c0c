#include "ui/app/RecentFiles.h"

#include <QFileInfo>

namespace stepwise::ui {

namespace {
QString normalized(const QString& path) {
    return QFileInfo(path).absoluteFilePath();
}
}  // namespace

RecentFiles::RecentFiles(QStringList files, int limit) : limit_(limit > 0 ? limit : defaultLimit) {
    for (const QString& f : files)
        if (!f.isEmpty() && !files_.contains(normalized(f))) files_.append(normalized(f));
    while (files_.size() > limit_) files_.removeLast();
}

void RecentFiles::add(const QString& path) {
    if (path.isEmpty()) return;
    const QString p = normalized(path);
    files_.removeAll(p);
    files_.prepend(p);
    while (files_.size() > limit_) files_.removeLast();
}

void RecentFiles::remove(const QString& path) {
    files_.removeAll(normalized(path));
}

}  // namespace stepwise::ui
