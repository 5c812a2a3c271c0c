#include "ui/views/common/ViewLegend.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <algorithm>

namespace stepwise::ui {

namespace {
constexpr int kSwatch = 22;
}

ViewLegend::ViewLegend(int columns, QWidget* parent)
    : QWidget(parent), columns_(std::max(1, columns)), grid_(new QGridLayout(this)) {
    setAccessibleName(tr("Legend"));
    grid_->setContentsMargins(4, 2, 4, 2);
    grid_->setHorizontalSpacing(4);
    grid_->setVerticalSpacing(1);
    // As tall as its lines need and no taller: the drawing above takes the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void ViewLegend::setEntries(std::vector<LegendEntry> entries) {
    for (auto* l : swatches_) delete l;
    for (auto* l : words_) delete l;
    swatches_.clear();
    words_.clear();
    entries_ = std::move(entries);
    for (int c = 0; c < grid_->columnCount(); ++c) grid_->setColumnStretch(c, 0);
    int i = 0;
    for (const auto& e : entries_) {
        auto* picture = new QLabel(this);
        picture->setFixedSize(kSwatch, kSwatch);
        auto* words = new QLabel(e.words, this);
        words->setTextFormat(Qt::PlainText);
        // Wrapping words: a legend must never widen its column past a 1366-pixel screen.
        words->setWordWrap(true);
        grid_->addWidget(picture, i / columns_, (i % columns_) * 2);
        grid_->addWidget(words, i / columns_, (i % columns_) * 2 + 1);
        picture->setVisible(static_cast<bool>(e.swatch));
        swatches_.push_back(picture);
        words_.push_back(words);
        ++i;
    }
    for (int c = 0; c < columns_; ++c) grid_->setColumnStretch(c * 2 + 1, 1);
    setAccessibleDescription(text());
    paintSwatches();
}

QStringList ViewLegend::ids() const {
    QStringList out;
    for (const auto& e : entries_) out << e.id;
    return out;
}

QString ViewLegend::text() const {
    QStringList out;
    for (const auto& e : entries_) out << e.words;
    return out.join(" · ");
}

void ViewLegend::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) paintSwatches();
}

void ViewLegend::paintSwatches() {
    const qreal dpr = devicePixelRatioF();
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        if (!entries_[i].swatch) continue;
        QPixmap pixmap(QSize(kSwatch, kSwatch) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(palette().color(QPalette::Base));
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        entries_[i].swatch(painter, QRectF(0, 0, kSwatch, kSwatch), palette());
        painter.end();
        swatches_[i]->setPixmap(pixmap);
    }
}

}  // namespace stepwise::ui
