#pragma once
// Turns SIGTERM and SIGINT into a Qt signal on the main thread (self-pipe: the handler only writes a byte).

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace vanban::hub {

class SignalWatcher : public QObject {
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;
    bool isValid() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace vanban::hub
