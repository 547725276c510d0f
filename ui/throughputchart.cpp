#include "throughputchart.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QtCore/QEvent>
#include <QtCore/QTimer>
#include <QtGui/QPen>

#include <cmath>

using namespace Qt::StringLiterals;

namespace LedgerLink::Studio {
namespace {

/// How often coalesced samples are plotted while a run goes on.
constexpr int flushMs = 250;

/// The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^n at or above `value`: a range that five
/// ticks divide into round numbers.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

ThroughputChart::ThroughputChart(QWidget *parent)
    : QChartView(parent)
    , m_throughput(new QLineSeries(this))
    , m_errors(new QLineSeries(this))
    , m_flush(new QTimer(this))
{
    setObjectName(u"throughputChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignTop);
    m_throughput->setObjectName(u"throughputSeries"_s);
    m_errors->setObjectName(u"errorSeries"_s);
    m_area = new QAreaSeries(m_throughput);
    m_area->setName(tr("Throughput (records/s)"));
    m_errors->setName(tr("Failed attempts"));
    chart->addSeries(m_area);
    chart->addSeries(m_errors);

    m_time = new QValueAxis(chart);
    m_time->setTitleText(tr("Seconds since the sync began"));
    m_time->setLabelFormat(u"%g"_s);
    m_time->setTickCount(6);
    m_rate = new QValueAxis(chart);
    m_rate->setTitleText(tr("Records/s"));
    m_rate->setLabelFormat(u"%g"_s);
    m_rate->setTickCount(6);
    m_errorAxis = new QValueAxis(chart);
    m_errorAxis->setTitleText(tr("Failed"));
    m_errorAxis->setLabelFormat(u"%.0f"_s);
    m_errorAxis->setTickCount(5);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rate, Qt::AlignLeft);
    chart->addAxis(m_errorAxis, Qt::AlignRight);
    m_area->attachAxis(m_time);
    m_area->attachAxis(m_rate);
    m_errors->attachAxis(m_time);
    m_errors->attachAxis(m_errorAxis);
    // QChartView starts with a chart of its own and releases it (does not delete it) when given
    // another: delete it, or every dashboard leaks one (LeakSanitizer, tst_studiopages).
    QChart *initial = this->chart();
    setChart(chart);
    delete initial;

    m_flush->setInterval(flushMs);
    connect(m_flush, &QTimer::timeout, this, &ThroughputChart::plot);
    m_time->setRange(0, 10);
    m_rate->setRange(0, 10);
    m_errorAxis->setRange(0, 4);
    applyPalette();
}

ThroughputChart::~ThroughputChart() = default;

void ThroughputChart::reset()
{
    m_throughput->clear();
    m_errors->clear();
    m_throughput->append(0, 0);
    m_errors->append(0, 0);
    m_pending = false;
    m_lastSeconds = 0;
    m_lastDone = 0;
    m_lastErrors = 0;
    m_maxRate = 0;
    m_pausedAt = -1;
    m_time->setRange(0, 10);
    m_rate->setRange(0, 10);
    m_errorAxis->setRange(0, 4);
    m_clock.start();
    m_running = true;
    m_flush->start();
}

void ThroughputChart::addSample(int done, int errors)
{
    if (!m_running)
        return;
    m_sampleSeconds = m_clock.elapsed() / 1000.0;
    m_sampleDone = done;
    m_sampleErrors = errors;
    m_pending = true; // plotted by the next flush
}

void ThroughputChart::finish(int done, int errors)
{
    if (!m_running)
        return;
    setPaused(false); // cancelled while held: the hold is drawn
    addSample(done, errors);
    plot();
    m_running = false;
    m_flush->stop();
    // The whole run across the chart, however short it was.
    m_time->setRange(0, niceCeiling(qMax(m_lastSeconds, 0.01) * 1.1));
}

void ThroughputChart::setPaused(bool paused)
{
    if (!m_running)
        return;
    const double now = m_clock.elapsed() / 1000.0;
    if (paused) {
        plot(); // the step that ended where the engine holds
        m_pausedAt = now;
        return;
    }
    if (m_pausedAt < 0)
        return;
    // The hold as a zero step; the next step's rate is taken from the resume on.
    m_throughput->append(m_pausedAt, 0);
    m_throughput->append(now, 0);
    m_errors->append(m_pausedAt, m_lastErrors);
    m_errors->append(now, m_lastErrors);
    m_lastSeconds = now;
    m_pausedAt = -1;
    if (now > m_time->max())
        m_time->setRange(0, niceCeiling(now * 1.2));
}

void ThroughputChart::plot()
{
    if (!m_pending || (m_sampleDone == m_lastDone && m_sampleErrors == m_lastErrors)) {
        m_pending = false;
        return;
    }
    m_pending = false;
    // One step from where the last one ended (or the engine resumed) to this sample, at the
    // average rate between the two.
    const double seconds = qMax(m_sampleSeconds, m_lastSeconds + 0.001);
    const double rate = qMax(0, m_sampleDone - m_lastDone) / (seconds - m_lastSeconds);
    m_throughput->append(m_lastSeconds, rate);
    m_throughput->append(seconds, rate);
    m_errors->append(m_lastSeconds, m_lastErrors);
    m_errors->append(seconds, m_sampleErrors);
    m_lastSeconds = seconds;
    m_lastDone = m_sampleDone;
    m_lastErrors = m_sampleErrors;
    m_maxRate = qMax(m_maxRate, rate);
    // The axes grow in steps, so that they change rarely.
    if (seconds > m_time->max())
        m_time->setRange(0, niceCeiling(seconds * 1.2));
    if (m_maxRate > m_rate->max())
        m_rate->setRange(0, niceCeiling(m_maxRate * 1.1));
    if (m_sampleErrors > m_errorAxis->max())
        m_errorAxis->setRange(0, 4 * std::ceil(m_sampleErrors * 1.25 / 4));
}

void ThroughputChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

void ThroughputChart::applyPalette()
{
    const QPalette colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    QChart *c = chart();
    // The theme sets fonts and defaults; the colours below follow the application's palette.
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundBrush(colours.base());
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->legend()->setLabelColor(colours.color(QPalette::Text));
    QColor grid = colours.color(QPalette::Text);
    grid.setAlpha(dark ? 40 : 30);
    for (QValueAxis *axis : {m_time, m_rate, m_errorAxis}) {
        axis->setLabelsBrush(colours.text());
        axis->setTitleBrush(colours.text());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(colours.color(QPalette::Mid));
        QFont title = axis->titleFont();
        title.setBold(false);
        title.setPointSizeF(font().pointSizeF() * 0.9);
        axis->setTitleFont(title);
    }
    m_errorAxis->setGridLineVisible(false);
    const QColor accent = colours.color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlpha(dark ? 110 : 70);
    m_area->setPen(QPen(accent, 2));
    m_area->setBrush(fill);
    m_errors->setPen(QPen(dark ? QColor(0xff, 0x7a, 0x7a) : QColor(0xc6, 0x28, 0x28), 2));
    setBackgroundBrush(colours.base());
}

} // namespace LedgerLink::Studio
