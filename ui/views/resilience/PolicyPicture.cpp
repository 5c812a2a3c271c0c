#include "ui/views/resilience/PolicyPicture.h"

#include <algorithm>

namespace stepwise::ui {

namespace {

double seconds(resilience::Time t) { return static_cast<double>(t) / static_cast<double>(resilience::second); }

}  // namespace

PolicyPicture policyPicture(const resilience::PolicyItemRun& run) {
    using resilience::StepKind;
    using Shape = PolicyMark::Shape;
    PolicyPicture pic;
    const auto& f = run.facts();
    pic.kind = f.kind;
    pic.state = resilience::policyNow(run);
    pic.now = seconds(pic.state.now);
    pic.end = std::max(1e-3, seconds(f.end));
    const auto& steps = run.steps();
    const std::size_t upTo = std::min(run.position(), steps.size());
    const std::size_t from = upTo > maxPolicyMarks ? upTo - maxPolicyMarks : 0;

    if (f.kind == resilience::PolicyKind::Retry) {
        const std::uint32_t last = upTo > 0 ? std::max<std::uint32_t>(steps[upTo - 1].number, pic.state.operation) : 0;
        pic.firstRow = last > static_cast<std::uint32_t>(maxPolicyRows) ? static_cast<int>(last) - maxPolicyRows : 0;
        pic.rows = std::max(1, static_cast<int>(last) - pic.firstRow);
    } else if (f.kind == resilience::PolicyKind::Bulkhead) {
        pic.rows = static_cast<int>(std::min<std::int64_t>(f.capacity, maxPolicyRows)) + 1;  // the slots, then "refused"
    }
    if (f.kind == resilience::PolicyKind::RateLimiter && f.period > 0 && f.end / f.period <= 200)
        for (resilience::Time t = 0; t <= f.end; t += f.period) pic.boundaries.push_back(seconds(t));

    for (std::size_t i = from; i < upTo; ++i) {
        const resilience::ScriptStep& s = steps[i];
        PolicyMark m;
        m.at = m.waitFrom = m.waitTo = m.holdTo = seconds(s.at);
        m.number = s.number;
        m.current = i + 1 == upTo;
        switch (s.kind) {
            case StepKind::Clock: m.shape = Shape::Clock; break;
            case StepKind::Attempt: m.shape = s.failed ? Shape::Failure : Shape::Success; break;
            case StepKind::Done: m.shape = s.failed ? Shape::GaveUp : Shape::Success; break;
            case StepKind::Backoff:
                m.shape = Shape::Backoff;
                m.waitFrom = seconds(s.at - s.wait);
                break;
            case StepKind::Permitted: m.shape = Shape::Permitted; break;
            case StepKind::Waited:
                m.shape = Shape::Waited;
                m.waitTo = seconds(s.at + s.wait);
                break;
            case StepKind::Rejected: m.shape = Shape::Rejected; break;
        }
        if (f.kind == resilience::PolicyKind::Retry) {
            if (s.kind != StepKind::Clock) {
                if (static_cast<int>(s.number) <= pic.firstRow) continue;
                m.row = static_cast<int>(s.number) - pic.firstRow - 1;
            }
        } else if (f.kind == resilience::PolicyKind::Bulkhead && s.kind != StepKind::Clock) {
            if (s.kind == StepKind::Rejected) {
                m.row = pic.rows - 1;
            } else {
                if (static_cast<int>(s.slot) >= pic.rows - 1) continue;  // past the slots drawn
                m.row = static_cast<int>(s.slot);
                m.holdTo = m.waitTo + seconds(s.duration);
            }
        }
        pic.marks.push_back(m);
    }
    if (f.kind == resilience::PolicyKind::RateLimiter)
        for (std::size_t i = from; i < upTo; ++i)
            pic.permitsLine.emplace_back(seconds(steps[i].at), static_cast<double>(steps[i].level));
    return pic;
}

PolicyColours PolicyColours::forPalette(const QPalette& pal) {
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    PolicyColours c;
    c.base = pal.color(QPalette::Base);
    c.text = pal.color(QPalette::Text);
    c.dim = pal.color(QPalette::PlaceholderText);
    // Marks at 3:1 on the base at least, the labels beside them at 4.5:1 (tests/ui/Contrast_test.cpp).
    c.grid = dark ? QColor(0x7a, 0x80, 0x8a) : QColor(0x85, 0x8b, 0x95);
    c.ok = dark ? QColor(0x5f, 0xc4, 0x6e) : QColor(0x2e, 0x7d, 0x32);
    c.bad = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x39, 0x2b);
    c.wait = dark ? QColor(0xf0, 0xb4, 0x4c) : QColor(0x9a, 0x5b, 0x00);
    c.current = dark ? QColor(0x6c, 0xa8, 0xff) : QColor(0x1f, 0x5f, 0xc8);
    c.fill = dark ? QColor(0x2c, 0x30, 0x37) : QColor(0xee, 0xf1, 0xf5);
    return c;
}

}  // namespace stepwise::ui
