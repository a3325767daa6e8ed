#include "ui/routine/RoutineEditor.h"

#include "models/ShownText.h"
#include "models/routine/RoutineLibrary.h"
#include "models/routine/RoutineStepsModel.h"
#include "ui/routine/RoutineEdits.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace acu {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kBuiltInRole = Qt::UserRole + 2;

QSpinBox* makeSpin(QWidget* parent, const QString& name, int min, int max, const QString& suffix,
                   const QString& special = {})
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(special);
    spin->setKeyboardTracking(false); // one edit when the number is typed, not one a digit
    return spin;
}

QPushButton* makeButton(QWidget* parent, const QString& name, const QString& text)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

} // namespace

RoutineEditor::RoutineEditor(RoutineEdits* edits, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_edits(edits)
    , m_model(new RoutineStepsModel(&edits->catalogue(), this))
{
    setObjectName(QStringLiteral("routineEditor"));
    setWindowTitle(tr("Routines \u2013 Acupoint Atlas"));
    buildLayout();
    connectControls();
    refreshRoutines();
    resize(900, 560);
}

void RoutineEditor::buildLayout()
{
    m_routines = new QListWidget(this);
    m_routines->setObjectName(QStringLiteral("routineList"));
    m_routines->setAccessibleName(tr("Routines"));
    m_routines->setWordWrap(true); // long article titles read whole
    m_routines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_newButton = makeButton(this, QStringLiteral("newRoutineButton"), tr("&New\u2026"));
    m_duplicateButton = makeButton(this, QStringLiteral("duplicateRoutineButton"), tr("D&uplicate"));
    m_deleteButton = makeButton(this, QStringLiteral("deleteRoutineButton"), tr("&Delete"));
    m_importButton = makeButton(this, QStringLiteral("importRoutineButton"), tr("&Import\u2026"));
    m_exportButton = makeButton(this, QStringLiteral("exportRoutineButton"), tr("E&xport\u2026"));
    auto* routineButtons = new QHBoxLayout;
    for (QPushButton* button : {m_newButton, m_duplicateButton, m_deleteButton})
        routineButtons->addWidget(button);
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_importButton);
    fileButtons->addWidget(m_exportButton);
    auto* left = new QVBoxLayout;
    left->addWidget(m_routines, 1);
    left->addLayout(routineButtons);
    left->addLayout(fileButtons);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("routineTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_builtInNote = new QLabel(tr("A built-in routine follows its article and cannot be changed. "
                                  "\u201C" "Duplicate to Edit\u201D makes a copy of your own."),
                               this);
    m_builtInNote->setObjectName(QStringLiteral("builtInNote"));
    m_builtInNote->setWordWrap(true);
    m_steps = new QTableView(this);
    m_steps->setObjectName(QStringLiteral("routineSteps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setModel(m_model);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setDragEnabled(true);
    m_steps->setAcceptDrops(true);
    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_steps->setDefaultDropAction(Qt::MoveAction);
    m_steps->setDragDropOverwriteMode(false);
    m_steps->setDropIndicatorShown(true);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->horizontalHeader()->setSectionResizeMode(RoutineStepsModel::PointColumn, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setStretchLastSection(false);

    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("stepSide"));
    m_holdMin = makeSpin(this, QStringLiteral("stepHoldMin"), 0, 3600, tr(" s"));
    m_holdMax = makeSpin(this, QStringLiteral("stepHoldMax"), 0, 3600, tr(" s"), tr("no limit"));
    m_repetitionsMin = makeSpin(this, QStringLiteral("stepRepetitionsMin"), 1, 100, {});
    m_repetitionsMax = makeSpin(this, QStringLiteral("stepRepetitionsMax"), 0, 100, {}, tr("no limit"));
    const auto range = [this](QSpinBox* min, QSpinBox* max) {
        auto* row = new QHBoxLayout;
        row->addWidget(min);
        row->addWidget(new QLabel(tr("to"), this));
        row->addWidget(max);
        row->addStretch(1);
        return row;
    };
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* shown = new QLabel(text, this);
        shown->setBuddy(buddy);
        return shown;
    };
    auto* side = new QHBoxLayout;
    side->addWidget(m_side);
    side->addStretch(1);
    auto* stepForm = new QFormLayout;
    stepForm->addRow(label(tr("S&ide:"), m_side), side);
    stepForm->addRow(label(tr("&Hold:"), m_holdMin), range(m_holdMin, m_holdMax));
    stepForm->addRow(label(tr("&Repetitions:"), m_repetitionsMin), range(m_repetitionsMin, m_repetitionsMax));

    m_upButton = makeButton(this, QStringLiteral("moveStepUpButton"), tr("Move &Up"));
    m_downButton = makeButton(this, QStringLiteral("moveStepDownButton"), tr("Move D&own"));
    m_removeStepButton = makeButton(this, QStringLiteral("removeStepButton"), tr("Remo&ve Step"));
    auto* stepButtons = new QVBoxLayout;
    for (QPushButton* button : {m_upButton, m_downButton, m_removeStepButton})
        stepButtons->addWidget(button);
    stepButtons->addStretch(1);
    auto* stepRow = new QHBoxLayout;
    stepRow->addLayout(stepForm, 1);
    stepRow->addLayout(stepButtons);

    auto* titleForm = new QFormLayout;
    titleForm->addRow(tr("&Title:"), m_title);
    auto* right = new QVBoxLayout;
    right->addLayout(titleForm);
    right->addWidget(m_builtInNote);
    right->addWidget(m_steps, 1);
    right->addWidget(new QLabel(tr("Drag a step, or press Ctrl+Up or Ctrl+Down, to change the order; "
                                   "add points with \u201C" "Add to Routine\u201D in the list, on the map "
                                   "or in the details."),
                                this));
    right->addLayout(stepRow);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);

    m_moveUp = new QAction(tr("Move Step Up"), this);
    m_moveUp->setObjectName(QStringLiteral("actionMoveStepUp"));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown = new QAction(tr("Move Step Down"), this);
    m_moveDown->setObjectName(QStringLiteral("actionMoveStepDown"));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_steps->addAction(m_moveUp);
    m_steps->addAction(m_moveDown);
    for (QAction* action : {m_moveUp, m_moveDown})
        action->setShortcutContext(Qt::WidgetShortcut);
    m_upButton->setToolTip(tr("Move the step up (Ctrl+Up)"));
    m_downButton->setToolTip(tr("Move the step down (Ctrl+Down)"));
}

