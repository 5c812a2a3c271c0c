#pragma once
// A legend under a view: each look the view can paint (a mark, a badge, a colour), drawn small by
// a function of the palette so it follows the theme, with what it means in words. The words name
// the shape or the tag as well, so no state is told by colour alone. Entries have ids, so a test
// can check that the legend covers every state the view paints.
#include <QWidget>
#include <functional>
#include <vector>

class QGridLayout;
class QPainter;
class QLabel;

namespace stepwise::ui {

struct LegendEntry {
    QString id;     // what the view paints ("compare", "hit", "moved"), for tests
    QString words;  // what it means, naming its shape or tag
    /// Paints the swatch into `box` with `palette`; empty: a words-only entry.
    std::function<void(QPainter&, const QRectF& box, const QPalette& palette)> swatch;
};

class ViewLegend : public QWidget {
    Q_OBJECT
  public:
    /// `columns` entries a row (so it fits a centre column at 1366 × 768).
    explicit ViewLegend(int columns = 3, QWidget* parent = nullptr);

    void setEntries(std::vector<LegendEntry> entries);
    /// The ids of the entries shown, in order.
    QStringList ids() const;
    /// The legend's words, for tests and screen readers.
    QString text() const;

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void paintSwatches();

    int columns_;
    QGridLayout* grid_;
    std::vector<LegendEntry> entries_;
    std::vector<QLabel*> swatches_;
    std::vector<QLabel*> words_;
};

}  // namespace stepwise::ui
