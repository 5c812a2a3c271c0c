// The DP table drawn onto a painter (what every export draws): its row labels fit the column they
// are given in any font the view is set to. An export sets its bundled font on the view; the
// labels were painted in that font but measured in the header's, and "1  #0 w1 v1" lost its
// first digit at the drawing's left edge.
#include <gtest/gtest.h>

#include <QApplication>
#include <QImage>
#include <QPainter>

#include "ui/rooms/DpRoom.h"
#include "ui/views/dp/DpTableView.h"

namespace stepwise::ui {
namespace {

/// Pixels in the drawing's first two columns that are not its background.
int inkAtTheLeftEdge(DpTableView& view) {
    const QSize size = view.naturalSize().toSize();
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setClipRect(QRect(QPoint(), size));
        view.paint(painter, QRectF(QPointF(), QSizeF(size)));
    }
    int ink = 0;
    for (int x = 0; x < 2; ++x)
        for (int y = 0; y < image.height(); ++y) ink += image.pixel(x, y) != image.pixel(0, 0);
    return ink;
}

TEST(DpTableDrawing, RowLabelsFitTheirColumnInAnyFontTheViewIsGiven) {
    DpRoom room;
    room.resize(1366, 768);
    room.show();
    QApplication::processEvents();
    for (const char* item : {"knapsack", "coin-change", "edit-distance"}) {
        room.selectItem(item);
        ASSERT_EQ(room.currentItem(), item);
        DpTableView& view = *room.view();
        for (const double points : {6.0, 9.0, 14.0, 20.0}) {
            QFont font = view.font();
            font.setPointSizeF(points);
            view.setFont(font);
            EXPECT_EQ(inkAtTheLeftEdge(view), 0) << item << " at " << points << " pt";
        }
        view.setFont(QFont());
    }
}

}  // namespace
}  // namespace stepwise::ui
