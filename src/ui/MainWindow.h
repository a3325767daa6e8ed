#pragma once

#include "core/Catalogue.h"

#include <QMainWindow>

#include <memory>

class QListView;
class QModelIndex;

namespace acu {

class DetailView;
class PointListModel;

/// The main window: wires the point list and the detail pane. It holds no data of its own.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// catalogueLabel names the loaded catalogue in the status bar ("built-in catalogue").
    MainWindow(std::shared_ptr<const Catalogue> catalogue, const QString& catalogueLabel,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Selects the point with this WHO code; returns false when there is none.
    bool selectCode(const QString& code);

private:
    void showCurrent(const QModelIndex& index);

    std::shared_ptr<const Catalogue> m_catalogue;
    PointListModel* m_model = nullptr;
    QListView* m_list = nullptr;
    DetailView* m_details = nullptr;
};

} // namespace acu
