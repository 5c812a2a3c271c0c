#include "ui/views/graph/GraphLegend.h"

#include <QEvent>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include "ui/views/graph/GraphStyle.h"
#include "ui/views/graph/VertexItem.h"

namespace stepwise::ui {
namespace {

struct Look {
    graph::VertexStatus status;
    bool source;
    bool focused;
    const char* words;
};

constexpr Look kLooks[] = {
    {graph::VertexStatus::Unseen, false, false, QT_TRANSLATE_NOOP("GraphLegend", "not reached (plain ring)")},
    {graph::VertexStatus::Frontier, false, false, QT_TRANSLATE_NOOP("GraphLegend", "in the frontier (dashed ring)")},
    {graph::VertexStatus::Done, false, false, QT_TRANSLATE_NOOP("GraphLegend", "done (filled)")},
    {graph::VertexStatus::Highlighted, false, false, QT_TRANSLATE_NOOP("GraphLegend", "highlighted (double ring)")},
    {graph::VertexStatus::Unseen, false, true, QT_TRANSLATE_NOOP("GraphLegend", "the last change (glow)")},
    {graph::VertexStatus::Unseen, true, false, QT_TRANSLATE_NOOP("GraphLegend", "S source, T target")},
};

/// One vertex drawn as the view draws it, on the view's background.
QPixmap swatch(const Look& look, const QPalette& palette, qreal dpr) {
    GraphStyle style;
    style.applyPalette(palette);
    QGraphicsScene scene;
    auto* item = new VertexItem(0, QString(), &style);
    item->setStatus(look.status);
    item->setEndpoint(look.source, false);
    item->setFocused(look.focused);
    scene.addItem(item);
    const QRectF box(-28, -28, 56, 56);
    const int side = 22;
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(style.background);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(0, 0, side, side), box);
    return pixmap;
}

}  // namespace

GraphLegend::GraphLegend(QWidget* parent) : QWidget(parent) {
    setObjectName("graphLegend");
    setAccessibleName(tr("Legend of the graph drawing"));
    // Two rows of three, so the legend fits the centre column of a 1366-pixel screen.
    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(1);
    int i = 0;
    for (const Look& look : kLooks) {
        auto* picture = new QLabel(this);
        auto* words = new QLabel(tr(look.words), this);
        swatches_.append(picture);
        grid->addWidget(picture, i / 3, (i % 3) * 2);
        grid->addWidget(words, i / 3, (i % 3) * 2 + 1);
        ++i;
    }
    grid->setColumnStretch(5, 1);
    numbers_ = new QLabel(this);
    numbers_->setObjectName("graphLegendNumbers");
    numbers_->setWordWrap(true);
    components_ = new QLabel(
        tr("C1, C2, …: the strongly connected component a vertex was put in, in the order they were found; "
           "each component has its own fill."),
        this);
    components_->setObjectName("graphLegendComponents");
    components_->setWordWrap(true);
    components_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(grid);
    layout->addWidget(numbers_);
    layout->addWidget(components_);
    paintSwatches();
}

void GraphLegend::setMeaning(const QString& vertexNumber, bool weighted) {
    QString text = vertexNumber.isEmpty() ? QString() : tr("Number by a vertex: %1.").arg(vertexNumber) + " ";
    if (weighted) text += tr("Number on an edge: its weight.") + " ";
    text += tr("Thick arrow: the edge a vertex was reached by.");
    numbers_->setText(text);
}

void GraphLegend::setComponentsShown(bool shown) {
    components_->setVisible(shown);
}

QString GraphLegend::text() const {
    QStringList words;
    for (auto* label : findChildren<QLabel*>())
        if (!label->text().isEmpty() && !label->isHidden()) words << label->text();
    return words.join(" · ");
}

void GraphLegend::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) paintSwatches();
}

void GraphLegend::paintSwatches() {
    for (int i = 0; i < swatches_.size(); ++i)
        swatches_[i]->setPixmap(swatch(kLooks[i], palette(), devicePixelRatioF()));
}

}  // namespace stepwise::ui
