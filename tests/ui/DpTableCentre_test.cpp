// A DP table smaller than its canvas sits in the middle of it, headers included (issue 8: it hung
// in the top left corner); one larger than the canvas starts at the top left and scrolls.
#include <gtest/gtest.h>

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>

#include "ui/models/DpTableModel.h"
#include "ui/rooms/DpRoom.h"
#include "ui/views/dp/DpTableView.h"

namespace stepwise::ui {
namespace {

/// The table's drawn block (headers and cells) in the view's own coordinates.
QRect drawnBlock(const DpTableView& view) {
    const QRect cells(view.viewport()->geometry().topLeft(),
                      QSize(view.model()->columnCount() * view.horizontalHeader()->defaultSectionSize(),
                            view.model()->rowCount() * view.verticalHeader()->defaultSectionSize()));
    return cells.united(view.verticalHeader()->geometry().intersected(QRect(0, cells.top(), 10000, cells.height())))
        .united(view.horizontalHeader()->geometry().intersected(QRect(cells.left(), 0, cells.width(), 10000)));
}

TEST(DpTableCentre, ASmallTableIsCentredInItsCanvas) {
    DpRoom room;
    room.resize(1366, 768);
    room.show();
    QApplication::processEvents();  // the room fits the table once shown; zoom after that
    DpTableView& view = *room.view();
    for (double zoom : {0.5, 0.8, 1.0}) {
        view.setZoom(zoom);
        QApplication::processEvents();
        const QRect canvas = view.contentsRect();
        const QRect block = drawnBlock(view);
        ASSERT_LT(block.width(), canvas.width()) << zoom;
        ASSERT_LT(block.height(), canvas.height()) << zoom;
        EXPECT_NEAR(block.center().x(), canvas.center().x(), 2 + view.verticalHeader()->width() / 2.0) << zoom;
        EXPECT_NEAR(block.center().y(), canvas.center().y(), 2 + view.horizontalHeader()->height() / 2.0) << zoom;
        // The cells themselves: as much room left as right, above as below (up to the headers).
        const QRect vp = view.viewport()->geometry();
        EXPECT_NEAR(vp.left() - view.verticalHeader()->width() - canvas.left(), canvas.right() - vp.right(), 2) << zoom;
        EXPECT_NEAR(vp.top() - view.horizontalHeader()->height() - canvas.top(), canvas.bottom() - vp.bottom(), 2)
            << zoom;
        // The headers stay against the cells.
        EXPECT_EQ(view.verticalHeader()->geometry().right() + 1, vp.left());
        EXPECT_EQ(view.horizontalHeader()->geometry().bottom() + 1, vp.top());
        EXPECT_FALSE(view.horizontalScrollBar()->isVisible());
    }
}

TEST(DpTableCentre, ALargeTableStartsAtTheTopLeftAndScrolls) {
    DpRoom room;
    room.resize(1366, 768);
    room.show();
    QApplication::processEvents();  // the room fits the table once shown; zoom after that
    DpTableView& view = *room.view();
    view.setZoom(DpTableView::maxZoom);
    view.setFixedSize(300, 200);  // a canvas smaller than the table
    QApplication::processEvents();
    ASSERT_GT(view.model()->columnCount() * view.horizontalHeader()->defaultSectionSize(), view.width()) << view.height();
    ASSERT_GT(view.model()->rowCount() * view.verticalHeader()->defaultSectionSize(), view.height());
    const QRect vp = view.viewport()->geometry();
    EXPECT_EQ(vp.left(), view.contentsRect().left() + view.verticalHeader()->width());
    EXPECT_EQ(vp.top(), view.contentsRect().top() + view.horizontalHeader()->height());
    EXPECT_GT(view.horizontalScrollBar()->maximum() + view.verticalScrollBar()->maximum(), 0);
}

}  // namespace
}  // namespace stepwise::ui
