#include "ui/app/MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <optional>

#include "core/catalogue/Catalogue.h"
#include "ui/app/AboutDialog.h"
#include "ui/app/AppSettings.h"
#include "ui/app/RecentFiles.h"
#include "ui/app/ShortcutsDialog.h"
#include "ui/app/WrappingItemDelegate.h"
#include "ui/export/ExportDialog.h"
#include "ui/panels/GraphInputEditor.h"
#include "ui/playback/PlaybackController.h"
#include "ui/practice/PracticeSetup.h"
#include "ui/practice/PracticeWindow.h"
#include "ui/practice/ProgressPage.h"
#include "ui/practice/PredictStrip.h"
#include "ui/rooms/RoomScaffold.h"
#include "ui/practice/ShowMe.h"
#include "ui/rooms/BalancerRoom.h"
#include "ui/rooms/CacheRoom.h"
#include "ui/rooms/DpRoom.h"
#include "ui/rooms/GraphRoom.h"
#include "ui/rooms/QueueRoom.h"
#include "ui/rooms/ResilienceRoom.h"
#include "ui/rooms/StructuresRoom.h"

namespace stepwise::ui {

namespace {
constexpr int kRoomRole = Qt::UserRole + 1;  // index of the room in roomList_
constexpr int kItemRole = Qt::UserRole + 2;  // the item's catalogue id
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName("mainWindow");
    setWindowTitle("Stepwise");

    catalogue_ = new QTreeWidget(this);
    catalogue_->setObjectName("catalogue");
    catalogue_->setAccessibleName(tr("Catalogue"));
    catalogue_->setHeaderHidden(true);
    catalogue_->setRootIsDecorated(true);
    catalogue_->setFocusPolicy(Qt::TabFocus);
    catalogue_->setMinimumWidth(180);
    // A long title ("Longest increasing subsequence", "Rate limiter (token bucket)") wraps onto a
    // second line rather than being cut: the sidebar is narrow on a 1366-wide screen (issue 8).
    catalogue_->setItemDelegate(new WrappingItemDelegate(catalogue_));

    rooms_ = new QStackedWidget(this);
    rooms_->setObjectName("rooms");

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName("mainSplitter");
    split->setChildrenCollapsible(false);
    split->addWidget(catalogue_);
    split->addWidget(rooms_);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 1220});
    setCentralWidget(split);

    graphRoom_ = new GraphRoom(this);
    addRoom(graphRoom_);
    addRoom(new DpRoom(this));
    addRoom(new StructuresRoom(this));
    addRoom(new CacheRoom(this));
    addRoom(new BalancerRoom(this));
    addRoom(new QueueRoom(this));
    addRoom(new ResilienceRoom(this));

    buildMenus();
    connect(catalogue_, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { onCatalogueItem(item); });
    selectInCatalogue(graphRoom_,
                      graphRoom_->currentItem());  // each addRoom selected its own item; the graph room opens
    statusBar()->showMessage(tr("Space plays and pauses, ← → step, Home/End jump"), 8000);
    showRoom(graphRoom_);
}

MainWindow::~MainWindow() = default;

void MainWindow::addRoom(Room* room) {
    roomList_.append(room);
    rooms_->addWidget(room);
    connect(room, &Room::currentItemChanged, this,
            [this, room](const QString& id) { selectInCatalogue(room, id); });
    // Only the room on screen speaks in the status bar (issue 8: the graph room's message stayed in
    // every other room).
    connect(room, &Room::statusMessage, this, [this, room](const QString& text) {
        if (rooms_->currentWidget() == room) statusBar()->showMessage(text, 10000);
    });
    buildSidebar();
}

Room* MainWindow::roomFor(const QString& id) const {
    for (Room* room : roomList_)
        for (const RoomItem& item : room->items())
            if (item.id == id) return room;
    return nullptr;
}

