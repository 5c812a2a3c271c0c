#include "ui/export/StudySheet.h"

#include <QFontMetricsF>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextOption>
#include <algorithm>

#include "core/common/Ordinal.h"
#include "core/run/Run.h"
#include "ui/export/ExportLook.h"
#include "ui/views/common/StepView.h"

namespace stepwise::ui {
namespace {

// The sheet is laid out in 96-dpi pixels, as the views are, so their point-size fonts keep the
// proportions they have on screen.
constexpr int kDpi = 96;
constexpr qreal kMargin = 40;
const QColor kInk(0x1d, 0x21, 0x27), kGrey(0x6b, 0x72, 0x7c), kBand(0xff, 0xf0, 0xa8), kMarker(0xc2, 0x7c, 0x0e);

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

void drawWrapped(QPainter& p, const QRectF& box, const QString& text, const QFont& font, const QColor& colour) {
    p.setFont(font);
    p.setPen(colour);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    p.drawText(box, text, option);
}

/// The pseudo-code, numbered, with `current` (1-based; 0: none) on a band with a ▶ marker. Long
/// lines wrap (with their indentation kept) as in the pseudo-code panel; the font shrinks until
/// every line fits the box's height.
void drawPseudocode(QPainter& p, const QRectF& box, const std::vector<std::string>& lines, int current) {
    if (lines.empty()) return;
    struct Row {
        QString text;
        qreal indent = 0, height = 0;
    };
    qreal size = 10;
    std::vector<Row> rows;
    QFont font;
    qreal numberWidth = 0, textWidth = 0;
    for (;; size -= 0.5) {
        font = exportMonoFont(size);
        const QFontMetricsF m(font, p.device());
        numberWidth = m.horizontalAdvance(QStringLiteral("▶00 "));
        textWidth = box.width() - numberWidth - 14;
        rows.clear();
        qreal total = 0;
        for (const auto& line : lines) {
            Row r;
            const QString text = qs(line);
            const qsizetype lead = text.size() - QString(text).remove(QRegularExpression(QStringLiteral("^\\s+"))).size();
            r.indent = std::min(m.horizontalAdvance(text.left(lead)), textWidth / 2);
            r.text = text.mid(lead);
            r.height = m.boundingRect(QRectF(0, 0, textWidth - r.indent, 10000), Qt::TextWordWrap, r.text).height() +
                       m.lineSpacing() * 0.3;
            total += r.height;
            rows.push_back(r);
        }
        if (total <= box.height() || size <= 5) break;
    }
    p.setFont(font);
    qreal y = box.top();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const QRectF row(box.left(), y, box.width(), rows[i].height);
        y += rows[i].height;
        const bool lit = static_cast<int>(i) + 1 == current;
        if (lit) {
            p.fillRect(row, kBand);
            p.fillRect(QRectF(row.left(), row.top(), 4, row.height()), kMarker);
        }
        p.setPen(lit ? kInk : kGrey);
        p.drawText(QRectF(row.left() + 8, row.top(), numberWidth, row.height()), Qt::AlignTop | Qt::AlignLeft,
                   (lit ? QStringLiteral("▶") : QString()) + QString::number(i + 1));
        p.setPen(kInk);
        const QRectF text(row.left() + 8 + numberWidth + rows[i].indent, row.top(), textWidth - rows[i].indent,
                          row.height());
        p.drawText(text, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, rows[i].text);
    }
}

void drawFooter(QPainter& p, const QSizeF& page, const QString& left, int number, int pages) {
    p.setFont(exportFont(7.5));
    p.setPen(kGrey);
    const QRectF row(kMargin, page.height() - kMargin + 8, page.width() - 2 * kMargin, 20);
    p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, left);
    p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 / %2").arg(number).arg(pages));
}

QString stepsText(const StudySheetInfo& info) {
    if (info.steps.empty()) return {};
    QString text = QStringLiteral("steps %1 to %2").arg(info.steps.front()).arg(info.steps.back());
    if (!info.kinds.isEmpty()) {
        text += QStringLiteral(", only the %1 steps").arg(info.kinds.join(QStringLiteral(", ")));
        if (info.every > 1) text += QStringLiteral(", every %1 of them (and the last)").arg(qs(ordinal(info.every)));
    } else if (info.every > 1) {
        text += QStringLiteral(", every %1 (and the last)").arg(qs(ordinal(info.every)));
    }
    return text;
}

