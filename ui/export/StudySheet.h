#pragma once
// A multi-page PDF study sheet of a run: a title page (the item, its input and options, the seed,
// which steps follow), then one page per chosen step with the drawing, the pseudo-code with the
// step's line lit (a marker and a band, so it shows in grey-scale too) and the step's sentence.
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QIODevice;

namespace stepwise::run {
class Run;
}

namespace stepwise::ui {

class StepView;

struct StudySheetInfo {
    QList<QPair<QString, QString>> options;  // name → value, as the run was built
    std::vector<std::size_t> steps;          // the step pages, in order
    std::size_t every = 1;                   // how they were sampled (for the title page)
    QStringList kinds;                       // only the steps of these kinds (empty: any kind)
};

/// Writes the sheet to `device`; `show(k)` puts the run and the view at step k. False with `error`.
bool writeStudySheet(QIODevice& device, run::Run& run, StepView& view, const std::function<void(std::size_t)>& show,
                     const StudySheetInfo& info, QString* error);

}  // namespace stepwise::ui
