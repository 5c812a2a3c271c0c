#pragma once
// The files opened lately, newest first, without duplicates, at most `limit` of them: what
// File → Open recent lists. Kept in QSettings by AppSettings; this class is the list's rules only.
#include <QStringList>

namespace stepwise::ui {

class RecentFiles {
  public:
    static constexpr int defaultLimit = 8;

    explicit RecentFiles(QStringList files = {}, int limit = defaultLimit);

    /// Puts `path` (made absolute) first, dropping an older entry of it and the oldest past the limit.
    void add(const QString& path);
    void remove(const QString& path);
    void clear() { files_.clear(); }
    const QStringList& files() const { return files_; }
    bool isEmpty() const { return files_.isEmpty(); }

  private:
    QStringList files_;
    int limit_;
};

}  // namespace stepwise::ui
