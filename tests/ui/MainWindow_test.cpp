#include "ui/app/MainWindow.h"

#include <gtest/gtest.h>

TEST(MainWindow, Opens) {
    stepwise::ui::MainWindow w;
    w.show();
    EXPECT_TRUE(w.isVisible());
}