void MainWindow::buildSidebar() {
    const QSignalBlocker block(catalogue_);
    catalogue_->clear();
    QTreeWidgetItem* area = nullptr;
    std::optional<catalogue::Area> areaOf;
    for (const auto& entry : catalogue::catalogue()) {
        const QString id = QString::fromStdString(entry.id);
        Room* room = roomFor(id);
        if (!room) continue;  // an item no room shows yet stays in the CLI only
        const int index = static_cast<int>(roomList_.indexOf(room));
        if (!areaOf || *areaOf != entry.area) {
            areaOf = entry.area;
            area = new QTreeWidgetItem(catalogue_, {tr(catalogue::areaTitle(entry.area))});
            area->setData(0, kRoomRole, index);
            area->setFlags(Qt::ItemIsEnabled);
            QFont bold = area->font(0);
            bold.setBold(true);
            area->setFont(0, bold);
            area->setExpanded(true);
        }
        const QString title = QString::fromStdString(entry.title);
        auto* child = new QTreeWidgetItem(area, {title});
        child->setData(0, kRoomRole, index);
        child->setData(0, kItemRole, id);
        child->setToolTip(0, title + "\n" + QString::fromStdString(entry.summary));
    }
    for (Room* room : roomList_) selectInCatalogue(room, room->currentItem());
}

Room* MainWindow::currentRoom() const {
    return qobject_cast<Room*>(rooms_->currentWidget());
}

void MainWindow::showRoom(Room* room) {
    if (rooms_->currentWidget() != room) statusBar()->clearMessage();
    rooms_->setCurrentWidget(room);
    if (openAction_) openAction_->setEnabled(room->opensFiles());
}

void MainWindow::onCatalogueItem(QTreeWidgetItem* item) {
    if (!item) return;
    const int index = item->data(0, kRoomRole).toInt();
    if (index < 0 || index >= roomList_.size()) return;
    Room* room = roomList_[index];
    showRoom(room);
    const QString id = item->data(0, kItemRole).toString();
    if (!id.isEmpty()) room->selectItem(id);
}