void drawTitlePage(QPainter& p, const QSizeF& page, const run::Run& run, const StudySheetInfo& info) {
    qreal y = kMargin + 20;
    drawWrapped(p, QRectF(kMargin, y, page.width() - 2 * kMargin, 50), qs(run.title()), exportFont(24), kInk);
    y += 56;
    drawWrapped(p, QRectF(kMargin, y, page.width() - 2 * kMargin, 24),
                QStringLiteral("item %1 · %2 steps in the run · %3 on the following %4 pages")
                    .arg(qs(run.itemId()))
                    .arg(run.stepCount())
                    .arg(stepsText(info))
                    .arg(info.steps.size()),
                exportFont(10), kGrey);
    y += 40;

    QString seed = QStringLiteral("none: this item makes no random choices");
    for (const auto& [name, value] : info.options)
        if (name == QLatin1String("seed")) seed = value;
    drawWrapped(p, QRectF(kMargin, y, 400, 22), QStringLiteral("Seed: %1").arg(seed), exportFont(11), kInk);
    y += 32;
    drawWrapped(p, QRectF(kMargin, y, 400, 22), QStringLiteral("Input and options"), exportFont(13), kInk);
    y += 28;
    // The name column is as wide as the longest option name (up to half the column), so a name
    // like --exponential-backoff-multiplier stays on one line beside its value.
    const QFont name = exportMonoFont(9.5), value = exportFont(9.5);
    const qreal column = page.width() / 2 - kMargin;
    const QFontMetricsF nameMetrics(name, p.device());
    qreal nameWidth = 100;
    for (const auto& option : info.options)
        nameWidth = std::max(nameWidth, nameMetrics.horizontalAdvance(QStringLiteral("--") + option.first) + 14);
    nameWidth = std::min(nameWidth, column / 2);
    const qreal valueWidth = column - nameWidth;
    for (const auto& [key, text] : info.options) {
        const QFontMetricsF m(value, p.device());
        const QRectF bounds =
            m.boundingRect(QRectF(0, 0, valueWidth, 1000), Qt::TextWrapAnywhere, text).adjusted(0, 0, 0, 4);
        const QRectF nameBounds =
            nameMetrics.boundingRect(QRectF(0, 0, nameWidth, 1000), Qt::TextWrapAnywhere, QStringLiteral("--") + key);
        const qreal h =
            std::min<qreal>(std::max({bounds.height(), nameBounds.height() + 4, m.lineSpacing() + 4}), 120);
        if (y + h > page.height() - kMargin - 20) break;
        drawWrapped(p, QRectF(kMargin, y, nameWidth, h), QStringLiteral("--") + key, name, kGrey);
        drawWrapped(p, QRectF(kMargin + nameWidth, y, valueWidth, h), text, value, kInk);
        y += h + 4;
    }
    // The whole pseudo-code on the right, for reference.
    const QRectF code(page.width() / 2 + 10, kMargin + 140, page.width() / 2 - kMargin - 10,
                      page.height() - 2 * kMargin - 160);
    drawWrapped(p, QRectF(code.left(), code.top() - 30, code.width(), 22), QStringLiteral("Pseudo-code"),
                exportFont(13), kInk);
    drawPseudocode(p, code, run.pseudocode(), 0);
}

void drawStepPage(QPainter& p, const QSizeF& page, run::Run& run, StepView& view) {
    const std::size_t step = run.step();
    const qreal width = page.width() - 2 * kMargin;
    QString header = QStringLiteral("%1 — step %2 of %3").arg(qs(run.title())).arg(step).arg(run.stepCount());
    p.setFont(exportFont(13));
    p.setPen(kInk);
    p.drawText(QRectF(kMargin, kMargin, width, 26), Qt::AlignLeft | Qt::AlignVCenter, header);
    const auto& groups = run.groups();
    const std::size_t g = run.groupOf(step);
    if (step > 0 && g < groups.size()) {
        p.setFont(exportFont(10));
        p.setPen(kGrey);
        p.drawText(QRectF(kMargin, kMargin, width, 26), Qt::AlignRight | Qt::AlignVCenter, qs(groups[g].label));
    }

    const qreal top = kMargin + 36, sentenceHeight = 72;
    const qreal bodyHeight = page.height() - top - kMargin - sentenceHeight - 14;
    // The drawing gets most of the width: its text is scaled with it, the code column wraps.
    const QRectF drawing(kMargin, top, width * 0.64, bodyHeight);
    const QRectF code(drawing.right() + 18, top, width - drawing.width() - 18, bodyHeight);
    p.save();
    p.setClipRect(drawing);
    view.paint(p, drawing);
    p.restore();
    p.setPen(QPen(QColor(0xd0, 0xd4, 0xda), 1));
    p.drawRect(drawing);
    drawPseudocode(p, code, run.pseudocode(), run.line());

    const QRectF sentence(kMargin, drawing.bottom() + 14, width, sentenceHeight);
    p.fillRect(sentence, QColor(0xf4, 0xf5, 0xf7));
    drawWrapped(p, sentence.adjusted(12, 8, -12, -8), qs(run.sentence()), exportFont(11), kInk);
}

}  // namespace

bool writeStudySheet(QIODevice& device, run::Run& run, StepView& view, const std::function<void(std::size_t)>& show,
                     const StudySheetInfo& info, QString* error) {
    QPdfWriter pdf(&device);
    pdf.setTitle(qs(run.title()) + QStringLiteral(": study sheet"));
    pdf.setCreator(QStringLiteral("Stepwise"));
    pdf.setResolution(kDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    QPainter p;
    if (!p.begin(&pdf)) {
        if (error) *error = QStringLiteral("cannot start the PDF");
        return false;
    }
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QSizeF page(pdf.width(), pdf.height());
    const int pages = static_cast<int>(info.steps.size()) + 1;
    const QString footer = QStringLiteral("Stepwise · %1").arg(qs(run.itemId()));
    p.fillRect(QRectF(QPointF(), page), Qt::white);
    drawTitlePage(p, page, run, info);
    drawFooter(p, page, footer, 1, pages);
    for (std::size_t i = 0; i < info.steps.size(); ++i) {
        pdf.newPage();
        show(info.steps[i]);
        p.fillRect(QRectF(QPointF(), page), Qt::white);
        drawStepPage(p, page, run, view);
        drawFooter(p, page, footer, static_cast<int>(i) + 2, pages);
    }
    if (!p.end()) {
        if (error) *error = QStringLiteral("cannot finish the PDF");
        return false;
    }
    return true;
}

}  // namespace stepwise::ui
