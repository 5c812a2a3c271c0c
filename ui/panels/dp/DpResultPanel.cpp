#include "ui/panels/dp/DpResultPanel.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "ui/panels/PanelTitle.h"
#include "ui/views/dp/DpCellDelegate.h"

namespace stepwise::ui {

namespace {

QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

/// A long input string shortened for a heading; the table headers show it whole.
QString shortened(const std::string& s) {
    constexpr std::size_t kShown = 32;
    return s.size() <= kShown ? esc(s) : esc(s.substr(0, kShown)) + "…";
}

QString numbers(const std::vector<std::int64_t>& v, std::size_t limit) {
    QStringList parts;
    for (std::size_t i = 0; i < v.size() && i < limit; ++i) parts << QString::number(v[i]);
    if (v.size() > limit) parts << DpResultPanel::tr("… (%1 more)").arg(v.size() - limit);
    return parts.join(", ");
}

}  // namespace

DpResultPanel::DpResultPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("dpResultPanel");
    text_ = new QTextBrowser(this);
    text_->setObjectName("dpResultText");
    text_->setAccessibleName(tr("Result"));
    text_->setOpenLinks(false);
    text_->setFrameShape(QFrame::NoFrame);
    text_->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(makePanelTitle(tr("Result"), this));
    layout->addWidget(text_, 1);
}

void DpResultPanel::showResult(const QString& problemId, const dp::DpInput& input, const dp::DpResult& result,
                               const QString& heading) {
    problemId_ = problemId;
    input_ = input;
    result_ = result;
    heading_ = heading;
    progress_ = 0;
    render();
}

void DpResultPanel::setTracebackProgress(std::size_t cells) {
    if (cells == progress_) return;
    progress_ = cells;
    render();
}

void DpResultPanel::setFillProgress(bool valueKnown, std::size_t filled, std::size_t total) {
    if (valueKnown == valueKnown_ && filled == filled_ && total == fillTotal_) return;
    valueKnown_ = valueKnown;
    filled_ = filled;
    fillTotal_ = total;
    render();
}

void DpResultPanel::clear() {
    result_.reset();
    text_->clear();
    marked_ = 0;
}

QString DpResultPanel::text() const { return text_->toPlainText(); }

void DpResultPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) render();
}

void DpResultPanel::render() {
    marked_ = 0;
    if (!result_) return;
    const dp::DpResult& r = *result_;
    const DpCellColours colours = DpCellColours::forPalette(palette());
    const QString markedStyle = QString("background-color:%1; font-weight:bold;").arg(colours.pathFill.name());
    const QString dim = palette().color(QPalette::PlaceholderText).name();
    QString html = QString("<p style='color:%1'>%2</p>").arg(dim, heading_.toHtmlEscaped());
    auto line = [&](const QString& label, const QString& value) {
        html += QString("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), value);
    };
    if (!valueKnown_) {
        // The result as it stands: the table is still being filled, so nothing is known yet.
        html += QString("<p><b>%1</b></p><p>%2</p>")
                    .arg(tr("Not known yet").toHtmlEscaped(),
                         tr("The table is being filled: fill step %1 of %2 (the traceback's steps come after). The answer "
                            "is the last cell, then the traceback reads the solution back.")
                             .arg(filled_)
                             .arg(fillTotal_)
                             .toHtmlEscaped());
        text_->setHtml(html);
        return;
    }
    const QString value = r.value ? QString::number(*r.value) : tr("none");
    // Entry k (of n, in result order) is reached once the traceback has walked `reachedAfter(k)` cells.
    auto entry = [&](const QString& text, bool reached) {
        if (reached) ++marked_;
        html += reached ? QString("<tr><td style='%1'>&nbsp;%2&nbsp;</td><td style='%1'>◀&nbsp;</td></tr>").arg(markedStyle, text)
                        : QString("<tr><td>&nbsp;%1&nbsp;</td><td></td></tr>").arg(text);
    };

    if (problemId_ == "edit-distance") {
        line(tr("Edit distance:"), value);
        if (!r.script.empty() || r.tableKept) {
            html += QString("<p>%1</p><table cellspacing='0' cellpadding='2'>")
                        .arg(tr("Edit script, \"%1\" → \"%2\":").arg(shortened(input_.a), shortened(input_.b)));
            // The traceback walks from the corner: after k cells it has fixed the script's last k − 1 steps.
            const std::size_t n = r.script.size();
            const std::size_t known = progress_ > 1 ? std::min(n, progress_ - 1) : 0;
            for (std::size_t k = 0; k < n && k < maxRows; ++k)
                entry(QString("%1. %2").arg(k + 1).arg(esc(r.script[k].describe())), k >= n - known);
            html += "</table>";
            if (n > maxRows) html += tr("<p>… (%1 more)</p>").arg(n - maxRows);
        } else {
            html += tr("<p>The table was too large to keep, so there is no edit script.</p>");
        }
    } else if (problemId_ == "lcs") {
        line(tr("Longest common subsequence:"), value);
        if (r.tableKept) line(tr("Subsequence:"), r.subsequence.empty() ? tr("(empty)") : "<tt>" + esc(r.subsequence) + "</tt>");
    } else if (problemId_ == "knapsack") {
        line(tr("Best value:"), value);
        if (r.tableKept) {
            std::int64_t weight = 0;
            for (auto i : r.items) weight += input_.weights[i];
            html += QString("<p>%1</p><table cellspacing='0' cellpadding='2'>")
                        .arg(tr("Chosen items (total weight %1 of %2):").arg(weight).arg(input_.capacity));
            const std::size_t rows = input_.weights.size();
            for (std::size_t k = 0; k < r.items.size() && k < maxRows; ++k) {
                const std::size_t i = r.items[k];
                // Item i is decided when the traceback steps from row i + 1 to row i.
                entry(tr("#%1: weight %2, value %3").arg(i).arg(input_.weights[i]).arg(input_.values[i]),
                      progress_ >= rows - i + 1);
            }
            html += "</table>";
            if (r.items.empty()) html += tr("<p>(none fits)</p>");
        }
    } else if (problemId_ == "lis") {
        line(tr("Longest increasing subsequence:"), value);
        if (!r.sequence.empty()) line(tr("Subsequence:"), numbers(r.sequence, maxRows));
    } else if (problemId_ == "coin-change") {
        line(tr("Fewest coins:"), r.value ? value : tr("none: the amount cannot be made"));
        if (!r.coinsUsed.empty()) line(tr("Coins:"), numbers(r.coinsUsed, maxRows));
        if (r.ways) line(tr("Ways (order not counted):"), QString::number(*r.ways));
    }
    if (!r.tableKept) html += tr("<p style='color:%1'>Computed in linear memory, without the table.</p>").arg(dim);
    text_->setHtml(html);
}

}  // namespace stepwise::ui