void MainWindow::selectInCatalogue(Room* room, const QString& id) {
    const int index = static_cast<int>(roomList_.indexOf(room));
    for (int i = 0; i < catalogue_->topLevelItemCount(); ++i) {
        auto* area = catalogue_->topLevelItem(i);
        if (area->data(0, kRoomRole).toInt() != index) continue;
        for (int j = 0; j < area->childCount(); ++j) {
            if (area->child(j)->data(0, kItemRole).toString() != id) continue;
            const QSignalBlocker block(catalogue_);
            catalogue_->setCurrentItem(area->child(j));
            return;
        }
    }
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    openAction_ = file->addAction(tr("&Open graph…"), this, &MainWindow::openGraph);
    openAction_->setShortcut(QKeySequence::Open);
    recentMenu_ = file->addMenu(tr("Open &recent"));
    recentMenu_->setObjectName("recentMenu");
    rebuildRecentMenu();
    file->addAction(tr("&Export view…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportView);
    file->addAction(tr("Export &steps…"), QKeySequence(tr("Ctrl+Shift+E")), this, &MainWindow::exportSteps);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    themeGroup_ = new QActionGroup(this);
    lightAction_ = view->addAction(tr("&Light theme"), this, [this] { setTheme(Theme::Light); });
    darkAction_ = view->addAction(tr("&Dark theme"), this, [this] { setTheme(Theme::Dark); });
    systemAction_ = view->addAction(tr("Theme of the &system"), this, [this] { setTheme(Theme::System); });
    for (auto* a : {lightAction_, darkAction_, systemAction_}) {
        a->setCheckable(true);
        themeGroup_->addAction(a);
    }
    (chosenTheme() == Theme::System  ? systemAction_
     : currentTheme() == Theme::Dark ? darkAction_
                                     : lightAction_)
        ->setChecked(true);
    view->addSeparator();
    auto* zoomIn = view->addAction(tr("Zoom &in"), this, [this] {
        if (auto* r = currentRoom()) r->zoomIn();
    });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    auto* zoomOut = view->addAction(tr("Zoom &out"), this, [this] {
        if (auto* r = currentRoom()) r->zoomOut();
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto* fit = view->addAction(tr("&Fit to window"), this, [this] {
        if (auto* r = currentRoom()) r->fitAll();
    });
    fit->setShortcut(QKeySequence(tr("Ctrl+0")));

    QMenu* practise = menuBar()->addMenu(tr("&Practice"));
    auto* session = practise->addAction(tr("&Practice session…"), this, [this] { openPractice(); });
    session->setObjectName("practiceAction");
    session->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    session->setWhatsThis(tr("Opens a timed practice session: generated questions on the topics you pick, "
                             "graded, with feedback and the worked solution"));
    auto* progress = practise->addAction(tr("P&rogress"), this, [this] { openProgress(); });
    progress->setObjectName("progressAction");
    progress->setWhatsThis(tr("Shows how practice went: accuracy and time per topic per day, the calendar "
                              "of questions per day and what is due for review"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Stepwise"), this, &MainWindow::showAbout);
}

void MainWindow::applyStartup(const StartupOptions& o) {
    if (o.theme) setTheme(*o.theme, false);
    if (!o.db.isEmpty()) practiceDb_ = o.db;
    if (!o.practice.isEmpty()) {
        openPractice(o.practice);
        if (o.seed) practice_->setup()->setSeed(*o.seed);
    }
    if (o.progress) openProgress();
    if (o.predict) {
        // After the seeks below (and the first layout): Predict asks about the step after --step.
        QTimer::singleShot(0, this, [this] {
            if (auto* r = dynamic_cast<RoomScaffold*>(currentRoom())) r->predictStrip()->setActive(true);
        });
    }
    GraphRoom* room = graphRoom_;
    if (!o.graphFile.isEmpty()) {
        room->openFile(o.graphFile);
        rememberFile(o.graphFile);
    }
    if (!o.algorithm.isEmpty()) room->selectItem(o.algorithm);
    if (!o.source.isEmpty() || !o.target.isEmpty())
        room->setEndpointNames(o.source.isEmpty() ? room->editor()->sourceName() : o.source, o.target);
    // --open ITEM [--preset NAME]: the room that shows ITEM opens it, at --step when given.
    if (Room* other = o.open.isEmpty() ? nullptr : roomFor(o.open)) {
        showRoom(other);
        other->selectItem(o.open);
        selectInCatalogue(other, o.open);
        if (!o.preset.isEmpty()) other->applyPreset(o.preset);
        if (other != room) {
            if (o.step && other->playback()) other->playback()->seek(*o.step);
            return;
        }
    }
    if (!o.step) return;
    const std::size_t step = *o.step;
    if (room->isLayingOut()) {
        // A big file is still being laid out: seek once its session is in.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(room, &GraphRoom::sessionInstalled, this, [room, step, connection] {
            QObject::disconnect(*connection);
            room->playback()->seek(step);
        });
    } else {
        room->playback()->seek(step);
    }
}

ProgressPage* MainWindow::openProgress() {
    if (!progress_) {
        progress_ = new ProgressPage(practiceDb_, this);
        progress_->resize(size().boundedTo(QSize(1366, 768)));
        connect(progress_, &ProgressPage::practiseDueRequested, this, [this](const QStringList& types) {
            openPractice()->practiseDue(types);
        });
    }
    progress_->reload();
    progress_->show();
    progress_->raise();
    progress_->activateWindow();
    return progress_;
}

PracticeWindow* MainWindow::openPractice(const QString& topics) {
    if (!practice_) {
        practice_ = new PracticeWindow(practiceDb_, this);
        practice_->resize(size().boundedTo(QSize(1366, 768)));
        connect(practice_, &PracticeWindow::showMeRequested, this, [this](const practice::Question& q) {
            Room* room = roomFor(QString::fromStdString(q.item));
            if (!room) return;
            showRoom(room);
            QString error;
            if (!showWorkedSolution(*room, q, &error)) statusBar()->showMessage(error, 10000);
            selectInCatalogue(room, room->currentItem());
            raise();
            activateWindow();
        });
    }
    if (!practice_->asking()) practice_->showSetup();  // a question under way stays
    QString error;  // "due" with nothing due says so on the setup page
    if (!topics.isEmpty() && !practice_->setup()->setTopics(topics, &error)) practice_->setup()->showError(error);
    practice_->show();
    practice_->raise();
    practice_->activateWindow();
    return practice_;
}

void MainWindow::setTheme(Theme theme, bool remember) {
    applyTheme(theme);
    if (lightAction_)
        (theme == Theme::System ? systemAction_
         : theme == Theme::Dark ? darkAction_
                                : lightAction_)
            ->setChecked(true);
    if (remember) AppSettings::saveTheme(theme);
}

void MainWindow::restoreSettings() {
    const AppSettings saved = AppSettings::load();
    setTheme(saved.theme.value_or(Theme::Light), false);
    restoreGeometry(saved.geometry);
    restoreState(saved.windowState);
    if (auto* split = findChild<QSplitter*>("mainSplitter")) split->restoreState(saved.splitter);
    if (saved.speed)
        for (Room* room : roomList_)
            if (room->playback()) room->playback()->setSpeed(*saved.speed);
    if (Room* room = saved.lastItem.isEmpty() ? nullptr : roomFor(saved.lastItem)) {
        showRoom(room);
        room->selectItem(saved.lastItem);
        selectInCatalogue(room, saved.lastItem);
    }
    recentFiles_ = RecentFiles(saved.recentFiles).files();
    rebuildRecentMenu();
}

void MainWindow::saveSettings() {
    AppSettings s;
    s.geometry = saveGeometry();
    s.windowState = saveState();
    if (auto* split = findChild<QSplitter*>("mainSplitter")) s.splitter = split->saveState();
    // The theme is not written here: setTheme saved the user's choice, and --theme is for one run only.
    if (Room* room = currentRoom()) {
        s.lastItem = room->currentItem();
        if (room->playback()) s.speed = room->playback()->speed();
    }
    s.recentFiles = recentFiles_;
    s.save();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

QStringList MainWindow::recentFiles() const {
    return recentFiles_;
}

void MainWindow::openRecentFile(const QString& path) {
    if (!QFileInfo(path).isFile()) {  // moved or deleted since: say so and drop it from the list
        statusBar()->showMessage(tr("%1 no longer exists").arg(path), 8000);
        RecentFiles recent(recentFiles_);
        recent.remove(path);
        recentFiles_ = recent.files();
        AppSettings::saveRecentFiles(recentFiles_);
        rebuildRecentMenu();
        return;
    }
    showRoom(graphRoom_);
    selectInCatalogue(graphRoom_, graphRoom_->currentItem());
    graphRoom_->openFile(path);
    rememberFile(path);
}

void MainWindow::rememberFile(const QString& path) {
    if (!QFileInfo(path).isFile()) return;
    RecentFiles recent(recentFiles_);
    recent.add(path);
    recentFiles_ = recent.files();
    AppSettings::saveRecentFiles(recentFiles_);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    if (!recentMenu_) return;
    recentMenu_->clear();
    for (int i = 0; i < recentFiles_.size(); ++i) {
        const QString path = recentFiles_[i];
        // &1 … &8: the number is the mnemonic; the full path is in the tooltip and the status bar.
        auto* a = recentMenu_->addAction(QString("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                         [this, path] { openRecentFile(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    recentMenu_->setEnabled(!recentFiles_.isEmpty());
    if (recentFiles_.isEmpty()) return;
    recentMenu_->addSeparator();
    recentMenu_->addAction(tr("&Clear the list"), this, [this] {
        recentFiles_.clear();
        AppSettings::saveRecentFiles(recentFiles_);
        rebuildRecentMenu();
    });
}

void MainWindow::openGraph() {
    Room* room = currentRoom();
    if (!room || !room->opensFiles()) return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open graph"), QString(), room->fileFilter());
    if (path.isEmpty()) return;
    room->openFile(path);
    if (room == graphRoom_) rememberFile(path);
}

void MainWindow::exportView() {
    exportWith(static_cast<int>(ExportDialog::Mode::View));
}

void MainWindow::exportSteps() {
    exportWith(static_cast<int>(ExportDialog::Mode::Steps));
}

void MainWindow::exportWith(int mode) {
    Room* room = currentRoom();
    if (!room) return;
    const QString path = runExportDialog(*room, static_cast<ExportDialog::Mode>(mode), this);
    if (!path.isEmpty()) statusBar()->showMessage(tr("Exported %1").arg(path), 8000);
}

void MainWindow::showAbout() {
    AboutDialog(this).exec();
}

void MainWindow::showShortcuts() {
    ShortcutsDialog(this, this).exec();
}

}  // namespace stepwise::ui