void RoutineEditor::connectControls()
{
    RoutineLibrary* library = m_edits->library();
    connect(library, &RoutineLibrary::routinesChanged, this, &RoutineEditor::refreshRoutines);
    connect(library, &RoutineLibrary::routineChanged, this, &RoutineEditor::refreshRoutines); // title, steps
    connect(m_edits, &RoutineEdits::routineMade, this, &RoutineEditor::selectRoutine);
    connect(m_routines, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (m_refreshing || !item)
            return;
        m_selectedId = item->data(kIdRole).toString();
        showRoutine();
        selectStep(0);
    });
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RoutineEditor::showStep);
    connect(m_model, &RoutineStepsModel::moveRequested, this, [this](int from, int to) {
        if (m_edits->moveStep(m_selectedId, from, to))
            selectStep(to);
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (ownSelected() && !m_edits->rename(m_selectedId, m_title->text()))
            showRoutine(); // refused (nothing to show): the title it has
    });
    connect(m_newButton, &QPushButton::clicked, this, &RoutineEditor::newRoutineRequested);
    connect(m_importButton, &QPushButton::clicked, this, &RoutineEditor::importRequested);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { emit exportRequested(m_selectedId); });
    connect(m_duplicateButton, &QPushButton::clicked, this, [this] { m_edits->duplicate(m_selectedId); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { m_edits->deleteRoutine(m_selectedId); });
    connect(m_removeStepButton, &QPushButton::clicked, this,
            [this] { m_edits->removeStep(m_selectedId, selectedStep()); });
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelectedStep(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelectedStep(1); });
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelectedStep(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelectedStep(1); });
    connect(m_side, &QComboBox::activated, this, [this] {
        m_edits->setSide(m_selectedId, selectedStep(), static_cast<RoutineSide>(m_side->currentData().toInt()));
        showStep();
    });
    connect(m_holdMin, &QSpinBox::valueChanged, this, [this] { applyHold(true); });
    connect(m_holdMax, &QSpinBox::valueChanged, this, [this] { applyHold(false); });
    connect(m_repetitionsMin, &QSpinBox::valueChanged, this, [this] { applyRepetitions(true); });
    connect(m_repetitionsMax, &QSpinBox::valueChanged, this, [this] { applyRepetitions(false); });
}

const Routine* RoutineEditor::routine() const
{
    if (const Routine* own = m_edits->library()->find(m_selectedId.toStdString()))
        return own;
    return m_edits->findBuiltIn(m_selectedId);
}

bool RoutineEditor::ownSelected() const
{
    return m_edits->library()->find(m_selectedId.toStdString()) != nullptr;
}

void RoutineEditor::refreshRoutines()
{
    m_refreshing = true;
    m_routines->clear();
    const auto addItem = [this](const Routine& routine, bool builtIn) {
        const QString title = isolated(QString::fromStdString(routine.title));
        auto* item = new QListWidgetItem(builtIn ? tr("%1 (built-in)").arg(title) : title, m_routines);
        item->setToolTip(plainToolTip(item->text()));
        item->setData(kIdRole, QString::fromStdString(routine.id));
        item->setData(kBuiltInRole, builtIn);
        if (builtIn) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    };
    for (const auto& routine : m_edits->library()->routines())
        addItem(routine, false);
    for (const auto& routine : m_edits->builtIns())
        addItem(routine, true);
    if (!routine() && m_routines->count() > 0)
        m_selectedId = m_routines->item(0)->data(kIdRole).toString();
    for (int row = 0; row < m_routines->count(); ++row) {
        if (m_routines->item(row)->data(kIdRole).toString() == m_selectedId)
            m_routines->setCurrentRow(row);
    }
    m_refreshing = false;
    showRoutine();
}

