#pragma once

#include <QtCharts/QChartView>
#include <QtCore/QElapsedTimer>

class QAreaSeries;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace LedgerLink::Studio {

/**
 * Throughput (records per second, an area) and errors (the run's failed attempts so far, a
 * line on its own axis) over the time of a run, in seconds since it began. Samples come from
 * the engine's progress signal; they are coalesced and plotted at most four times a second, so
 * a fast engine never floods the GUI thread. The engine counts records done per batch of jobs,
 * so the throughput is drawn as steps: each one the average rate between two changes of the
 * count (a pause is drawn as zero, and not averaged into the step after it). Themed from the
 * widget's palette (light or dark) and re-themed when it changes.
 */
class ThroughputChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)

public:
    explicit ThroughputChart(QWidget *parent = nullptr);
    ~ThroughputChart() override;

    /// A new run begins now: empty series, the time axis from 0.
    void reset();
    /// The run's figures now: records done and failed attempts so far.
    void addSample(int done, int errors);
    /// The run ended with these figures: plotted at once.
    void finish(int done, int errors);
    /// The engine holds (true) or goes on (false): the time between is drawn at zero.
    void setPaused(bool paused);

    QLineSeries *throughputSeries() const { return m_throughput; }
    QLineSeries *errorSeries() const { return m_errors; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void plot();
    void applyPalette();

    QLineSeries *m_throughput = nullptr; ///< the upper line of m_area
    QAreaSeries *m_area = nullptr;
    QLineSeries *m_errors = nullptr;
    QValueAxis *m_time = nullptr;
    QValueAxis *m_rate = nullptr;
    QValueAxis *m_errorAxis = nullptr;
    QTimer *m_flush = nullptr;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_pending = false; ///< a sample not plotted yet
    double m_sampleSeconds = 0;
    int m_sampleDone = 0;
    int m_sampleErrors = 0;
    double m_lastSeconds = 0; ///< where the current step began (done last changed, or a resume)
    double m_pausedAt = -1; ///< when the engine began to hold; -1: not paused
    int m_lastDone = 0;
    int m_lastErrors = 0;
    double m_maxRate = 0;
};

} // namespace LedgerLink::Studio
