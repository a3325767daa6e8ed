#include "MainWindow.h"

#include "DetailView.h"
#include "models/PointListModel.h"

#include <QListView>
#include <QSplitter>
#include <QStatusBar>

namespace acu {

MainWindow::MainWindow(std::shared_ptr<const Catalogue> catalogue, const QString& catalogueLabel, QWidget* parent)
    : QMainWindow(parent)
    , m_catalogue(std::move(catalogue))
    , m_model(new PointListModel(this))
{
    setWindowTitle(tr("Acupoint Atlas"));
    m_model->setCatalogue(m_catalogue);

    auto* splitter = new QSplitter(this);
    m_list = new QListView(splitter);
    m_list->setObjectName(QStringLiteral("pointList"));
    m_list->setAccessibleName(tr("Points"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_details = new DetailView(splitter);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showCurrent(current); });

    const int count = m_model->rowCount();
    statusBar()->showMessage(count == 1 ? tr("%1: 1 point").arg(catalogueLabel)
                                        : tr("%1: %2 points").arg(catalogueLabel).arg(count));
}

MainWindow::~MainWindow() = default;

bool MainWindow::selectCode(const QString& code)
{
    const QModelIndex index = m_model->indexOfCode(code);
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void MainWindow::showCurrent(const QModelIndex& index)
{
    m_details->showPoint(*m_catalogue, m_model->pointAt(index));
}

} // namespace acu