bool RoutineEditor::selectRoutine(const QString& id)
{
    for (int row = 0; row < m_routines->count(); ++row) {
        if (m_routines->item(row)->data(kIdRole).toString() == id) {
            m_routines->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString RoutineEditor::selectedRoutine() const
{
    return m_selectedId;
}

void RoutineEditor::showRoutine()
{
    const Routine* shown = routine();
    const bool own = ownSelected();
    const int keepStep = selectedStep();
    m_title->setText(shown ? QString::fromStdString(shown->title) : QString());
    m_title->setReadOnly(!own);
    m_title->setEnabled(shown != nullptr);
    m_builtInNote->setVisible(shown && !own);
    m_model->setSteps(shown ? shown->steps : std::vector<RoutineStep>{}, own);
    m_duplicateButton->setEnabled(shown != nullptr);
    m_duplicateButton->setText(own ? tr("D&uplicate") : tr("D&uplicate to Edit"));
    m_deleteButton->setEnabled(own);
    m_exportButton->setEnabled(shown != nullptr);
    selectStep(std::min(keepStep, m_model->rowCount() - 1));
    showStep();
}

void RoutineEditor::selectStep(int index)
{
    if (index < 0 || index >= m_model->rowCount()) {
        m_steps->selectionModel()->clearCurrentIndex();
        return;
    }
    m_steps->setCurrentIndex(m_model->index(index, RoutineStepsModel::PointColumn));
}

int RoutineEditor::selectedStep() const
{
    const QModelIndex current = m_steps->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RoutineEditor::showStep()
{
    const int index = selectedStep();
    const bool editable = ownSelected() && index >= 0;
    for (QWidget* control : std::initializer_list<QWidget*>{m_side, m_holdMin, m_holdMax, m_repetitionsMin,
                                                            m_repetitionsMax, m_removeStepButton})
        control->setEnabled(editable);
    m_upButton->setEnabled(editable && index > 0);
    m_downButton->setEnabled(editable && index + 1 < m_model->rowCount());
    m_moveUp->setEnabled(m_upButton->isEnabled());
    m_moveDown->setEnabled(m_downButton->isEnabled());
    if (index < 0)
        return;
    const RoutineStep& step = m_model->steps()[static_cast<std::size_t>(index)];
    const QSignalBlocker blockSide(m_side);
    const QSignalBlocker blockHoldMin(m_holdMin);
    const QSignalBlocker blockHoldMax(m_holdMax);
    const QSignalBlocker blockRepetitionsMin(m_repetitionsMin);
    const QSignalBlocker blockRepetitionsMax(m_repetitionsMax);
    m_side->clear();
    const Point* point = m_edits->catalogue().findPoint(step.code);
    std::vector<RoutineSide> sides{RoutineSide::Right, RoutineSide::Left, RoutineSide::Both, RoutineSide::Midline};
    if (point && point->laterality == Laterality::Midline)
        sides = {RoutineSide::Midline};
    else if (point)
        sides = {RoutineSide::Both, RoutineSide::Right, RoutineSide::Left};
    for (const RoutineSide side : sides)
        m_side->addItem(RoutineStepsModel::sideText(side), static_cast<int>(side));
    m_side->setCurrentIndex(m_side->findData(static_cast<int>(step.side)));
    m_holdMin->setValue(step.holdSeconds.min);
    m_holdMax->setValue(step.holdSeconds.max.value_or(0));
    const Range repetitions = step.repetitions.value_or(Range{1, 1});
    m_repetitionsMin->setValue(repetitions.min);
    m_repetitionsMax->setValue(repetitions.max.value_or(0));
}

void RoutineEditor::moveSelectedStep(int delta)
{
    const int from = selectedStep();
    const int to = from + delta;
    if (from >= 0 && m_edits->moveStep(m_selectedId, from, to))
        selectStep(to);
}

namespace {

/// The range two spin boxes give (an upper end of 0: none). When the lower end passes the
/// upper, the one not changed follows the one changed.
Range spinRange(const QSpinBox* minBox, const QSpinBox* maxBox, bool minChanged)
{
    int min = minBox->value();
    int max = maxBox->value();
    if (max != 0 && min > max) {
        if (minChanged)
            max = min;
        else
            min = max;
    }
    return {min, max == 0 ? std::nullopt : std::optional<int>(max)};
}

} // namespace

void RoutineEditor::applyHold(bool minChanged)
{
    const Range hold = spinRange(m_holdMin, m_holdMax, minChanged);
    if (!m_edits->setHold(m_selectedId, selectedStep(), hold))
        showStep(); // refused (no time, or a lower end above the upper): the hold it has
}

void RoutineEditor::applyRepetitions(bool minChanged)
{
    const Range repetitions = spinRange(m_repetitionsMin, m_repetitionsMax, minChanged);
    const bool once = repetitions == Range{1, 1};
    if (!m_edits->setRepetitions(m_selectedId, selectedStep(), once ? std::nullopt : std::optional(repetitions)))
        showStep();
}

} // namespace acu
